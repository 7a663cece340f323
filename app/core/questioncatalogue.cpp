#include "core/questioncatalogue.h"

#include <QCoreApplication>

namespace mapje {

namespace {

// B1 Dutch, as the citizen would say it to a klantmanager or consulent; "je", never "u".
// Keys are stored: never change them.
QList<QuestionCatalogue::Question> shippedQuestions()
{
    return {
        {QStringLiteral("application"),
            //: A question to pick for an appointment at the municipality, asked by the citizen.
            QT_TRANSLATE_NOOP("QuestionCatalogue", "Wat gebeurt er nu met mijn aanvraag?")},
        {QStringLiteral("bringSomeone"),
            //: A question to pick for an appointment at the municipality, asked by the citizen.
            QT_TRANSLATE_NOOP("QuestionCatalogue", "Mag ik iemand meenemen?")},
        {QStringLiteral("onPaper"),
            //: A question to pick for an appointment at the municipality, asked by the citizen.
            QT_TRANSLATE_NOOP("QuestionCatalogue", "Kan ik dat op papier krijgen?")},
        {QStringLiteral("whenHear"),
            //: A question to pick for an appointment at the municipality, asked by the citizen.
            QT_TRANSLATE_NOOP("QuestionCatalogue", "Wanneer hoor ik iets?")},
        {QStringLiteral("whoToCall"),
            //: A question to pick for an appointment at the municipality, asked by the citizen.
            QT_TRANSLATE_NOOP("QuestionCatalogue", "Wie kan ik bellen als ik een vraag heb?")},
        {QStringLiteral("whatMyself"),
            //: A question to pick for an appointment at the municipality, asked by the citizen.
            QT_TRANSLATE_NOOP("QuestionCatalogue", "Wat moet ik nu zelf doen?")},
        {QStringLiteral("explainAgain"),
            //: A question to pick for an appointment at the municipality, asked by the citizen.
            QT_TRANSLATE_NOOP("QuestionCatalogue", "Kun je dat nog een keer uitleggen?")},
    };
}

} // namespace

QString QuestionCatalogue::Question::text() const
{
    return QCoreApplication::translate(TranslationContext, textSource);
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
