#include "storage/unlockthrottle.h"

#include <QTest>
#include <limits>

using namespace mapje;

class TestUnlockThrottle : public QObject {
    Q_OBJECT

private:
    const QDateTime m_failure {QDate(2024, 3, 1), QTime(12, 0), Qt::UTC};

private slots:
    void firstThreeAreFree()
    {
        for (int failures = 0; failures <= 3; ++failures) {
            QCOMPARE(UnlockThrottle::waitAfter(failures), 0);
            QCOMPARE(UnlockThrottle::secondsToWait(failures, m_failure, m_failure), 0);
        }
    }

    void waitDoublesFromThirtySeconds()
    {
        const QList<qint64> expected = {30, 60, 120, 240, 480, 960, 1920, 3600, 3600};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(UnlockThrottle::waitAfter(4 + i), expected.at(i));
    }

    void capIsOneHourEvenForHugeCounts()
    {
        QCOMPARE(UnlockThrottle::waitAfter(40), UnlockThrottle::MaxWaitSeconds);
        QCOMPARE(UnlockThrottle::waitAfter(std::numeric_limits<int>::max()), 3600);
    }

    void countsDownWithTheClock()
    {
        QCOMPARE(UnlockThrottle::secondsToWait(4, m_failure, m_failure), 30);
        QCOMPARE(UnlockThrottle::secondsToWait(4, m_failure, m_failure.addSecs(10)), 20);
        QCOMPARE(UnlockThrottle::secondsToWait(4, m_failure, m_failure.addSecs(30)), 0);
        QCOMPARE(UnlockThrottle::secondsToWait(4, m_failure, m_failure.addDays(3)), 0);
        QCOMPARE(UnlockThrottle::secondsToWait(6, m_failure, m_failure.addSecs(100)), 20);
        QCOMPARE(UnlockThrottle::secondsToWait(20, m_failure, m_failure.addSecs(3599)), 1);
    }

    void clockSetBackGivesTheFullWait()
    {
        const QDateTime earlier = m_failure.addSecs(-3600 * 24 * 365);
        QVERIFY(UnlockThrottle::clockSetBack(m_failure, earlier));
        QVERIFY(!UnlockThrottle::clockSetBack(m_failure, m_failure));
        QVERIFY(!UnlockThrottle::clockSetBack(QDateTime(), earlier));
        QCOMPARE(UnlockThrottle::secondsToWait(4, m_failure, earlier), 30);
        QCOMPARE(UnlockThrottle::secondsToWait(5, m_failure, m_failure.addSecs(-1)), 60);
        // Free tries stay free even then.
        QCOMPARE(UnlockThrottle::secondsToWait(3, m_failure, earlier), 0);
    }

    void unknownLastFailureWaitsInFull()
    {
        QCOMPARE(UnlockThrottle::secondsToWait(4, QDateTime(), m_failure), 30);
        // ... and the vault then starts that wait from now, so it ends.
        QVERIFY(UnlockThrottle::mustRestartWait(4, 0, m_failure.toMSecsSinceEpoch()));
        QVERIFY(!UnlockThrottle::mustRestartWait(3, 0, m_failure.toMSecsSinceEpoch()));
    }

    // Whatever a damaged header or a wrong clock says, the wait is never longer than the cap and
    // the arithmetic never overflows.
    void neverLongerThanTheCap_data()
    {
        QTest::addColumn<qint64>("failures");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<bool>("restart");
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        const qint64 today
            = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 cap = UnlockThrottle::MaxWaitSeconds;
        // Bit 63 of the time flipped: far in the past, as a signed number.
        QTest::newRow("bit 63 flipped")
            << qint64(4) << (today ^ min) << today << qint64(0) << false;
        QTest::newRow("last = max (far future)") << qint64(4) << max << today << qint64(30) << true;
        QTest::newRow("last = min (far past)") << qint64(4) << min << today << qint64(0) << false;
        QTest::newRow("last = min, now = max") << qint64(40) << min << max << qint64(0) << false;
        QTest::newRow("last = max, now = min") << qint64(40) << max << min << cap << true;
        QTest::newRow("last = -1 ms") << qint64(5) << qint64(-1) << today << qint64(0) << false;
        QTest::newRow("now before the epoch")
            << qint64(5) << today << qint64(-1000) << qint64(60) << true;
        QTest::newRow("counter at max") << max << today << today << cap << false;
        QTest::newRow("counter negative") << min << today << today << qint64(0) << false;
        QTest::newRow("a year ahead")
            << qint64(20) << today + 365LL * 86400000 << today << cap << true;
        QTest::newRow("a year ago")
            << qint64(20) << today - 365LL * 86400000 << today << qint64(0) << false;
        QTest::newRow("one ms ago") << qint64(4) << today - 1 << today << qint64(30) << false;
        QTest::newRow("just over")
            << qint64(20) << today - cap * 1000 << today << qint64(0) << false;
    }

    void neverLongerThanTheCap()
    {
        QFETCH(qint64, failures);
        QFETCH(qint64, last);
        QFETCH(qint64, now);
        QFETCH(qint64, expected);
        QFETCH(bool, restart);
        const qint64 wait = UnlockThrottle::secondsToWait(failures, last, now);
        QCOMPARE(wait, expected);
        QVERIFY(wait >= 0 && wait <= UnlockThrottle::MaxWaitSeconds);
        QCOMPARE(UnlockThrottle::mustRestartWait(failures, last, now), restart);
        if (restart) // restarting puts the last failure at now: then the wait counts down
            QVERIFY(UnlockThrottle::secondsToWait(failures, now, now)
                <= UnlockThrottle::MaxWaitSeconds);
    }
};

QTEST_GUILESS_MAIN(TestUnlockThrottle)
#include "tst_unlockthrottle.moc"
