#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "core/glossary.h"

using mapje::Glossary;

namespace {
// Sentences end in . ! or ?; brackets and commas do not split.
QStringList sentencesOf(const QString &text)
{
    static const QRegularExpression end(QStringLiteral(R"((?<=[.!?])\s+)"));
    return text.split(end, Qt::SkipEmptyParts);
}

qsizetype wordCount(const QString &sentence)
{
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    return sentence.split(space, Qt::SkipEmptyParts).size();
}
} // namespace

/** "Moeilijke woorden": enough words, each explained in short B1 sentences, found however written.
 */
class TestGlossary : public QObject {
    Q_OBJECT
private slots:
    void hasEnoughEntriesWithUniqueIds()
    {
        const auto &entries = Glossary::entries();
        QVERIFY2(entries.size() >= 45, qPrintable(QString::number(entries.size())));
        QSet<QString> ids;
        static const QRegularExpression slug(QStringLiteral("^[a-z][a-z0-9-]*$"));
        for (const auto &entry : entries) {
            QVERIFY2(slug.match(entry.id).hasMatch(), qPrintable(entry.id));
            QVERIFY2(!ids.contains(entry.id), qPrintable(entry.id));
            ids.insert(entry.id);
            QCOMPARE(Glossary::find(entry.id), &entry);
        }
        QCOMPARE(Glossary::find(QStringLiteral("nonsense")), nullptr);
    }

    void everyTextIsFilledIn()
    {
        for (const auto &entry : Glossary::entries()) {
            QVERIFY2(!entry.forms.isEmpty(), qPrintable(entry.id));
            for (const QString &text :
                {entry.word(), entry.explanation(), entry.meaning(), entry.whereToGo()})
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(entry.id));
        }
    }

    void sentencesAreShort()
    {
        // B1 (docs/principles.md): aim for twelve words, never more than twenty.
        for (const auto &entry : Glossary::entries()) {
            for (const QString &text : {entry.explanation(), entry.meaning(), entry.whereToGo()}) {
                const QStringList sentences = sentencesOf(text);
                QVERIFY2(!sentences.isEmpty(), qPrintable(entry.id));
                QVERIFY2(sentences.size() <= 4, qPrintable(entry.id + QStringLiteral(": ") + text));
                for (const QString &sentence : sentences)
                    QVERIFY2(wordCount(sentence) <= 20,
                        qPrintable(entry.id + QStringLiteral(": ") + sentence));
            }
        }
    }

    void whereToGoNamesKindsOfPlaces()
    {
        // Phone numbers and web addresses change; kinds of places do not.
        const QRegularExpression stale(QStringLiteral(R"(\d{3,}|www|https?:|@|\.nl\b)"),
            QRegularExpression::CaseInsensitiveOption);
        for (const auto &entry : Glossary::entries())
            QVERIFY2(!stale.match(entry.whereToGo()).hasMatch(), qPrintable(entry.whereToGo()));
    }

    void requiredWordsArePresent_data()
    {
        QTest::addColumn<QString>("word");
        for (const char *word :
            {"bijstand", "Participatiewet", "klantmanager", "consulent", "uitkering", "toeslagen",
                "schuldhulpverlening", "beslagvrije voet", "bewindvoering", "budgetbeheer",
                "bezwaar", "beroep", "beschikking", "Wmo", "Jeugdwet", "mantelzorg",
                "ervaringsdeskundige", "ervaringswerker", "re-integratie", "inlichtingenplicht",
                "tegenprestatie", "kostendelersnorm", "DigiD", "wijkteam", "spreekkamer",
                "leefgebied", "huurtoeslag", "zorgtoeslag", "kindgebonden budget", "AOW", "WW",
                "Wajong", "Wlz", "Zvw", "eigen risico", "UWV", "SVB", "Juridisch Loket",
                "sociaal raadslid", "Veilig Thuis", "CJG", "voedselbank", "betalingsregeling",
                "incasso", "deurwaarder", "terugvordering", "boete", "herziening", "hoorzitting",
                "machtiging", "AVG", "inzagerecht", "Awb", "hulpverlener"})
            QTest::newRow(word) << QString::fromUtf8(word);
    }

    void requiredWordsArePresent()
    {
        QFETCH(QString, word);
        QVERIFY2(Glossary::lookup(word) != nullptr, qPrintable(word));
    }

    void lookupIgnoresCaseAndFindsVariants()
    {
        const auto *bijstand = Glossary::find(QStringLiteral("bijstand"));
        QVERIFY(bijstand);
        QCOMPARE(Glossary::lookup(QStringLiteral("BIJSTAND")), bijstand);
        QCOMPARE(Glossary::lookup(QStringLiteral("Bijstandsuitkering")), bijstand);
        const auto *uitkering = Glossary::find(QStringLiteral("uitkering"));
        QCOMPARE(Glossary::lookup(QStringLiteral("Uitkeringen")), uitkering);
        QCOMPARE(Glossary::lookup(QStringLiteral("  uitkering ")), uitkering);
        QCOMPARE(Glossary::lookup(QStringLiteral("wmo")), Glossary::find(QStringLiteral("wmo")));
        QCOMPARE(Glossary::lookup(QStringLiteral("mantelzorgers")),
            Glossary::find(QStringLiteral("mantelzorg")));
        QCOMPARE(Glossary::lookup(QStringLiteral("fiets")), nullptr);
        QCOMPARE(Glossary::lookup(QString()), nullptr);
    }

    void findsWholeWordsOnceEach()
    {
        const QString text = QStringLiteral(
            "Het Wmo-loket en het wijkteam. Wijkteams helpen ook; het wijkteam weer. Bijstandig.");
        const auto matches = Glossary::findTerms(text);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.at(0).id, QStringLiteral("wmo"));
        QCOMPARE(text.mid(matches.at(0).position, matches.at(0).length), QStringLiteral("Wmo"));
        QCOMPARE(matches.at(1).id, QStringLiteral("wijkteam"));
        QCOMPARE(
            text.mid(matches.at(1).position, matches.at(1).length), QStringLiteral("wijkteam"));
    }

    // A combining mark belongs to the word it follows: a link never ends before it. In Arabic
    // the tanwin of "اعتراضًا" follows "اعتراض"; here the same mark follows a Dutch word.
    void aMarkAfterAWordKeepsItWhole()
    {
        const QString text = QStringLiteral("De bijstand\u064B en het wijkteam.");
        const auto matches = Glossary::findTerms(text);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.at(0).id, QStringLiteral("wijkteam"));
    }

    void longerFormWins()
    {
        const QString text = QStringLiteral("Vraag bijzondere bijstand en daarna bijstand aan.");
        const auto matches = Glossary::findTerms(text);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.at(0).id, QStringLiteral("bijzondere-bijstand"));
        QCOMPARE(text.mid(matches.at(0).position, matches.at(0).length),
            QStringLiteral("bijzondere bijstand"));
        QCOMPARE(matches.at(1).id, QStringLiteral("bijstand"));
    }

    void leavesOutOneEntry()
    {
        const auto matches = Glossary::findTerms(
            QStringLiteral("Bijstand en de Participatiewet"), QStringLiteral("bijstand"));
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.at(0).id, QStringLiteral("participatiewet"));
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
