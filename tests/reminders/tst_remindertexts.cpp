#include "reminders/remindertexts.h"

#include <QTest>

using mapje::Reminder;
using mapje::ReminderKind;
using mapje::ReminderSlot;
using mapje::ReminderTexts;

namespace {

const QString kToday
    = QStringLiteral("Je hebt vandaag een afspraak. Kijk in Mapje als het je uitkomt.");
const QString kTomorrow
    = QStringLiteral("Je hebt morgen een afspraak. Kijk in Mapje als het je uitkomt.");
const QString kLater
    = QStringLiteral("Je hebt binnenkort een afspraak. Kijk in Mapje als het je uitkomt.");
const QString kStep
    = QStringLiteral("Je wilde vandaag iets kleins doen. Kijk in Mapje als het je uitkomt.");

/** What the citizen wrote; none of it may reach a locked screen. */
const QStringList kPrivate = {QStringLiteral("Geld"), QStringLiteral("schulden"),
    QStringLiteral("Rekeningen op tijd betalen"), QStringLiteral("Sanne"),
    QStringLiteral("klantmanager"), QStringLiteral("Stadhuis"), QStringLiteral("Bel de schuldhulp"),
    QStringLiteral("money")};

/** Words that press or blame. */
const QStringList kUrgent = {QStringLiteral("!"), QStringLiteral("direct"),
    QStringLiteral("nu meteen"), QStringLiteral("dringend"), QStringLiteral("laatste"),
    QStringLiteral("boete"), QStringLiteral("moet"), QStringLiteral("vergeet"),
    QStringLiteral("te laat"), QStringLiteral("snel")};

const QDateTime kNow(QDate(2026, 7, 1), QTime(7, 0), Qt::UTC); // 09:00 in Amsterdam

Reminder reminder(ReminderKind kind, ReminderSlot slot, const QDateTime &eventAt)
{
    Reminder result;
    // Ids made of private words, to show that nothing of the target reaches the text.
    result.targetId = QStringLiteral("Geld-Sanne-Stadhuis-Bel de schuldhulp");
    result.key = mapje::reminderKey(kind, result.targetId, slot);
    result.kind = kind;
    result.slot = slot;
    if (kind == ReminderKind::Step)
        result.day = QDate(2026, 7, 1);
    else
        result.eventAt = eventAt;
    result.plannedAt = kNow;
    result.dueAt = kNow;
    return result;
}

} // namespace

class TestReminderTexts : public QObject {
    Q_OBJECT

private slots:
    void titleIsTheAppName() { QCOMPARE(ReminderTexts::title(), QStringLiteral("Mapje")); }

    void body_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("slot");
        QTest::addColumn<QDateTime>("eventAt");
        QTest::addColumn<QString>("expected");

        const struct {
            const char *name;
            QDateTime at;
            QString text;
        } moments[] = {
            {"today", QDateTime(QDate(2026, 7, 1), QTime(21, 30), Qt::UTC), kToday}, // 23:30 local
            {"tomorrow", QDateTime(QDate(2026, 7, 1), QTime(22, 30), Qt::UTC), kTomorrow},
            {"later", QDateTime(QDate(2026, 7, 8), QTime(10, 0), Qt::UTC), kLater},
        };
        const struct {
            const char *name;
            ReminderKind kind;
        } kinds[] = {{"check-in", ReminderKind::CheckIn},
            {"appointment", ReminderKind::Appointment}, {"step", ReminderKind::Step}};
        const struct {
            const char *name;
            ReminderSlot slot;
        } slotNames[] = {{"day before", ReminderSlot::DayBefore},
            {"hour before", ReminderSlot::HourBefore}, {"on the day", ReminderSlot::OnTheDay}};
        for (const auto &kind : kinds) {
            for (const auto &slot : slotNames) {
                for (const auto &moment : moments) {
                    const QString expected = kind.kind == ReminderKind::Step ? kStep : moment.text;
                    QTest::addRow("%s, %s, %s", kind.name, slot.name, moment.name)
                        << int(kind.kind) << int(slot.slot) << moment.at << expected;
                }
            }
        }
    }

    void body()
    {
        QFETCH(int, kind);
        QFETCH(int, slot);
        QFETCH(QDateTime, eventAt);
        QFETCH(QString, expected);
        const QTimeZone amsterdam("Europe/Amsterdam");
        const QString text = ReminderTexts::body(
            reminder(ReminderKind(kind), ReminderSlot(slot), eventAt), kNow, amsterdam);
        QCOMPARE(text, expected);
        for (const QString &word : kPrivate)
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));
        for (const QString &word : kUrgent)
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));
        QVERIFY(!text.contains(ReminderTexts::title() + u':'));
    }

    void checkInAndAppointmentSayTheSame()
    {
        const QTimeZone amsterdam("Europe/Amsterdam");
        const QDateTime at(QDate(2026, 7, 2), QTime(12, 0), Qt::UTC);
        QCOMPARE(ReminderTexts::body(
                     reminder(ReminderKind::CheckIn, ReminderSlot::DayBefore, at), kNow, amsterdam),
            ReminderTexts::body(
                reminder(ReminderKind::Appointment, ReminderSlot::DayBefore, at), kNow, amsterdam));
    }

    /** A day without a time has its day and no moment: tomorrow is still "morgen". */
    void dayWithoutTimeSaysTomorrow()
    {
        const QTimeZone amsterdam("Europe/Amsterdam");
        Reminder dayAlone = reminder(ReminderKind::Appointment, ReminderSlot::DayBefore, {});
        dayAlone.day = QDate(2026, 7, 2);
        QCOMPARE(ReminderTexts::body(dayAlone, kNow, amsterdam), kTomorrow);
        dayAlone.day = QDate(2026, 7, 1);
        QCOMPARE(ReminderTexts::body(dayAlone, kNow, amsterdam), kToday);
    }

    void todayIsTheCitizensDay_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("expected");
        // Now is 30 June 23:30 UTC; the event 1 July 20:00 UTC.
        QTest::newRow("Amsterdam: already 1 July") << QByteArray("Europe/Amsterdam") << kToday;
        QTest::newRow("UTC: still 30 June") << QByteArray("UTC") << kTomorrow;
        QTest::newRow("New York: 30 June, event late on 1 July")
            << QByteArray("America/New_York") << kTomorrow;
        QTest::newRow("Tokyo: 1 July, event on 2 July") << QByteArray("Asia/Tokyo") << kTomorrow;
    }

    void todayIsTheCitizensDay()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 6, 30), QTime(23, 30), Qt::UTC);
        const QDateTime at(QDate(2026, 7, 1), QTime(20, 0), Qt::UTC);
        QCOMPARE(
            ReminderTexts::body(reminder(ReminderKind::Appointment, ReminderSlot::HourBefore, at),
                now, QTimeZone(zone)),
            expected);
    }

    void summerTimeChangeCountsCalendarDays()
    {
        // 27 March 23:30 CET; the event 28 March 23:30 CEST is less than 24 hours later.
        const QTimeZone amsterdam("Europe/Amsterdam");
        const QDateTime now(QDate(2027, 3, 27), QTime(22, 30), Qt::UTC);
        const QDateTime at(QDate(2027, 3, 28), QTime(21, 30), Qt::UTC);
        QCOMPARE(ReminderTexts::body(
                     reminder(ReminderKind::CheckIn, ReminderSlot::DayBefore, at), now, amsterdam),
            kTomorrow);
    }
};

QTEST_GUILESS_MAIN(TestReminderTexts)
#include "tst_remindertexts.moc"
