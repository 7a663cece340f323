#include "reminders/calendarexport.h"

#include <QCoreApplication>

#include <libical/ical.h>

#include <memory>

namespace mapje {

namespace {

/** Frees a whole calendar with all its events and alarms. */
struct ComponentDeleter {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

/** Frees a string that libical's _r functions hand over. */
struct BufferDeleter {
    void operator()(char *buffer) const { icalmemory_free_buffer(buffer); }
};

/** A UTC moment as libical's time, printed with a Z. */
icaltimetype utcTime(const QDateTime &moment)
{
    return icaltime_from_timet_with_zone(
        static_cast<time_t>(moment.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

/** A day alone as libical's DATE (no time, no zone): the day of an all-day event. */
icaltimetype dateOnly(QDate day)
{
    icaltimetype date = icaltime_null_date();
    date.year = day.year();
    date.month = day.month();
    date.day = day.day();
    return date;
}

/**
 * The alarm the day before; its words follow the privacy rule of the notifications. An all-day
 * event begins at the start of its day: its alarm comes at 10:00 the day before (14 hours
 * earlier), the usual hour of the day-before reminder, not at midnight.
 */
icalcomponent *dayBeforeAlarm(bool allDay)
{
    icalcomponent *alarm = icalcomponent_new_valarm();
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icaltriggertype trigger {};
    trigger.time = icaltime_null_time();
    trigger.duration = icaldurationtype_from_int(allDay ? -14 * 60 * 60 : -24 * 60 * 60);
    icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
    //: The words of an agenda alarm the day before. Never name the person, place or subject.
    const QString words
        = QCoreApplication::translate("CalendarExport", "Je hebt morgen een afspraak.");
    icalcomponent_add_property(alarm, icalproperty_new_description(words.toUtf8().constData()));
    return alarm;
}

icalcomponent *event(const CalendarEntry &entry, CalendarDetail detail, const QDateTime &stamp)
{
    icalcomponent *vevent = icalcomponent_new_vevent();
    const QByteArray uid = (entry.uid + QStringLiteral("@mapje.local")).toUtf8();
    icalcomponent_add_property(vevent, icalproperty_new_uid(uid.constData()));
    icalcomponent_add_property(vevent, icalproperty_new_dtstamp(utcTime(stamp)));
    const bool allDay = !entry.start.isValid();
    if (allDay) {
        // DTSTART;VALUE=DATE and the day after as DTEND (exclusive): one whole day, no time.
        icalcomponent_add_property(vevent, icalproperty_new_dtstart(dateOnly(entry.day)));
        icalcomponent_add_property(vevent, icalproperty_new_dtend(dateOnly(entry.day.addDays(1))));
    } else {
        icalcomponent_add_property(vevent, icalproperty_new_dtstart(utcTime(entry.start)));
        const QDateTime end = entry.start.addSecs(60LL * entry.minutes);
        icalcomponent_add_property(vevent, icalproperty_new_dtend(utcTime(end)));
    }
    const QByteArray summary = CalendarExport::summary(entry, detail).toUtf8();
    icalcomponent_add_property(vevent, icalproperty_new_summary(summary.constData()));
    const QString where = entry.where.trimmed();
    if (detail == CalendarDetail::WithDetails && !where.isEmpty()) {
        icalcomponent_add_property(vevent, icalproperty_new_location(where.toUtf8().constData()));
    }
    icalcomponent_add_component(vevent, dayBeforeAlarm(allDay));
    return vevent;
}

} // namespace

QByteArray CalendarExport::toIcs(
    const QList<CalendarEntry> &entries, CalendarDetail detail, const QDateTime &stamp)
{
    const ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Mapje//Mapje 0.1//NL"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    for (const CalendarEntry &entry : entries) {
        // Without a moment or a day there is nothing to put in an agenda.
        if (entry.start.isValid() || entry.day.isValid())
            icalcomponent_add_component(calendar.get(), event(entry, detail, stamp));
    }
    const std::unique_ptr<char, BufferDeleter> text(icalcomponent_as_ical_string_r(calendar.get()));
    return text ? QByteArray(text.get()) : QByteArray();
}

QString CalendarExport::summary(const CalendarEntry &entry, CalendarDetail detail)
{
    if (detail == CalendarDetail::Private) {
        //: The title of an agenda item. Private by default: no person, place or subject.
        return QCoreApplication::translate("CalendarExport", "Afspraak");
    }
    const QString withWhom = entry.withWhom.trimmed();
    if (entry.kind == ReminderKind::CheckIn) {
        if (withWhom.isEmpty()) {
            //: The title of an agenda item: a moment agreed to look at the goals again together.
            return QCoreApplication::translate("CalendarExport", "Afgesproken moment");
        }
        //: The title of an agenda item: a moment agreed to look at the goals again together.
        //: %1 is who it is with, as the citizen wrote it.
        return QCoreApplication::translate("CalendarExport", "Afgesproken moment met %1")
            .arg(withWhom);
    }
    if (withWhom.isEmpty())
        return QCoreApplication::translate("CalendarExport", "Afspraak");
    //: The title of an agenda item the citizen chose to export with details.
    //: %1 is who the appointment is with, as the citizen wrote it.
    return QCoreApplication::translate("CalendarExport", "Afspraak met %1").arg(withWhom);
}

} // namespace mapje
