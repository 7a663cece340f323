#include "core/checkin.h"
#include "core/clock.h"

#include <QTest>

using mapje::CheckIn;
using mapje::ManualClock;

namespace {
const QDateTime kWhen(QDate(2024, 4, 2), QTime(10, 30), Qt::UTC);
}

class TestCheckIn : public QObject {
    Q_OBJECT

private slots:
    void keepsIdAndWhen()
    {
        const CheckIn checkIn(QStringLiteral("c-1"), kWhen);
        QCOMPARE(checkIn.id(), QStringLiteral("c-1"));
        QCOMPARE(checkIn.when(), kWhen);
        QVERIFY(checkIn.withWhom().isEmpty());
        QVERIFY(checkIn.where().isEmpty());
        QVERIFY(!checkIn.remind());
        QVERIFY(checkIn.whatChanged().isEmpty());
        QVERIFY(!checkIn.boardDate().isValid());
    }

    void keepsWhatWasAgreed()
    {
        CheckIn checkIn(QStringLiteral("c-1"), kWhen);
        checkIn.setWithWhom(QStringLiteral(" Klantmanager Joost "));
        checkIn.setWhere(QStringLiteral("Stadskantoor"));
        checkIn.setRemind(true);
        checkIn.setBoardDate(QDate(2024, 3, 14));
        QCOMPARE(checkIn.withWhom(), QStringLiteral("Klantmanager Joost"));
        QCOMPARE(checkIn.where(), QStringLiteral("Stadskantoor"));
        QVERIFY(checkIn.remind());
        QCOMPARE(checkIn.boardDate(), QDate(2024, 3, 14));
        checkIn.setRemind(false);
        QVERIFY(!checkIn.remind());
    }

    void whatChangedIsOwnWordsTrimmedOnly()
    {
        CheckIn checkIn(QStringLiteral("c-1"), kWhen);
        checkIn.setWhatChanged(QStringLiteral("  Ik open mijn post nu  elke dag. \n"));
        QCOMPARE(checkIn.whatChanged(), QStringLiteral("Ik open mijn post nu  elke dag."));
        checkIn.setWhatChanged(QString());
        QVERIFY(checkIn.whatChanged().isEmpty());
    }

    void canBeMoved()
    {
        CheckIn checkIn(QStringLiteral("c-1"), kWhen);
        checkIn.setWhen(kWhen.addDays(7));
        QCOMPARE(checkIn.when(), kWhen.addDays(7));
        QCOMPARE(checkIn.id(), QStringLiteral("c-1"));
    }

    void hasPassedFollowsTheInjectedClock_data()
    {
        QTest::addColumn<qint64>("secondsFromMoment");
        QTest::addColumn<bool>("passed");
        QTest::newRow("a day before") << qint64(-86400) << false;
        QTest::newRow("a second before") << qint64(-1) << false;
        QTest::newRow("at the moment") << qint64(0) << true;
        QTest::newRow("an hour after") << qint64(3600) << true;
    }

    void hasPassedFollowsTheInjectedClock()
    {
        QFETCH(qint64, secondsFromMoment);
        QFETCH(bool, passed);
        const ManualClock clock(kWhen.addSecs(secondsFromMoment));
        QCOMPARE(CheckIn(QStringLiteral("c"), kWhen).hasPassed(clock), passed);
    }

    void aMomentWithoutTimeHasNotPassed()
    {
        const ManualClock clock(kWhen);
        QVERIFY(!CheckIn(QStringLiteral("c"), QDateTime()).hasPassed(clock));
    }
};

QTEST_GUILESS_MAIN(TestCheckIn)
#include "tst_checkin.moc"
