#include "core/questioncatalogue.h"

#include "core/contentfile.h"

namespace mapje {

namespace {

// app/core/content/questions.json. B1 Dutch, as the citizen would say it to a klantmanager or
// consulent; "je", never "u". Keys are stored: never change them.
QList<QuestionCatalogue::Question> shippedQuestions()
{
    const ContentFile file(
        QStringLiteral(":/content/questions.json"), QuestionCatalogue::TranslationContext);
    QList<QuestionCatalogue::Question> questions;
    for (const ContentItem &item : file.top().items("questions"))
        questions.append({item.string("key"), item.text("text")});
    file.requireValid();
    return questions;
}

} // namespace

QString QuestionCatalogue::Question::text() const
{
    return textSource.translated(TranslationContext);
}

const QList<QuestionCatalogue::Question> &QuestionCatalogue::questions()
{
    static const QList<Question> catalogue = shippedQuestions();
    return catalogue;
}

std::optional<QuestionCatalogue::Question> QuestionCatalogue::find(QStringView key)
{
    for (const Question &question : questions()) {
        if (question.key == key)
            return question;
    }
    return std::nullopt;
}

} // namespace mapje
