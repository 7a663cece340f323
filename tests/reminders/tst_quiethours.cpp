#include "reminders/quiethours.h"

#include <QTest>

using mapje::QuietHours;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return {QDate(year, month, day), QTime(hour, minute, second), Qt::UTC};
}

} // namespace

class TestQuietHours : public QObject {
    Q_OBJECT

private slots:
    void defaultIsTenToEight()
    {
        const QuietHours quiet;
        QCOMPARE(quiet.start(), QTime(22, 0));
        QCOMPARE(quiet.end(), QTime(8, 0));
        QVERIFY(!quiet.isEmpty());
        QVERIFY(QuietHours(QTime(9, 0), QTime(9, 0)).isEmpty());
    }

    void contains_data()
    {
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<bool>("quiet");

        const QTime ten(22, 0), eight(8, 0);
        QTest::newRow("over midnight, before") << ten << eight << QTime(21, 59, 59) << false;
        QTest::newRow("over midnight, start counts") << ten << eight << QTime(22, 0) << true;
        QTest::newRow("over midnight, late") << ten << eight << QTime(23, 59, 59) << true;
        QTest::newRow("over midnight, midnight") << ten << eight << QTime(0, 0) << true;
        QTest::newRow("over midnight, early") << ten << eight << QTime(7, 59, 59) << true;
        QTest::newRow("over midnight, end does not count") << ten << eight << QTime(8, 0) << false;
        QTest::newRow("over midnight, noon") << ten << eight << QTime(12, 0) << false;
        QTest::newRow("daytime, before") << QTime(12, 0) << QTime(14, 0) << QTime(11, 59) << false;
        QTest::newRow("daytime, start") << QTime(12, 0) << QTime(14, 0) << QTime(12, 0) << true;
        QTest::newRow("daytime, inside") << QTime(12, 0) << QTime(14, 0) << QTime(13, 59) << true;
        QTest::newRow("daytime, end") << QTime(12, 0) << QTime(14, 0) << QTime(14, 0) << false;
        QTest::newRow("none, at the edge") << eight << eight << QTime(8, 0) << false;
        QTest::newRow("none, at night") << eight << eight << QTime(3, 0) << false;
    }

    void contains()
    {
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(QTime, time);
        QFETCH(bool, quiet);
        QCOMPARE(QuietHours(start, end).contains(time), quiet);
    }

    void firstAllowed_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QDateTime>("expected");

        const QByteArray ams("Europe/Amsterdam");
        const QTime ten(22, 0), eight(8, 0);
        // Summer time in Amsterdam is UTC+2: quiet from 20:00 to 06:00 UTC.
        QTest::newRow("afternoon stays")
            << ams << ten << eight << utc(2026, 7, 1, 12, 0) << utc(2026, 7, 1, 12, 0);
        QTest::newRow("just before the start stays")
            << ams << ten << eight << utc(2026, 7, 1, 19, 59, 59) << utc(2026, 7, 1, 19, 59, 59);
        QTest::newRow("at the start: next morning")
            << ams << ten << eight << utc(2026, 7, 1, 20, 0) << utc(2026, 7, 2, 6, 0);
        QTest::newRow("evening: next morning")
            << ams << ten << eight << utc(2026, 7, 1, 20, 30) << utc(2026, 7, 2, 6, 0);
        QTest::newRow("after local midnight, before UTC midnight: same local morning")
            << ams << ten << eight << utc(2026, 7, 1, 22, 30) << utc(2026, 7, 2, 6, 0);
        QTest::newRow("early morning")
            << ams << ten << eight << utc(2026, 7, 2, 5, 59) << utc(2026, 7, 2, 6, 0);
        QTest::newRow("the end itself stays")
            << ams << ten << eight << utc(2026, 7, 2, 6, 0) << utc(2026, 7, 2, 6, 0);
        // Winter time is UTC+1: the quiet hours end at 07:00 UTC.
        QTest::newRow("winter evening")
            << ams << ten << eight << utc(2026, 1, 15, 22, 0) << utc(2026, 1, 16, 7, 0);
        // 2027-03-28 02:00 CET becomes 03:00 CEST: 08:00 local is 06:00 UTC, not 07:00.
        QTest::newRow("spring change: the evening before")
            << ams << ten << eight << utc(2027, 3, 27, 22, 0) << utc(2027, 3, 28, 6, 0);
        QTest::newRow("spring change: after the jump")
            << ams << ten << eight << utc(2027, 3, 28, 1, 30) << utc(2027, 3, 28, 6, 0);
        // 2026-10-25 03:00 CEST becomes 02:00 CET: 08:00 local is 07:00 UTC, not 06:00.
        QTest::newRow("autumn change: the evening before")
            << ams << ten << eight << utc(2026, 10, 24, 21, 0) << utc(2026, 10, 25, 7, 0);
        QTest::newRow("autumn change: 02:30 the first time")
            << ams << ten << eight << utc(2026, 10, 25, 0, 30) << utc(2026, 10, 25, 7, 0);
        QTest::newRow("autumn change: 02:30 the second time")
            << ams << ten << eight << utc(2026, 10, 25, 1, 30) << utc(2026, 10, 25, 7, 0);
        // The same UTC moment, other wall clocks.
        QTest::newRow("New York evening") << QByteArray("America/New_York") << ten << eight
                                          << utc(2026, 7, 1, 2, 30) << utc(2026, 7, 1, 12, 0);
        QTest::newRow("Amsterdam night, same moment")
            << ams << ten << eight << utc(2026, 7, 1, 2, 30) << utc(2026, 7, 1, 6, 0);
        QTest::newRow("Tokyo evening") << QByteArray("Asia/Tokyo") << ten << eight
                                       << utc(2026, 7, 1, 13, 30) << utc(2026, 7, 1, 23, 0);
        QTest::newRow("none") << ams << eight << eight << utc(2026, 7, 1, 22, 30)
                              << utc(2026, 7, 1, 22, 30);
        QTest::newRow("daytime window") << ams << QTime(12, 0) << QTime(14, 0)
                                        << utc(2026, 7, 1, 10, 30) << utc(2026, 7, 1, 12, 0);
        // An end the clock skips (02:30 on 2027-03-28): the first moment after the jump.
        QTest::newRow("end in the spring gap")
            << ams << QTime(23, 0) << QTime(2, 30) << utc(2027, 3, 27, 22, 30)
            << utc(2027, 3, 28, 1, 0);
    }

    void firstAllowed()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(QDateTime, moment);
        QFETCH(QDateTime, expected);
        const QTimeZone timeZone(zone);
        QVERIFY2(timeZone.isValid(), zone.constData());
        const QDateTime allowed = QuietHours(start, end).firstAllowed(moment, timeZone);
        QCOMPARE(allowed.toString(Qt::ISODate), expected.toString(Qt::ISODate));
        QCOMPARE(allowed.timeSpec(), Qt::UTC);
    }

    void firstAllowedAcceptsAnyTimeSpec()
    {
        const QTimeZone ams("Europe/Amsterdam");
        const QDateTime local(QDate(2026, 7, 1), QTime(23, 0), ams);
        QCOMPARE(QuietHours().firstAllowed(local, ams), utc(2026, 7, 2, 6, 0));
    }
};

QTEST_GUILESS_MAIN(TestQuietHours)
#include "tst_quiethours.moc"
