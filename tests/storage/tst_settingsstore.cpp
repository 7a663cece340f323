#include "core/clock.h"
#include "quotavfs.h"
#include "storage/kdfcost.h"
#include "storage/settingsstore.h"
#include "storage/vault.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mapje;

class TestSettingsStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    void storesValuesAndKeepsThemWhenTheDiskIsFull()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2024, 2, 2), QTime(8, 0), Qt::UTC));
        Vault vault(dir.path(), clock);
        vault.setKdfCost(KdfCost::fastForTests());
        vault.setVfsName(QuotaVfs::Name);
        QVERIFY(vault.create(QStringLiteral("0000")));
        SettingsStore settings(vault);
        QCOMPARE(
            settings.value(QStringLiteral("taal"), QStringLiteral("nl")), QStringLiteral("nl"));
        QVERIFY(settings.setValue(QStringLiteral("taal"), QStringLiteral("ar")));
        QCOMPARE(
            settings.value(QStringLiteral("taal"), QStringLiteral("nl")), QStringLiteral("ar"));

        QSignalSpy unsaved(&settings, &SettingsStore::hasUnsavedChangesChanged);
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        QVERIFY(!settings.setValue(QStringLiteral("taal"), QStringLiteral("tr")));
        QVERIFY(settings.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 1);
        QCOMPARE(settings.value(QStringLiteral("taal")), QStringLiteral("tr"));
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QVERIFY(settings.retryPendingSaves());
        QVERIFY(!settings.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 2);

        vault.lock();
        QCOMPARE(
            settings.value(QStringLiteral("taal"), QStringLiteral("nl")), QStringLiteral("nl"));
        QCOMPARE(vault.unlock(QStringLiteral("0000")), Vault::UnlockResult::Opened);
        QCOMPARE(settings.value(QStringLiteral("taal")), QStringLiteral("tr"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
