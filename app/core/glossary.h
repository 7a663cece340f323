#pragma once

#include "core/contenttext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mapje {

/**
 * "Moeilijke woorden": words people meet in the Dutch social domain, each explained in B1 Dutch
 * (what it is, what it can mean for you, where to go), so every hard word is one tap away. The
 * words live in app/core/content/glossary.json.
 */
class Glossary {
public:
    /** Linguist context of all texts: QCoreApplication::translate(TranslationContext, source). */
    static constexpr const char *TranslationContext = "Glossary";

    /** One word; its slug id never changes. Texts are the Dutch sources of the data file. */
    struct Entry {
        QString id;
        /** The Dutch word and the forms people write it in, for matching ("uitkeringen"). */
        QStringList forms;
        ContentText wordSource;
        ContentText explanationSource;
        ContentText meaningSource;
        ContentText whereToGoSource;

        /** The same texts in the current language (the Dutch source when none is loaded). */
        [[nodiscard]] QString word() const;
        [[nodiscard]] QString explanation() const;
        [[nodiscard]] QString meaning() const;
        [[nodiscard]] QString whereToGo() const;
        /** The Dutch forms plus the word in the current language, in and outside its brackets. */
        [[nodiscard]] QStringList matchForms() const;
    };

    /** A glossary word found in a text: where it starts, how long it is there, and which entry. */
    struct Match {
        qsizetype position = 0;
        qsizetype length = 0;
        QString id;
    };

    /** All entries, in the order of their Dutch word. */
    [[nodiscard]] static const QList<Entry> &entries();
    /** The entry with this id, or nullptr. */
    [[nodiscard]] static const Entry *find(const QString &id);
    /** The entry one of whose forms is this word (case-insensitive), or nullptr. */
    [[nodiscard]] static const Entry *lookup(const QString &word);
    /**
     * The first whole-word occurrence of each glossary word in the text, left to right; a longer
     * form wins over a shorter one at the same place ("bijzondere bijstand" over "bijstand").
     * exceptId leaves out one entry, so an explanation does not link to itself.
     */
    [[nodiscard]] static QList<Match> findTerms(const QString &text, const QString &exceptId = {});
};

} // namespace mapje
