#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "core/glossary.h"
#include "ui/glossary/glossarycontroller.h"
#include "ui/glossary/glossarymodel.h"

using mapje::GlossaryController;
using mapje::GlossaryModel;

/** The glossary for QML: a searchable list with a stable key, one entry, and linked texts. */
class TestGlossaryController : public QObject {
    Q_OBJECT
private slots:
    void modelPassesTheTester()
    {
        GlossaryController controller(nullptr);
        GlossaryModel *model = controller.entries();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), int(mapje::Glossary::entries().size()));
        QSignalSpy counted(model, &GlossaryModel::countChanged);
        model->setFilter(QStringLiteral("BIJSTAND"));
        QCOMPARE(counted.size(), 1);
        QVERIFY(model->rowCount() > 1);
        QVERIFY(model->rowCount() < int(mapje::Glossary::entries().size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            const QString text = index.data(GlossaryModel::WordRole).toString()
                + index.data(GlossaryModel::ExplanationRole).toString();
            QVERIFY2(
                text.contains(QStringLiteral("bijstand"), Qt::CaseInsensitive), qPrintable(text));
            QVERIFY(!index.data(GlossaryModel::KeyRole).toString().isEmpty());
            QVERIFY(!index.data(GlossaryModel::MeaningRole).toString().isEmpty());
            QVERIFY(!index.data(GlossaryModel::WhereToGoRole).toString().isEmpty());
        }
        model->setFilter(QStringLiteral("zzzz"));
        QCOMPARE(model->rowCount(), 0);
        model->setFilter(QString());
        QCOMPARE(model->rowCount(), int(mapje::Glossary::entries().size()));
        QSignalSpy retranslated(&controller, &GlossaryController::retranslated);
        controller.retranslate();
        QCOMPARE(retranslated.size(), 1);
        QCOMPARE(controller.revision(), 1);
    }

    void entryHasEveryPart()
    {
        GlossaryController controller(nullptr);
        const QVariantMap entry = controller.entry(QStringLiteral("bezwaar"));
        QCOMPARE(entry.value(QStringLiteral("key")).toString(), QStringLiteral("bezwaar"));
        QCOMPARE(entry.value(QStringLiteral("word")).toString(), QStringLiteral("Bezwaar"));
        for (const char *part : {"explanation", "meaning", "whereToGo"})
            QVERIFY(!entry.value(QString::fromLatin1(part)).toString().isEmpty());
        QVERIFY(controller.entry(QStringLiteral("nonsense")).isEmpty());
    }

    void linkifyLinksWholeWordsOnceAndEscapes()
    {
        GlossaryController controller(nullptr);
        QCOMPARE(controller.linkify(QStringLiteral("Bel de <deurwaarder> & de deurwaarder.")),
            QStringLiteral("Bel de &lt;<a href=\"mapje:glossary/deurwaarder\">deurwaarder</a>&gt; "
                           "&amp; de deurwaarder."));
        QCOMPARE(controller.linkify(QStringLiteral("Een uitkeringsinstantie")),
            QStringLiteral("Een uitkeringsinstantie"));
        QCOMPARE(controller.linkify(QStringLiteral("Bijstand"), QStringLiteral("bijstand")),
            QStringLiteral("Bijstand"));
        const QVariantList terms
            = controller.terms(QStringLiteral("Het Wmo-loket of het wijkteam"));
        QCOMPARE(terms.size(), 2);
        QCOMPARE(
            terms.at(0).toMap().value(QStringLiteral("key")).toString(), QStringLiteral("wmo"));
        QCOMPARE(terms.at(1).toMap().value(QStringLiteral("word")).toString(),
            QStringLiteral("wijkteam"));
    }
};

QTEST_GUILESS_MAIN(TestGlossaryController)
#include "tst_glossarycontroller.moc"
