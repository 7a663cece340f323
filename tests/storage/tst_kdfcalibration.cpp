#include "storage/kdfcalibration.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace mapje;

namespace {
constexpr quint64 MiB = KdfCalibration::MiB;

double secondsFor(KdfCost cost, double perMiB, double perPassMiB)
{
    return double(cost.memLimit() / MiB) * (perMiB + double(cost.opsLimit()) * perPassMiB);
}
} // namespace

/** The Argon2id cost fits the device: at least 64 MiB, about 0.35 s, never past the bounds. */
class TestKdfCalibration : public QObject {
    Q_OBJECT

private slots:
    void choosesMemoryFirstThenPasses_data()
    {
        QTest::addColumn<double>("perMiB"); // seconds to get one MiB of memory
        QTest::addColumn<double>("rate"); // seconds for one pass over one MiB
        QTest::addColumn<quint64>("ceiling");
        QTest::addColumn<quint64>("passes");
        QTest::addColumn<quint64>("memoryMiB");
        // Like this 2-core machine: 0.13 ms to get a MiB, 0.45 ms a pass over it.
        QTest::newRow("test machine")
            << 0.00013 << 0.00045 << 256 * MiB << quint64(3) << quint64(236);
        QTest::newRow("all pass time") << 0.0 << 0.00054 << 256 * MiB << quint64(3) << quint64(216);
        QTest::newRow("fast laptop") << 0.0 << 0.0001 << 256 * MiB << quint64(14) << quint64(250);
        QTest::newRow("very fast") << 0.0 << 0.000001 << 256 * MiB << quint64(64) << quint64(256);
        QTest::newRow("cheap phone") << 0.0005 << 0.002 << 256 * MiB << quint64(2) << quint64(77);
        QTest::newRow("slow device") << 0.0 << 0.005 << 256 * MiB << quint64(1) << quint64(64);
        QTest::newRow("very slow: floor holds")
            << 0.0 << 0.05 << 256 * MiB << quint64(1) << quint64(64);
        QTest::newRow("little memory") << 0.0 << 0.0001 << 64 * MiB << quint64(54) << quint64(64);
        QTest::newRow("negative noise")
            << -0.001 << 0.00054 << 256 * MiB << quint64(3) << quint64(216);
    }

    void choosesMemoryFirstThenPasses()
    {
        QFETCH(double, perMiB);
        QFETCH(double, rate);
        QFETCH(quint64, ceiling);
        QFETCH(quint64, passes);
        QFETCH(quint64, memoryMiB);
        const KdfCost cost = KdfCalibration::choose(perMiB, rate, ceiling);
        QVERIFY(cost.isValid());
        QCOMPARE(cost.opsLimit(), passes);
        QCOMPARE(cost.memLimit(), std::max<quint64>(memoryMiB, 64) * MiB);
        QVERIFY(cost.memLimit() >= KdfCalibration::MinMemory);
        QVERIFY(cost.memLimit() <= KdfCalibration::MaxMemory);
        // Wherever the floor allows, one derivation lands in 0.3-0.4 s on that device.
        const double fixed = std::max(0.0, perMiB);
        if (secondsFor(KdfCost(1, KdfCalibration::MinMemory), fixed, rate) <= 0.35
            && cost.opsLimit() < 64) {
            const double seconds = secondsFor(cost, fixed, rate);
            QVERIFY2(seconds >= 0.30 && seconds <= 0.40, qPrintable(QString::number(seconds)));
        }
    }

    void noMeasurementGivesASafeMiddle()
    {
        const double rates[] = {0.0, -1.0, std::numeric_limits<double>::quiet_NaN(),
            std::numeric_limits<double>::infinity()};
        for (const double rate : rates) {
            const KdfCost cost = KdfCalibration::choose(0, rate, 256 * MiB);
            QVERIFY(cost.isValid());
            QCOMPARE(cost.memLimit(), 256 * MiB);
        }
    }

    // Measured for real: the chosen cost takes about the target time here.
    void calibratesOnThisMachine()
    {
        const KdfCost cost = KdfCalibration::calibrate();
        QVERIFY(cost.isValid());
        QVERIFY(cost.memLimit() >= KdfCalibration::MinMemory);
        const double seconds = KdfCalibration::measure(cost);
        qInfo("calibrated: %llu passes x %llu MiB, one derivation %.0f ms", cost.opsLimit(),
            cost.memLimit() / MiB, seconds * 1000);
        // Wide bounds: a busy CI machine may be slower or faster than at calibration.
        QVERIFY(seconds > 0.1 && seconds < 1.0);
        QVERIFY(KdfCalibration::memoryCeiling() >= KdfCalibration::MinMemory);
    }
};

QTEST_GUILESS_MAIN(TestKdfCalibration)
#include "tst_kdfcalibration.moc"
