#pragma once

#include "core/contenttext.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace mapje {

/**
 * Questions many people want to ask at a spreekkamer appointment, in B1 Dutch, to pick from. A
 * picked question becomes the citizen's own (its text in the language of that moment, free to
 * change); the appointment remembers the key, so the suggestion is not offered twice. The
 * questions live in app/core/content/questions.json.
 */
class QuestionCatalogue {
public:
    /** Linguist context of all texts: QCoreApplication::translate(TranslationContext, source). */
    static constexpr const char *TranslationContext = "QuestionCatalogue";

    /** One suggested question; its text is the Dutch source of the data file. */
    struct Question {
        QString key;
        ContentText textSource;

        /** The question in the current language. */
        [[nodiscard]] QString text() const;
    };

    QuestionCatalogue() = delete;

    /** Every suggested question, in the order they are offered. Keys never change. */
    [[nodiscard]] static const QList<Question> &questions();
    /** The suggestion with this key, or nothing for an unknown key. */
    [[nodiscard]] static std::optional<Question> find(QStringView key);
};

} // namespace mapje
