#include "core/clock.h"
#include "storage/kdfcalibration.h"
#include "storage/kdfcost.h"
#include "storage/keyheader.h"
#include "storage/vault.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace mapje;

class TestKdfCost : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bounds()
    {
        QVERIFY(KdfCost::fastForTests().isValid());
        QCOMPARE(KdfCost::fastForTests().opsLimit(), quint64(crypto_pwhash_OPSLIMIT_MIN));
        QCOMPARE(KdfCost::fastForTests().memLimit(), quint64(crypto_pwhash_MEMLIMIT_MIN));
        QVERIFY(!KdfCost().isValid());
        QVERIFY(!KdfCost(0, 64ull << 20).isValid());
        QVERIFY(!KdfCost(3, 1024).isValid());
        QVERIFY(!KdfCost(3, 1ull << 40).isValid());
        QVERIFY(!KdfCost(1000, 64ull << 20).isValid());
        // The calibration's floor is at least libsodium's interactive strength.
        QVERIFY(KdfCalibration::MinMemory >= crypto_pwhash_MEMLIMIT_INTERACTIVE);
    }

    // The one test with the real cost: Argon2id calibrated on this machine, and its time.
    void calibratedVaultUsesArgon2idAndUnlocksInTime()
    {
        QTemporaryDir dir;
        SystemClock clock;
        Vault vault(dir.path(), clock);
        QVERIFY(!vault.fixedKdfCost()); // the default for real people: calibrated here
        QVERIFY(vault.create(QStringLiteral("739164")));
        const KeyHeader header = vault.header();
        QCOMPARE(header.algorithm(), crypto_pwhash_ALG_ARGON2ID13);
        QVERIFY(header.kdfCost().memLimit() >= KdfCalibration::MinMemory);
        QVERIFY(header.kdfCost().memLimit() <= KdfCalibration::MaxMemory);
        vault.lock();

        QList<qint64> times;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(vault.unlock(QStringLiteral("739164")), Vault::UnlockResult::Opened);
            times << timer.elapsed();
            vault.lock();
        }
        std::sort(times.begin(), times.end());
        qInfo("unlock with the calibrated cost (%llu passes, %llu MiB): median %lld ms (%lld-%lld)",
            header.kdfCost().opsLimit(), header.kdfCost().memLimit() >> 20, times.at(1),
            times.first(), times.last());
        // Too fast means the real cost is not applied; the upper bound leaves room for a busy
        // machine.
        QVERIFY(times.at(1) >= 150);
        QVERIFY(times.at(1) <= 1500);

        // A test-cost vault opens with its own (stored) cost, whatever the current setting.
        QTemporaryDir fastDir;
        Vault fast(fastDir.path(), clock);
        fast.setKdfCost(KdfCost::fastForTests());
        QVERIFY(fast.create(QStringLiteral("1")));
        fast.lock();
        Vault reopened(fastDir.path(), clock);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(reopened.unlock(QStringLiteral("1")), Vault::UnlockResult::Opened);
        QVERIFY(timer.elapsed() < 100);
    }
};

QTEST_GUILESS_MAIN(TestKdfCost)
#include "tst_kdfcost.moc"
