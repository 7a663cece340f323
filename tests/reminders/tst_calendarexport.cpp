#include "reminders/calendarexport.h"

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

using mapje::CalendarDetail;
using mapje::CalendarEntry;
using mapje::CalendarExport;
using mapje::ReminderKind;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return {QDate(year, month, day), QTime(hour, minute), Qt::UTC};
}

const QDateTime kStamp = utc(2026, 6, 1, 9, 15);
const QString kAlarm = QStringLiteral("Je hebt morgen een afspraak.");
/** Dense with two-byte letters, so a fold must not split one. */
const QString kLongPlace = QStringLiteral(
    "Buurthuis De Ĳsbreker, Ëlandstraat één, ĳĳĳĳĳĳĳĳĳĳëëëëëëëëëëééééééééééĲĲĲĲĲĲĲĲĲĲ");
/** Long and full of Dutch letters, so libical folds a line in the middle of them. */
const QString kLongName = QStringLiteral(
    "Zoë van den Ĳssel-Brontë, ervaringswerker bij het Wijkteam Noord-Oost, met Hélène en Eefje");

CalendarEntry entry(const QString &uid, ReminderKind kind, const QDateTime &start, int minutes,
    const QString &withWhom, const QString &where)
{
    return {uid, kind, start, minutes, withWhom, where};
}

/** Summer, winter, and both summer-time changes in Amsterdam; a check-in without names. */
QList<CalendarEntry> fixture()
{
    return {
        entry(QStringLiteral("a-summer"), ReminderKind::Appointment, utc(2026, 7, 2, 12), 45,
            QStringLiteral("Sanne de Vries, klantmanager"),
            QStringLiteral("Stadhuis, balie 3; kamer 2")),
        entry(QStringLiteral("c-winter"), ReminderKind::CheckIn, utc(2026, 1, 15, 9, 30), 60,
            kLongName, kLongPlace),
        // 03:30 CEST on 2027-03-28, just after the clock jumped; ends 05:00 CEST.
        entry(QStringLiteral("a-spring"), ReminderKind::Appointment, utc(2027, 3, 28, 1, 30), 90,
            QString(), QString()),
        // 02:30 CEST on 2026-10-25, the first of the two 02:30s; ends 02:30 CET.
        entry(QStringLiteral("c-autumn"), ReminderKind::CheckIn, utc(2026, 10, 25, 0, 30), 60,
            QString(), QStringLiteral("  ")),
    };
}

/** Every private word of the fixture. */
const QStringList kPrivate = {QStringLiteral("Sanne"), QStringLiteral("klantmanager"),
    QStringLiteral("Stadhuis"), QStringLiteral("balie"), QStringLiteral("Zoë"),
    QStringLiteral("Ĳssel"), QStringLiteral("ervaringswerker"), QStringLiteral("Buurthuis"),
    QStringLiteral("Afgesproken")};

struct ComponentDeleter {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

/** The unescaped value of a property ("a, b", not "a\\, b"). */
QString textOf(icalcomponent *component, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(component, kind);
    if (!property)
        return {};
    icalvalue *value = icalproperty_get_value(property);
    if (icalvalue_isa(value) == ICAL_TEXT_VALUE)
        return QString::fromUtf8(icalvalue_get_text(value));
    return QString::fromUtf8(icalproperty_get_value_as_string(property));
}

QString utcOf(icaltimetype time)
{
    if (!icaltime_is_utc(time) || icaltime_is_date(time))
        return QStringLiteral("not-utc");
    const auto seconds = icaltime_as_timet_with_zone(time, icaltimezone_get_utc_timezone());
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString iso(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODate);
}

/** What the independent parser (python3-icalendar) reads in this .ics; empty when it failed. */
QJsonObject readIndependently(const QByteArray &ics)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("mapje.ics")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly))
        return {};
    file.write(ics);
    file.close();
    QProcess python;
    python.start(QStringLiteral(MAPJE_DEBIAN_PYTHON),
        {QStringLiteral(MAPJE_ICS_ROUNDTRIP), file.fileName()});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit
        || python.exitCode() != 0) {
        qWarning() << python.errorString() << python.readAllStandardError();
        return {};
    }
    QJsonParseError error;
    const QJsonObject read
        = QJsonDocument::fromJson(python.readAllStandardOutput(), &error).object();
    return error.error == QJsonParseError::NoError ? read : QJsonObject();
}

} // namespace

class TestCalendarExport : public QObject {
    Q_OBJECT

private slots:
    void summaries_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("withWhom");
        QTest::addColumn<bool>("details");
        QTest::addColumn<QString>("expected");

        const int checkIn = int(ReminderKind::CheckIn);
        const int appointment = int(ReminderKind::Appointment);
        const QString sanne = QStringLiteral("Sanne");
        QTest::newRow("private check-in") << checkIn << sanne << false << "Afspraak";
        QTest::newRow("private appointment") << appointment << sanne << false << "Afspraak";
        QTest::newRow("check-in with whom")
            << checkIn << sanne << true << "Afgesproken moment met Sanne";
        QTest::newRow("appointment with whom")
            << appointment << sanne << true << "Afspraak met Sanne";
        QTest::newRow("check-in, nobody named") << checkIn << " " << true << "Afgesproken moment";
        QTest::newRow("appointment, nobody named")
            << appointment << QString() << true << "Afspraak";
    }

    void summaries()
    {
        QFETCH(int, kind);
        QFETCH(QString, withWhom);
        QFETCH(bool, details);
        QFETCH(QString, expected);
        const CalendarEntry item = entry(QStringLiteral("x"), ReminderKind(kind),
            utc(2026, 7, 1, 8), 60, withWhom, QStringLiteral("Stadhuis"));
        QCOMPARE(CalendarExport::summary(
                     item, details ? CalendarDetail::WithDetails : CalendarDetail::Private),
            expected);
    }

    void privateByDefaultSaysNothingPrivate()
    {
        const QByteArray ics = CalendarExport::toIcs(fixture(), CalendarDetail::Private, kStamp);
        QVERIFY(!ics.isEmpty());
        const QString text = QString::fromUtf8(ics);
        for (const QString &word : kPrivate)
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(word));
        QVERIFY(!text.contains(QStringLiteral("LOCATION")));
        QCOMPARE(text.count(QStringLiteral("SUMMARY:Afspraak\r\n")), 4);
    }

    void linesEndInCrlf_data()
    {
        QTest::addColumn<bool>("details");
        QTest::newRow("private") << false;
        QTest::newRow("with details") << true;
    }

    void linesEndInCrlf()
    {
        QFETCH(bool, details);
        const QByteArray ics = CalendarExport::toIcs(
            fixture(), details ? CalendarDetail::WithDetails : CalendarDetail::Private, kStamp);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        const QList<QByteArray> lines = ics.split('\n');
        QVERIFY(lines.last().isEmpty());
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            QVERIFY2(lines[i].endsWith('\r'), lines[i].constData());
            QCOMPARE(lines[i].count('\r'), 1);
            QVERIFY2(lines[i].size() - 1 <= 75, lines[i].constData()); // RFC 5545 folding
        }
        for (const QByteArray &line : lines) // every line valid UTF-8: no letter split by a fold
            QVERIFY2(QString::fromUtf8(line).toUtf8() == line, line.constData());
    }

    void libicalReadsItBack_data()
    {
        QTest::addColumn<bool>("details");
        QTest::newRow("private") << false;
        QTest::newRow("with details") << true;
    }

    void libicalReadsItBack()
    {
        QFETCH(bool, details);
        const CalendarDetail detail
            = details ? CalendarDetail::WithDetails : CalendarDetail::Private;
        const QList<CalendarEntry> entries = fixture();
        const QByteArray ics = CalendarExport::toIcs(entries, detail, kStamp);
        const ComponentPtr calendar(icalparser_parse_string(ics.constData()));
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
        QCOMPARE(icalcomponent_count_errors(calendar.get()), 0);
        QCOMPARE(textOf(calendar.get(), ICAL_VERSION_PROPERTY), QStringLiteral("2.0"));
        QCOMPARE(textOf(calendar.get(), ICAL_PRODID_PROPERTY),
            QStringLiteral("-//Mapje//Mapje 0.1//NL"));
        QCOMPARE(textOf(calendar.get(), ICAL_METHOD_PROPERTY), QStringLiteral("PUBLISH"));
        QCOMPARE(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT),
            int(entries.size()));

        icalcomponent *vevent
            = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
        for (const CalendarEntry &item : entries) {
            QVERIFY(vevent);
            QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(vevent)),
                item.uid + QStringLiteral("@mapje.local"));
            QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(vevent)),
                CalendarExport::summary(item, detail));
            const QString where = details ? item.where.trimmed() : QString();
            QCOMPARE(textOf(vevent, ICAL_LOCATION_PROPERTY), where);
            QCOMPARE(icalcomponent_count_properties(vevent, ICAL_LOCATION_PROPERTY),
                where.isEmpty() ? 0 : 1);
            QCOMPARE(utcOf(icalcomponent_get_dtstamp(vevent)), iso(kStamp));
            QCOMPARE(utcOf(icalcomponent_get_dtstart(vevent)), iso(item.start));
            QCOMPARE(
                utcOf(icalcomponent_get_dtend(vevent)), iso(item.start.addSecs(60 * item.minutes)));

            QCOMPARE(icalcomponent_count_components(vevent, ICAL_VALARM_COMPONENT), 1);
            icalcomponent *alarm = icalcomponent_get_first_component(vevent, ICAL_VALARM_COMPONENT);
            icalproperty *action = icalcomponent_get_first_property(alarm, ICAL_ACTION_PROPERTY);
            QVERIFY(action);
            QCOMPARE(icalproperty_get_action(action), ICAL_ACTION_DISPLAY);
            icalproperty *trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
            QVERIFY(trigger);
            QCOMPARE(icaldurationtype_as_int(icalproperty_get_trigger(trigger).duration), -86400);
            QCOMPARE(QString::fromUtf8(icalproperty_get_value_as_string(trigger)),
                QStringLiteral("-P1D"));
            QCOMPARE(textOf(alarm, ICAL_DESCRIPTION_PROPERTY), kAlarm);
            vevent = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT);
        }
        QVERIFY(!vevent);
    }

    void independentParserReadsItBack_data()
    {
        QTest::addColumn<bool>("details");
        QTest::newRow("private") << false;
        QTest::newRow("with details") << true;
    }

    void independentParserReadsItBack()
    {
        QFETCH(bool, details);
        const CalendarDetail detail
            = details ? CalendarDetail::WithDetails : CalendarDetail::Private;
        const QList<CalendarEntry> entries = fixture();
        const QJsonObject read = readIndependently(CalendarExport::toIcs(entries, detail, kStamp));
        QVERIFY(!read.isEmpty());

        QCOMPARE(read[u"name"].toString(), QStringLiteral("VCALENDAR"));
        QCOMPARE(read[u"version"].toString(), QStringLiteral("2.0"));
        QCOMPARE(read[u"prodid"].toString(), QStringLiteral("-//Mapje//Mapje 0.1//NL"));
        QCOMPARE(read[u"method"].toString(), QStringLiteral("PUBLISH"));
        QCOMPARE(read[u"errors"].toArray().size(), 0);
        const QJsonArray events = read[u"events"].toArray();
        QCOMPARE(events.size(), entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const CalendarEntry &item = entries[i];
            const QJsonObject event = events[i].toObject();
            QCOMPARE(event[u"uid"].toString(), item.uid + QStringLiteral("@mapje.local"));
            QCOMPARE(event[u"summary"].toString(), CalendarExport::summary(item, detail));
            const QString where = details ? item.where.trimmed() : QString();
            QCOMPARE(event[u"location"].isNull(), where.isEmpty());
            QCOMPARE(event[u"location"].toString(), where);
            QVERIFY(event[u"description"].isNull());
            QCOMPARE(event[u"dtstamp"].toString(), iso(kStamp));
            QCOMPARE(event[u"dtstart"].toString(), iso(item.start));
            QCOMPARE(event[u"dtend"].toString(), iso(item.start.addSecs(60 * item.minutes)));
            const QJsonArray alarms = event[u"alarms"].toArray();
            QCOMPARE(alarms.size(), 1);
            const QJsonObject alarm = alarms[0].toObject();
            QCOMPARE(alarm[u"action"].toString(), QStringLiteral("DISPLAY"));
            QCOMPARE(alarm[u"trigger_seconds"].toInt(), -86400);
            QCOMPARE(alarm[u"trigger_related"].toString(), QStringLiteral("START"));
            QCOMPARE(alarm[u"description"].toString(), kAlarm);
        }
        if (details) {
            // The Dutch letters survive the folding, in both parsers.
            QCOMPARE(events[1].toObject()[u"summary"].toString(),
                QStringLiteral("Afgesproken moment met ") + kLongName);
            QCOMPARE(events[1].toObject()[u"location"].toString(), kLongPlace);
            QCOMPARE(events[0].toObject()[u"location"].toString(),
                QStringLiteral("Stadhuis, balie 3; kamer 2"));
        }
    }

    void longDutchNameIsFolded()
    {
        const QByteArray ics
            = CalendarExport::toIcs(fixture(), CalendarDetail::WithDetails, kStamp);
        QVERIFY(ics.contains("\r\n ")); // the long name really was folded
        const QString text = QString::fromUtf8(ics);
        QVERIFY(!text.contains(QChar::ReplacementCharacter));
        QVERIFY(text.contains(QStringLiteral("Zoë")));
    }

    void entryWithoutMomentLeftOut()
    {
        QList<CalendarEntry> entries = fixture();
        entries.insert(
            1, entry(QStringLiteral("none"), ReminderKind::CheckIn, QDateTime(), 60, {}, {}));
        const ComponentPtr calendar(icalparser_parse_string(
            CalendarExport::toIcs(entries, CalendarDetail::Private, kStamp).constData()));
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 4);
    }

    /** A day without a time is an all-day event (DATE values, no time made up); its alarm comes
     * at 10:00 the day before, like the reminder, and both parsers read it so. */
    void dayWithoutTimeIsAnAllDayEvent()
    {
        CalendarEntry day
            = entry(QStringLiteral("a-day"), ReminderKind::Appointment, QDateTime(), 60, {}, {});
        day.day = QDate(2027, 3, 29);
        const QByteArray ics = CalendarExport::toIcs({day}, CalendarDetail::Private, kStamp);
        QVERIFY(ics.contains("\r\nDTSTART;VALUE=DATE:20270329\r\n"));
        QVERIFY(ics.contains("\r\nDTEND;VALUE=DATE:20270330\r\n"));
        QVERIFY(ics.contains("\r\nTRIGGER:-PT14H\r\n"));
        QVERIFY(!ics.contains("T000000"));

        const ComponentPtr calendar(icalparser_parse_string(ics.constData()));
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_count_errors(calendar.get()), 0);
        icalcomponent *vevent
            = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
        QVERIFY(vevent);
        QVERIFY(icaltime_is_date(icalcomponent_get_dtstart(vevent)));
        QVERIFY(icaltime_is_date(icalcomponent_get_dtend(vevent)));

        const QJsonObject read = readIndependently(ics);
        QVERIFY(!read.isEmpty());
        QCOMPARE(read[u"errors"].toArray().size(), 0);
        const QJsonObject event = read[u"events"].toArray().at(0).toObject();
        QCOMPARE(event[u"dtstart"].toString(), QStringLiteral("date:2027-03-29"));
        QCOMPARE(event[u"dtend"].toString(), QStringLiteral("date:2027-03-30"));
        const QJsonObject alarm = event[u"alarms"].toArray().at(0).toObject();
        QCOMPARE(alarm[u"trigger_seconds"].toInt(), -14 * 60 * 60);
        QCOMPARE(alarm[u"description"].toString(), kAlarm);
    }

    void stampAndStartInUtcWhateverTheInput()
    {
        const QTimeZone amsterdam("Europe/Amsterdam");
        const QDateTime local(QDate(2026, 7, 2), QTime(14, 0), amsterdam);
        const QByteArray ics = CalendarExport::toIcs(
            {entry(QStringLiteral("x"), ReminderKind::CheckIn, local, 30, {}, {})},
            CalendarDetail::Private, kStamp.toTimeZone(amsterdam));
        QVERIFY(ics.contains("\r\nDTSTART:20260702T120000Z\r\n"));
        QVERIFY(ics.contains("\r\nDTEND:20260702T123000Z\r\n"));
        QVERIFY(ics.contains("\r\nDTSTAMP:20260601T091500Z\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
