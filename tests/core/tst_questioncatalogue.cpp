#include "core/questioncatalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using mapje::QuestionCatalogue;

/** The suggested questions: at least the six a spreekkamer needs, stable keys, short B1 questions.
 */
class TestQuestionCatalogue : public QObject {
    Q_OBJECT

private slots:
    void offersTheAgreedQuestions()
    {
        QStringList texts;
        for (const QuestionCatalogue::Question &question : QuestionCatalogue::questions())
            texts.append(question.text());
        for (const char *expected :
            {"Wat gebeurt er nu met mijn aanvraag?", "Mag ik iemand meenemen?",
                "Kan ik dat op papier krijgen?", "Wanneer hoor ik iets?",
                "Wie kan ik bellen als ik een vraag heb?", "Wat moet ik nu zelf doen?"})
            QVERIFY2(texts.contains(QString::fromUtf8(expected)), expected);
    }

    void keysAreUniqueAndQuestionsShort()
    {
        QSet<QString> keys;
        const QRegularExpression key(QStringLiteral("^[a-z][A-Za-z]+$"));
        for (const QuestionCatalogue::Question &question : QuestionCatalogue::questions()) {
            QVERIFY2(key.match(question.key).hasMatch(), qPrintable(question.key));
            keys.insert(question.key);
            QVERIFY2(question.text().endsWith(u'?'), qPrintable(question.key));
            QVERIFY(question.text().split(u' ').size() <= 12);
            // "je", never "u" (plain Dutch, docs/principles.md).
            QVERIFY2(!question.text().split(u' ').contains(QStringLiteral("u")),
                qPrintable(question.key));
        }
        QCOMPARE(keys.size(), QuestionCatalogue::questions().size());
        QCOMPARE(QuestionCatalogue::find(u"onPaper")->text(),
            QStringLiteral("Kan ik dat op papier krijgen?"));
        QVERIFY(!QuestionCatalogue::find(u"unknown"));
    }
};

QTEST_GUILESS_MAIN(TestQuestionCatalogue)
#include "tst_questioncatalogue.moc"
