#pragma once

#include "core/contenttext.h"
#include "core/perspective.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace mapje {

/**
 * What a conversation at one screen offers, in B1 Dutch, translated like every text: cards that
 * start from strengths and wishes (the citizen picks or skips each one; no scales, no numbers),
 * a card per role on what that person does here, and the ground rules. The texts live in
 * app/core/content/conversationcards.json.
 */
class ConversationCards {
public:
    /** Linguist context of all texts: QCoreApplication::translate(TranslationContext, source). */
    static constexpr const char *TranslationContext = "ConversationCards";

    struct Card {
        QString key;
        ContentText textSource;
        [[nodiscard]] QString text() const;
    };

    struct RoleCard {
        Perspective::Kind role;
        ContentText titleSource;
        ContentText explanationSource;
        [[nodiscard]] QString title() const;
        [[nodiscard]] QString explanation() const;
    };

    ConversationCards() = delete;

    /** Every conversation card, in the order they are offered. Keys never change. */
    [[nodiscard]] static const QList<Card> &cards();
    [[nodiscard]] static std::optional<Card> find(QStringView key);
    /** What the ervaringswerker, the professional and a naaste do here; none for the citizen. */
    [[nodiscard]] static std::optional<RoleCard> roleCard(Perspective::Kind role);
    /** The ground rules, in the current language, in their order. */
    [[nodiscard]] static QStringList groundRules();
};

} // namespace mapje
