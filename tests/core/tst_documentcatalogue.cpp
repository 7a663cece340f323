#include "core/documentcatalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using mapje::DocumentCatalogue;

namespace {

// Stored in the vault: these keys may never change.
const QStringList kKeys = {QStringLiteral("id"), QStringLiteral("bankStatements"),
    QStringLiteral("rentalContract"), QStringLiteral("payslip"), QStringLiteral("letters")};

qsizetype longestSentence(const QString &text)
{
    qsizetype longest = 0;
    for (const QString &sentence :
        text.split(QRegularExpression(QStringLiteral("[.?!]")), Qt::SkipEmptyParts))
        longest = std::max(longest,
            sentence.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
    return longest;
}

} // namespace

/** The standard papers to bring: stable keys, a name and a short B1 explanation each. */
class TestDocumentCatalogue : public QObject {
    Q_OBJECT

private slots:
    void hasTheStableKeysInOrder()
    {
        QCOMPARE(DocumentCatalogue::keys(), kKeys);
        QCOMPARE(QSet<QString>(kKeys.cbegin(), kKeys.cend()).size(), kKeys.size());
    }

    void everyDocumentHasANameAndAShortExplanation()
    {
        for (const DocumentCatalogue::Document &document : DocumentCatalogue::documents()) {
            QVERIFY2(!document.name().isEmpty(), qPrintable(document.key));
            QVERIFY2(document.explanation().endsWith(u'.'), qPrintable(document.key));
            // B1: aim at no more than 12 words in a sentence (docs/principles.md).
            QVERIFY2(longestSentence(document.explanation()) <= 12, qPrintable(document.key));
        }
        QCOMPARE(DocumentCatalogue::find(u"id")->name(), QStringLiteral("ID-bewijs"));
        QVERIFY(DocumentCatalogue::find(u"id")->explanation().contains(u"paspoort"));
        QVERIFY(DocumentCatalogue::find(u"bankStatements")->explanation().contains(u"maanden"));
    }

    void ownWordsAreNoDocument()
    {
        QVERIFY(!DocumentCatalogue::find(u"Zorgpas"));
        QVERIFY(!DocumentCatalogue::find(u"ID"));
        QVERIFY(!DocumentCatalogue::find(u""));
        QCOMPARE(
            DocumentCatalogue::displayName(QStringLiteral("Zorgpas")), QStringLiteral("Zorgpas"));
        QCOMPARE(DocumentCatalogue::displayName(QStringLiteral("payslip")),
            QStringLiteral("Loonstrook"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentCatalogue)
#include "tst_documentcatalogue.moc"
