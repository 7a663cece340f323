#include <QTest>

#include "http/ratelimiter.h"

using mapje::endpoint::RateLimiter;

/** A flood from one key stops at the limit for the rest of its minute; other keys go on. */
class TestRateLimiter : public QObject {
    Q_OBJECT

private slots:
    void limitsPerKeyPerMinute()
    {
        RateLimiter limiter(3);
        const QDateTime start(QDate(2026, 12, 6), QTime(10, 0, 15), Qt::UTC);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(limiter.secondsToWait(QStringLiteral("a:1"), start), 0);
        QCOMPARE(limiter.secondsToWait(QStringLiteral("a:1"), start), 45);
        QCOMPARE(limiter.secondsToWait(QStringLiteral("a:2"), start), 0);
        QCOMPARE(limiter.secondsToWait(QStringLiteral("a:1"), start.addSecs(45)), 0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
