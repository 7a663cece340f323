#include <QTest>

#include "core/kiosk/idlewatch.h"

using mapje::IdleWatch;
using Phase = IdleWatch::Phase;

/** The kiosk's idle clock: quiet time, then "Ben je er nog?" with a countdown, then the end. */
class TestIdleWatch : public QObject {
    Q_OBJECT

private:
    const QDateTime m_start {QDate(2026, 12, 7), QTime(9, 0), Qt::UTC};

    QDateTime at(double seconds) const { return m_start.addMSecs(qint64(seconds * 1000)); }

private slots:
    void quietTimeThenQuestionThenEnd()
    {
        IdleWatch watch(90, 30, m_start);
        QCOMPARE(watch.update(at(0)), Phase::Active);
        QCOMPARE(watch.update(at(89.9)), Phase::Active);
        QCOMPARE(watch.secondsLeft(at(89.9)), 30);
        QCOMPARE(watch.update(at(90)), Phase::Asking);
        QCOMPARE(watch.secondsLeft(at(90)), 30);
        // Rounded up: "1" stays on screen until the very end.
        QCOMPARE(watch.secondsLeft(at(90.1)), 30);
        QCOMPARE(watch.secondsLeft(at(100)), 20);
        QCOMPARE(watch.secondsLeft(at(119.5)), 1);
        QCOMPARE(watch.update(at(119.999)), Phase::Asking);
        QCOMPARE(watch.update(at(120)), Phase::Over);
        QCOMPARE(watch.secondsLeft(at(120)), 0);
        QCOMPARE(watch.secondsLeft(at(500)), 0);
    }

    void activityStartsTheQuietTimeAgain()
    {
        IdleWatch watch(90, 30, m_start);
        watch.activity(at(60));
        QCOMPARE(watch.update(at(149)), Phase::Active);
        QCOMPARE(watch.update(at(150)), Phase::Asking);
        // "Ja, ik ben er nog" (or a touch anywhere) while asking.
        watch.activity(at(165));
        QCOMPARE(watch.update(at(166)), Phase::Active);
        QCOMPARE(watch.update(at(254.9)), Phase::Active);
        QCOMPARE(watch.update(at(255)), Phase::Asking);
    }

    void aClockSetBackNeverStretchesTheWait()
    {
        IdleWatch watch(90, 30, m_start);
        // The wall clock jumps back an hour: counted as activity then, not as an hour extra.
        QCOMPARE(watch.update(at(-3600)), Phase::Active);
        QCOMPARE(watch.update(at(-3600 + 90)), Phase::Asking);
        QCOMPARE(watch.update(at(-3600 + 120)), Phase::Over);
    }

    void nonsenseTimesAreAtLeastOneSecond()
    {
        IdleWatch watch(0, -5, m_start);
        QCOMPARE(watch.idleSeconds(), 1);
        QCOMPARE(watch.countdownSeconds(), 1);
        QCOMPARE(watch.update(at(1)), Phase::Asking);
        QCOMPARE(watch.update(at(2)), Phase::Over);
    }
};

QTEST_GUILESS_MAIN(TestIdleWatch)
#include "tst_idlewatch.moc"
