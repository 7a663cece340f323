#pragma once

#include "core/contenttext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mapje {

/**
 * "Je rechten bij een afspraak": the citizen's rights at an appointment with the municipality, in
 * B1 Dutch, each with the law it comes from; only what the law says (Awb, AVG). The texts live in
 * app/core/content/rights.json; the rights page shows the blocks in their order.
 */
class RightsText {
public:
    /** Linguist context of all texts: the page's, as when the texts were written in it. */
    static constexpr const char *TranslationContext = "RightsPage";

    enum class Kind {
        /** One right's heading ("Je mag iemand meenemen"). */
        Heading,
        /** A paragraph; linksHardWords says whether its hard words link to their explanation. */
        Paragraph,
        /** One item of a list ("je naam en adres"). */
        ListItem,
        /** The law a right comes from ("Wet: Awb, artikel 2:1"). */
        Law,
    };

    struct Block {
        Kind kind = Kind::Paragraph;
        /** The right a heading or law belongs to ("bringSomeone"); empty for the others. Never
         * changes: tests and the page find a right by it. */
        QString right;
        ContentText text;
        bool linksHardWords = false;
    };

    RightsText() = delete;

    /** The page's title. */
    [[nodiscard]] static const ContentText &title();
    /** Everything below the title in page order: the introduction, each right (its heading, what
     * it says, its law), and the closing advice. */
    [[nodiscard]] static const QList<Block> &blocks();
    /** The keys of the rights, in order. */
    [[nodiscard]] static QStringList rights();
};

} // namespace mapje
