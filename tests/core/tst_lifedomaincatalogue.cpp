#include "core/lifedomaincatalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using mapje::LifeDomain;
using mapje::LifeDomainCatalogue;

namespace {

// docs/principles.md: these ids are stored and synced; they may never change or move.
const QStringList kSection7Ids = {
    QStringLiteral("money"),
    QStringLiteral("work"),
    QStringLiteral("housing"),
    QStringLiteral("health"),
    QStringLiteral("mind"),
    QStringLiteral("family"),
    QStringLiteral("social"),
    QStringLiteral("daily"),
    QStringLiteral("selfcare"),
    QStringLiteral("paperwork"),
    QStringLiteral("mobility"),
    QStringLiteral("belonging"),
    QStringLiteral("caring"),
    QStringLiteral("meaning"),
};

// B1: aim at no more than 12 words in a sentence (docs/principles.md).
constexpr qsizetype kMaxWords = 12;

qsizetype wordCount(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
}

} // namespace

class TestLifeDomainCatalogue : public QObject {
    Q_OBJECT

private slots:
    void hasTheFourteenIdsInSection7Order()
    {
        QCOMPARE(LifeDomainCatalogue::ids(), kSection7Ids);
        QCOMPARE(LifeDomainCatalogue::domains().size(), 14);
    }

    void idsAreUniqueSlugs()
    {
        const QStringList ids = LifeDomainCatalogue::ids();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        const QRegularExpression slug(QStringLiteral("^[a-z]+$"));
        for (const QString &id : ids)
            QVERIFY2(slug.match(id).hasMatch(), qPrintable(id));
    }

    void everyDomainIsComplete_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : kSection7Ids)
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyDomainIsComplete()
    {
        QFETCH(QString, id);
        const std::optional<LifeDomain> domain = LifeDomainCatalogue::find(id);
        QVERIFY(domain.has_value());
        QCOMPARE(domain->id(), id);
        QCOMPARE(domain->icon(), id);

        const QString name = QString::fromUtf8(domain->nameSource());
        QVERIFY(!name.trimmed().isEmpty());
        QVERIFY2(wordCount(name) <= 4, qPrintable(name));

        const QString explanation = QString::fromUtf8(domain->explanationSource());
        QVERIFY(!explanation.trimmed().isEmpty());
        QVERIFY2(!explanation.contains(QLatin1Char('\n')), "one line");
        QVERIFY2(wordCount(explanation) <= kMaxWords, qPrintable(explanation));

        const QList<const char *> questions = domain->questionSources();
        QVERIFY2(questions.size() >= 2 && questions.size() <= 3, qPrintable(id));
        for (const char *source : questions) {
            const QString question = QString::fromUtf8(source);
            QVERIFY2(question.endsWith(QLatin1Char('?')), qPrintable(question));
            QVERIFY2(wordCount(question) <= kMaxWords, qPrintable(question));
            QVERIFY2(question.at(0).isUpper(), qPrintable(question));
        }
    }

    void textsAreNotRepeatedAcrossDomains()
    {
        QSet<QString> names;
        QSet<QString> questions;
        qsizetype questionCount = 0;
        for (const LifeDomain &domain : LifeDomainCatalogue::domains()) {
            names.insert(QString::fromUtf8(domain.nameSource()));
            for (const char *question : domain.questionSources()) {
                questions.insert(QString::fromUtf8(question));
                ++questionCount;
            }
        }
        QCOMPARE(names.size(), 14);
        QCOMPARE(questions.size(), questionCount);
    }

    void findsByIdAndRefusesUnknown_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("name");
        QTest::newRow("money") << QStringLiteral("money") << true << QStringLiteral("Geld");
        QTest::newRow("paperwork")
            << QStringLiteral("paperwork") << true << QStringLiteral("Post en regels");
        QTest::newRow("meaning") << QStringLiteral("meaning") << true
                                 << QStringLiteral("Wat je zin geeft");
        QTest::newRow("unknown") << QStringLiteral("debts") << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("wrong case") << QStringLiteral("Money") << false << QString();
        QTest::newRow("Dutch name is not an id") << QStringLiteral("Geld") << false << QString();
    }

    void findsByIdAndRefusesUnknown()
    {
        QFETCH(QString, id);
        QFETCH(bool, known);
        QFETCH(QString, name);
        QCOMPARE(LifeDomainCatalogue::contains(id), known);
        const std::optional<LifeDomain> domain = LifeDomainCatalogue::find(id);
        QCOMPARE(domain.has_value(), known);
        if (known)
            QCOMPARE(QString::fromUtf8(domain->nameSource()), name);
    }

    void domainsListIsTheSameObjectEveryTime()
    {
        // Source pointers handed to the UI must stay valid: the catalogue is built once.
        QVERIFY(&LifeDomainCatalogue::domains() == &LifeDomainCatalogue::domains());
        QVERIFY(LifeDomainCatalogue::domains().constFirst().nameSource()
            == LifeDomainCatalogue::find(u"money")->nameSource());
    }
};

QTEST_GUILESS_MAIN(TestLifeDomainCatalogue)
#include "tst_lifedomaincatalogue.moc"
