#include "storage/unlockthrottle.h"

#include <QTest>

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
    }
};

QTEST_GUILESS_MAIN(TestUnlockThrottle)
#include "tst_unlockthrottle.moc"
