#include "reminders/reminderplanner.h"

#include <QTest>

#include <optional>

using mapje::QuietHours;
using mapje::Reminder;
using mapje::ReminderKind;
using mapje::ReminderPlanner;
using mapje::ReminderSlot;
using mapje::ReminderSource;
using mapje::ReminderState;
using Snooze = ReminderPlanner::Snooze;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return {QDate(year, month, day), QTime(hour, minute), Qt::UTC};
}

QString iso(const QDateTime &moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODate) : QStringLiteral("dropped");
}

ReminderPlanner::Settings settingsIn(const QByteArray &zone = "Europe/Amsterdam")
{
    ReminderPlanner::Settings settings;
    settings.zone = QTimeZone(zone);
    return settings;
}

ReminderSource eventSource(
    const QString &id, const QDateTime &when, ReminderKind kind = ReminderKind::Appointment)
{
    ReminderSource source;
    source.kind = kind;
    source.targetId = id;
    source.when = when;
    return source;
}

ReminderSource step(const QString &id, QDate day)
{
    ReminderSource source;
    source.kind = ReminderKind::Step;
    source.targetId = id;
    source.day = day;
    return source;
}

QString key(const ReminderSource &source, ReminderSlot slot)
{
    return mapje::reminderKey(source.kind, source.targetId, slot);
}

std::optional<Reminder> find(const QList<Reminder> &planned, const QString &key)
{
    for (const Reminder &reminder : planned) {
        if (reminder.key == key)
            return reminder;
    }
    return std::nullopt;
}

QStringList keys(const QList<Reminder> &reminders)
{
    QStringList result;
    for (const Reminder &reminder : reminders)
        result.append(reminder.key);
    return result;
}

} // namespace

class TestReminderPlanner : public QObject {
    Q_OBJECT

private slots:
    void eventReminders_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("eventAt");
        QTest::addColumn<QDateTime>("dayBefore");
        QTest::addColumn<QDateTime>("hourBeforePlanned");
        QTest::addColumn<QDateTime>("hourBefore"); ///< invalid: dropped

        const QByteArray ams("Europe/Amsterdam");
        // Summer: UTC+2. The event at 14:00 local; the day before at 10:00 local.
        QTest::newRow("summer") << ams << utc(2026, 7, 2, 12) << utc(2026, 7, 1, 8)
                                << utc(2026, 7, 2, 11) << utc(2026, 7, 2, 11);
        QTest::newRow("winter") << ams << utc(2026, 1, 16, 13) << utc(2026, 1, 15, 9)
                                << utc(2026, 1, 16, 12) << utc(2026, 1, 16, 12);
        // 2027-03-28 10:00 CEST is 08:00 UTC; the day before, 10:00 CET, is 09:00 UTC: 23 hours.
        QTest::newRow("on the spring change") << ams << utc(2027, 3, 28, 8) << utc(2027, 3, 27, 9)
                                              << utc(2027, 3, 28, 7) << utc(2027, 3, 28, 7);
        QTest::newRow("the day after the spring change")
            << ams << utc(2027, 3, 29, 8) << utc(2027, 3, 28, 8) << utc(2027, 3, 29, 7)
            << utc(2027, 3, 29, 7);
        // 2026-10-25 10:00 CET is 09:00 UTC; the day before, 10:00 CEST, is 08:00 UTC: 25 hours.
        QTest::newRow("on the autumn change") << ams << utc(2026, 10, 25, 9) << utc(2026, 10, 24, 8)
                                              << utc(2026, 10, 25, 8) << utc(2026, 10, 25, 8);
        QTest::newRow("the day after the autumn change")
            << ams << utc(2026, 10, 26, 9) << utc(2026, 10, 25, 9) << utc(2026, 10, 26, 8)
            << utc(2026, 10, 26, 8);
        QTest::newRow("New York") << QByteArray("America/New_York") << utc(2026, 7, 2, 14)
                                  << utc(2026, 7, 1, 14) << utc(2026, 7, 2, 13)
                                  << utc(2026, 7, 2, 13);
        QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo") << utc(2026, 7, 2, 1)
                               << utc(2026, 7, 1, 1) << utc(2026, 7, 2, 0) << utc(2026, 7, 2, 0);
        // At 08:30 local the hour before (07:30) is quiet: it moves to 08:00.
        QTest::newRow("08:30: hour before pushed to 08:00")
            << ams << utc(2026, 7, 2, 6, 30) << utc(2026, 7, 1, 8) << utc(2026, 7, 2, 5, 30)
            << utc(2026, 7, 2, 6);
        // At 08:00 local the quiet hours end when the event begins: no hour-before reminder.
        QTest::newRow("08:00: hour before dropped")
            << ams << utc(2026, 7, 2, 6) << utc(2026, 7, 1, 8) << utc(2026, 7, 2, 5) << QDateTime();
        // 00:30 on 2 July local is still 1 July in UTC; its day before is 1 July local.
        QTest::newRow("just after midnight") << ams << utc(2026, 7, 1, 22, 30) << utc(2026, 7, 1, 8)
                                             << utc(2026, 7, 1, 21, 30) << QDateTime();
        // 08:30 CEST after the jump: 07:30 is quiet, 08:00 CEST is 06:00 UTC.
        QTest::newRow("08:30 on the spring change")
            << ams << utc(2027, 3, 28, 6, 30) << utc(2027, 3, 27, 9) << utc(2027, 3, 28, 5, 30)
            << utc(2027, 3, 28, 6);
    }

    void eventReminders()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, eventAt);
        QFETCH(QDateTime, dayBefore);
        QFETCH(QDateTime, hourBeforePlanned);
        QFETCH(QDateTime, hourBefore);
        const auto settings = settingsIn(zone);
        QVERIFY(settings.zone.isValid());
        for (ReminderKind kind : {ReminderKind::CheckIn, ReminderKind::Appointment}) {
            const ReminderSource source = eventSource(QStringLiteral("a-1"), eventAt, kind);
            const auto planned
                = ReminderPlanner::plan({source}, {}, settings, eventAt.addDays(-30));
            QCOMPARE(planned.size(), hourBefore.isValid() ? 2 : 1);

            const auto day = find(planned, key(source, ReminderSlot::DayBefore));
            QVERIFY(day);
            QCOMPARE(iso(day->dueAt), iso(dayBefore));
            QCOMPARE(iso(day->plannedAt), iso(dayBefore));
            QCOMPARE(iso(day->eventAt), iso(eventAt));
            QCOMPARE(day->kind, kind);
            QCOMPARE(day->slot, ReminderSlot::DayBefore);
            QCOMPARE(day->targetId, QStringLiteral("a-1"));
            QVERIFY(!day->day.isValid());
            QVERIFY(!day->snoozed);
            QVERIFY(!day->shown);

            const auto hour = find(planned, key(source, ReminderSlot::HourBefore));
            QCOMPARE(iso(hour ? hour->dueAt : QDateTime()), iso(hourBefore));
            if (hour)
                QCOMPARE(iso(hour->plannedAt), iso(hourBeforePlanned));
        }
    }

    void stepOnItsDay_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QTime>("stepAt");
        QTest::addColumn<QDateTime>("dueAt");

        const QByteArray ams("Europe/Amsterdam");
        QTest::newRow("summer") << ams << QDate(2026, 7, 1) << QTime(10, 0) << utc(2026, 7, 1, 8);
        QTest::newRow("winter") << ams << QDate(2026, 1, 15) << QTime(10, 0) << utc(2026, 1, 15, 9);
        QTest::newRow("spring change")
            << ams << QDate(2027, 3, 28) << QTime(10, 0) << utc(2027, 3, 28, 8);
        QTest::newRow("autumn change")
            << ams << QDate(2026, 10, 25) << QTime(10, 0) << utc(2026, 10, 25, 9);
        QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo") << QDate(2026, 7, 1) << QTime(10, 0)
                               << utc(2026, 7, 1, 1);
        QTest::newRow("quiet at 07:00: at 08:00")
            << ams << QDate(2026, 7, 1) << QTime(7, 0) << utc(2026, 7, 1, 6);
    }

    void stepOnItsDay()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        QFETCH(QTime, stepAt);
        QFETCH(QDateTime, dueAt);
        auto settings = settingsIn(zone);
        settings.stepAt = stepAt;
        const ReminderSource source = step(QStringLiteral("s-1"), day);
        const auto planned
            = ReminderPlanner::plan({source}, {}, settings, utc(2026, 1, 1, 0).addYears(-1));
        QCOMPARE(planned.size(), 1);
        QCOMPARE(planned[0].key, QStringLiteral("step:s-1:ontheday"));
        QCOMPARE(planned[0].slot, ReminderSlot::OnTheDay);
        QCOMPARE(planned[0].day, day);
        QVERIFY(!planned[0].eventAt.isValid());
        QCOMPARE(iso(planned[0].dueAt), iso(dueAt));
    }

    /** An appointment on a day without a time: only the day-before reminder, at the usual hour,
     * with its day and no moment (nobody chose the hour); gone once that day has begun. */
    void dayWithoutTimeRemindsTheDayBeforeOnly()
    {
        ReminderSource source = eventSource(QStringLiteral("a"), QDateTime());
        source.day = QDate(2027, 3, 29); // a Monday; CEST from 28 March
        const ReminderPlanner::Settings settings = settingsIn();
        const QList<Reminder> planned
            = ReminderPlanner::plan({source}, {}, settings, utc(2027, 3, 20, 9));
        QCOMPARE(keys(planned), QStringList {key(source, ReminderSlot::DayBefore)});
        const Reminder &dayBefore = planned.constFirst();
        QCOMPARE(iso(dayBefore.dueAt), iso(utc(2027, 3, 28, 8))); // 10:00 CEST
        QCOMPARE(dayBefore.day, QDate(2027, 3, 29));
        QVERIFY(!dayBefore.eventAt.isValid());
        QCOMPARE(ReminderPlanner::dueNow(planned, utc(2027, 3, 28, 8)), planned);

        // Still there late the evening before; gone from the start of that day.
        QCOMPARE(ReminderPlanner::plan({source}, {}, settings, utc(2027, 3, 28, 21, 59)).size(), 1);
        QVERIFY(ReminderPlanner::plan({source}, {}, settings, utc(2027, 3, 28, 22)).isEmpty());
        // A snooze to the day itself makes it moot, like for an appointment with a time.
        ReminderState snoozed;
        snoozed.key = dayBefore.key;
        snoozed.snoozedUntil = utc(2027, 3, 28, 22);
        QVERIFY(
            ReminderPlanner::plan({source}, {{snoozed.key, snoozed}}, settings, utc(2027, 3, 28, 9))
                .isEmpty());
    }

    void stepStaysListedUntilDismissed()
    {
        const auto settings = settingsIn();
        const ReminderSource source = step(QStringLiteral("s-1"), QDate(2026, 7, 1));
        const QString stepKey = key(source, ReminderSlot::OnTheDay);
        const QDateTime weekLater = utc(2026, 7, 8, 12);
        QHash<QString, ReminderState> states;
        states.insert(stepKey, ReminderState {stepKey, {}, false, utc(2026, 7, 1, 8), {}});
        auto planned = ReminderPlanner::plan({source}, states, settings, weekLater);
        QCOMPARE(planned.size(), 1);
        QVERIFY(planned[0].shown);
        QVERIFY(ReminderPlanner::dueNow(planned, weekLater).isEmpty());

        states[stepKey].dismissedAt = utc(2026, 7, 8, 11);
        QVERIFY(ReminderPlanner::plan({source}, states, settings, weekLater).isEmpty());
    }

    void ownSettings()
    {
        auto settings = settingsIn();
        settings.dayBeforeAt = QTime(18, 30);
        settings.minutesBefore = 30;
        const ReminderSource source = eventSource(QStringLiteral("c-1"), utc(2026, 7, 2, 12));
        const auto planned = ReminderPlanner::plan({source}, {}, settings, utc(2026, 6, 1, 0));
        QCOMPARE(keys(planned),
            QStringList(
                {key(source, ReminderSlot::DayBefore), key(source, ReminderSlot::HourBefore)}));
        QCOMPARE(iso(planned[0].dueAt), iso(utc(2026, 7, 1, 16, 30)));
        QCOMPARE(iso(planned[1].dueAt), iso(utc(2026, 7, 2, 11, 30)));

        settings.quiet = QuietHours(QTime(18, 0), QTime(19, 0));
        const auto quiet = ReminderPlanner::plan({source}, {}, settings, utc(2026, 6, 1, 0));
        QCOMPARE(iso(quiet[0].plannedAt), iso(utc(2026, 7, 1, 16, 30)));
        QCOMPARE(iso(quiet[0].dueAt), iso(utc(2026, 7, 1, 17)));
    }

    void noQuietHoursKeepsTheNight()
    {
        auto settings = settingsIn();
        settings.quiet = QuietHours(QTime(0, 0), QTime(0, 0));
        const ReminderSource source = eventSource(QStringLiteral("a-1"), utc(2026, 7, 2, 6));
        const auto planned = ReminderPlanner::plan({source}, {}, settings, utc(2026, 6, 1, 0));
        const auto hour = find(planned, key(source, ReminderSlot::HourBefore));
        QVERIFY(hour);
        QCOMPARE(iso(hour->dueAt), iso(utc(2026, 7, 2, 5)));
    }

    void soonestFirst()
    {
        const auto settings = settingsIn();
        const ReminderSource late = eventSource(QStringLiteral("late"), utc(2026, 7, 10, 12));
        const ReminderSource early = eventSource(QStringLiteral("early"), utc(2026, 7, 3, 12));
        const ReminderSource small = step(QStringLiteral("s"), QDate(2026, 7, 5));
        const auto planned
            = ReminderPlanner::plan({late, small, early}, {}, settings, utc(2026, 7, 1, 0));
        QCOMPARE(keys(planned),
            QStringList({key(early, ReminderSlot::DayBefore), key(early, ReminderSlot::HourBefore),
                key(small, ReminderSlot::OnTheDay), key(late, ReminderSlot::DayBefore),
                key(late, ReminderSlot::HourBefore)}));
    }

    void allOff()
    {
        auto settings = settingsIn();
        settings.enabled = false;
        const auto planned
            = ReminderPlanner::plan({eventSource(QStringLiteral("a"), utc(2026, 7, 3, 12)),
                                        step(QStringLiteral("s"), {2026, 7, 5})},
                {}, settings, utc(2026, 7, 1, 0));
        QVERIFY(planned.isEmpty());
    }

    void begunEventsDropped_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QStringList>("slotKeys");

        const QDateTime at = utc(2026, 7, 2, 12);
        QTest::newRow("a second before")
            << at.addSecs(-1) << QStringList({"daybefore", "hourbefore"});
        QTest::newRow("at the start") << at << QStringList();
        QTest::newRow("an hour later") << at.addSecs(3600) << QStringList();
        QTest::newRow("a day before") << at.addDays(-1) << QStringList({"daybefore", "hourbefore"});
    }

    void begunEventsDropped()
    {
        QFETCH(QDateTime, now);
        QFETCH(QStringList, slotKeys);
        const ReminderSource source = eventSource(QStringLiteral("a-1"), utc(2026, 7, 2, 12));
        // Shown reminders stay listed until the event begins; put both away as shown.
        QHash<QString, ReminderState> states;
        const QString dayKey = key(source, ReminderSlot::DayBefore);
        states.insert(dayKey, ReminderState {dayKey, {}, false, utc(2026, 7, 1, 8), {}});
        const auto planned = ReminderPlanner::plan({source}, states, settingsIn(), now);
        QStringList expected;
        for (const QString &slot : slotKeys)
            expected.append(QStringLiteral("appointment:a-1:") + slot);
        QCOMPARE(keys(planned), expected);
    }

    void offAndDismissed()
    {
        const ReminderSource source = eventSource(QStringLiteral("a-1"), utc(2026, 7, 2, 12));
        const QString dayKey = key(source, ReminderSlot::DayBefore);
        const QString hourKey = key(source, ReminderSlot::HourBefore);
        QHash<QString, ReminderState> states;
        states.insert(dayKey, ReminderState {dayKey, {}, true, {}, {}});
        auto planned = ReminderPlanner::plan({source}, states, settingsIn(), utc(2026, 6, 1, 0));
        QCOMPARE(keys(planned), QStringList({hourKey}));

        states.clear();
        states.insert(hourKey, ReminderState {hourKey, {}, false, {}, utc(2026, 7, 1, 9)});
        planned = ReminderPlanner::plan({source}, states, settingsIn(), utc(2026, 7, 1, 10));
        QCOMPARE(keys(planned), QStringList({dayKey}));
    }

    void shownStaysListed()
    {
        const ReminderSource source = eventSource(QStringLiteral("a-1"), utc(2026, 7, 2, 12));
        const QString dayKey = key(source, ReminderSlot::DayBefore);
        QHash<QString, ReminderState> states;
        states.insert(dayKey, ReminderState {dayKey, {}, false, utc(2026, 7, 1, 8), {}});
        const auto planned
            = ReminderPlanner::plan({source}, states, settingsIn(), utc(2026, 7, 2, 9));
        const auto day = find(planned, dayKey);
        QVERIFY(day);
        QVERIFY(day->shown);
        QVERIFY(!day->snoozed);
        QVERIFY(!find(planned, key(source, ReminderSlot::HourBefore))->shown);
    }

    void snoozed()
    {
        const auto settings = settingsIn();
        const ReminderSource source = eventSource(QStringLiteral("a-1"), utc(2026, 7, 3, 12));
        const QString dayKey = key(source, ReminderSlot::DayBefore);
        const QDateTime now = utc(2026, 7, 2, 8, 5);
        const QDateTime until = ReminderPlanner::snoozeUntil(Snooze::OneHour, now, settings);
        QCOMPARE(iso(until), iso(utc(2026, 7, 2, 9, 5)));
        QHash<QString, ReminderState> states;
        states.insert(dayKey, ReminderState {dayKey, until, false, utc(2026, 7, 2, 8), {}});

        auto planned = ReminderPlanner::plan({source}, states, settings, now);
        auto day = find(planned, dayKey);
        QVERIFY(day);
        QVERIFY(day->snoozed);
        QCOMPARE(iso(day->plannedAt), iso(utc(2026, 7, 2, 8)));
        QCOMPARE(iso(day->dueAt), iso(until));
        // Shown before the snooze: it is to be shown again when the snooze ends.
        QVERIFY(!day->shown);
        QVERIFY(ReminderPlanner::dueNow(planned, now).isEmpty());
        QCOMPARE(keys(ReminderPlanner::dueNow(planned, until)), QStringList({dayKey}));

        states[dayKey].shownAt = until.addSecs(10);
        planned = ReminderPlanner::plan({source}, states, settings, until.addSecs(20));
        QVERIFY(find(planned, dayKey)->shown);
        QVERIFY(ReminderPlanner::dueNow(planned, until.addSecs(20)).isEmpty());
    }

    void snoozedPastTheEventDropped()
    {
        const ReminderSource source = eventSource(QStringLiteral("a-1"), utc(2026, 7, 2, 12));
        const QString hourKey = key(source, ReminderSlot::HourBefore);
        QHash<QString, ReminderState> states;
        states.insert(hourKey, ReminderState {hourKey, utc(2026, 7, 2, 12), false, {}, {}});
        auto planned = ReminderPlanner::plan({source}, states, settingsIn(), utc(2026, 7, 2, 11));
        QVERIFY(!find(planned, hourKey));

        states[hourKey].snoozedUntil = utc(2026, 7, 2, 11, 59);
        planned = ReminderPlanner::plan({source}, states, settingsIn(), utc(2026, 7, 2, 11));
        QVERIFY(find(planned, hourKey));
    }

    void dueNowGivesTheLatestSlotOnly()
    {
        const auto settings = settingsIn();
        const ReminderSource a = eventSource(QStringLiteral("a"), utc(2026, 7, 2, 12));
        const ReminderSource b
            = eventSource(QStringLiteral("b"), utc(2026, 7, 2, 12, 30), ReminderKind::CheckIn);
        const ReminderSource s = step(QStringLiteral("s"), QDate(2026, 7, 2));
        // The app was closed for a day: both slots of a and of b are due.
        const QDateTime now = utc(2026, 7, 2, 11, 50);
        const auto planned = ReminderPlanner::plan({a, b, s}, {}, settings, now);
        QCOMPARE(planned.size(), 5);
        QCOMPARE(keys(ReminderPlanner::dueNow(planned, now)),
            QStringList({key(s, ReminderSlot::OnTheDay), key(a, ReminderSlot::HourBefore),
                key(b, ReminderSlot::HourBefore)}));

        // Only the day-before reminder is due.
        const QDateTime morning = utc(2026, 7, 1, 9);
        QCOMPARE(keys(ReminderPlanner::dueNow(
                     ReminderPlanner::plan({a}, {}, settings, morning), morning)),
            QStringList({key(a, ReminderSlot::DayBefore)}));
        // Due at exactly now counts; a second earlier does not.
        const QDateTime dayBefore = utc(2026, 7, 1, 8);
        QCOMPARE(keys(ReminderPlanner::dueNow(planned, dayBefore)),
            QStringList({key(a, ReminderSlot::DayBefore), key(b, ReminderSlot::DayBefore)}));
        QCOMPARE(ReminderPlanner::dueNow(planned, dayBefore.addSecs(-1)).size(), 0);
    }

    void dueNowSkipsShownAndSuperseded()
    {
        const auto settings = settingsIn();
        const ReminderSource a = eventSource(QStringLiteral("a"), utc(2026, 7, 2, 12));
        const QString dayKey = key(a, ReminderSlot::DayBefore);
        const QString hourKey = key(a, ReminderSlot::HourBefore);
        QHash<QString, ReminderState> states;
        states.insert(dayKey, ReminderState {dayKey, {}, false, utc(2026, 7, 1, 8), {}});
        QDateTime now = utc(2026, 7, 2, 10, 59);
        QVERIFY(ReminderPlanner::dueNow(ReminderPlanner::plan({a}, states, settings, now), now)
                    .isEmpty());
        now = utc(2026, 7, 2, 11);
        QCOMPARE(
            keys(ReminderPlanner::dueNow(ReminderPlanner::plan({a}, states, settings, now), now)),
            QStringList({hourKey}));

        // The hour-before one was shown: the day-before one (never shown) does not follow it.
        states.clear();
        states.insert(hourKey, ReminderState {hourKey, {}, false, utc(2026, 7, 2, 11), {}});
        QVERIFY(ReminderPlanner::dueNow(ReminderPlanner::plan({a}, states, settings, now), now)
                    .isEmpty());
    }

    void snoozeUntil_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("choice");
        QTest::addColumn<QTime>("dayBeforeAt");
        QTest::addColumn<bool>("quiet");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected");

        const QByteArray ams("Europe/Amsterdam");
        const int hour = int(Snooze::OneHour);
        const int tomorrow = int(Snooze::Tomorrow);
        const QTime ten(10, 0);
        QTest::newRow("an hour") << ams << hour << ten << true << utc(2026, 7, 1, 12)
                                 << utc(2026, 7, 1, 13);
        // 21:30 local + 1 hour is quiet: the next morning at 08:00 local.
        QTest::newRow("an hour into the night")
            << ams << hour << ten << true << utc(2026, 7, 1, 19, 30) << utc(2026, 7, 2, 6);
        QTest::newRow("an hour, no quiet hours")
            << ams << hour << ten << false << utc(2026, 7, 1, 19, 30) << utc(2026, 7, 1, 20, 30);
        // 01:30 CET + 1 hour is 03:30 CEST, quiet until 08:00 CEST = 06:00 UTC.
        QTest::newRow("an hour over the spring jump")
            << ams << hour << ten << true << utc(2027, 3, 28, 0, 30) << utc(2027, 3, 28, 6);
        QTest::newRow("tomorrow") << ams << tomorrow << ten << true << utc(2026, 7, 1, 13)
                                  << utc(2026, 7, 2, 8);
        // 00:30 on 2 July local: tomorrow is 3 July.
        QTest::newRow("tomorrow after local midnight")
            << ams << tomorrow << ten << true << utc(2026, 7, 1, 22, 30) << utc(2026, 7, 3, 8);
        // 15:00 CET on 27 March; 10:00 CEST on 28 March is 08:00 UTC, only 18 hours later.
        QTest::newRow("tomorrow over the spring change")
            << ams << tomorrow << ten << true << utc(2027, 3, 27, 14) << utc(2027, 3, 28, 8);
        QTest::newRow("tomorrow over the autumn change")
            << ams << tomorrow << ten << true << utc(2026, 10, 24, 13) << utc(2026, 10, 25, 9);
        QTest::newRow("tomorrow at a quiet time: at 08:00")
            << ams << tomorrow << QTime(7, 0) << true << utc(2026, 7, 1, 13) << utc(2026, 7, 2, 6);
        QTest::newRow("tomorrow in New York") << QByteArray("America/New_York") << tomorrow << ten
                                              << true << utc(2026, 7, 1, 20) << utc(2026, 7, 2, 14);
    }

    void snoozeUntil()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, choice);
        QFETCH(QTime, dayBeforeAt);
        QFETCH(bool, quiet);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expected);
        auto settings = settingsIn(zone);
        settings.dayBeforeAt = dayBeforeAt;
        if (!quiet)
            settings.quiet = QuietHours(QTime(0, 0), QTime(0, 0));
        const QDateTime until = ReminderPlanner::snoozeUntil(Snooze(choice), now, settings);
        QCOMPARE(iso(until), iso(expected));
        QCOMPARE(until.timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestReminderPlanner)
#include "tst_reminderplanner.moc"
