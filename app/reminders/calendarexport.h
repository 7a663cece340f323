#pragma once

#include "core/reminder.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mapje {

/** One check-in or appointment for the citizen's own agenda. */
struct CalendarEntry {
    QString uid; ///< stable id, so importing twice updates instead of doubling
    ReminderKind kind = ReminderKind::Appointment; ///< CheckIn or Appointment
    QDateTime start; ///< UTC; invalid for a day without a time
    int minutes = 60;
    QString withWhom;
    QString where;
    /** A day without a time (start invalid): an all-day event on that day, no time made up. */
    QDate day;
};

/** How much the agenda item says. */
enum class CalendarDetail {
    Private, ///< the default: "Afspraak", no person, no place, no notes
    WithDetails, ///< the citizen chose to add with whom and where
};

/**
 * iCalendar (RFC 5545) built with libical, never by hand: one VEVENT per entry in UTC (a day
 * without a time: an all-day event with DATE values), with a display alarm the day before whose
 * words follow the same privacy rule as the reminders.
 */
class CalendarExport {
public:
    static constexpr const char *TranslationContext = "CalendarExport";

    /** The whole .ics file, UTF-8 with CRLF line ends; stamp is the DTSTAMP (UTC). */
    [[nodiscard]] static QByteArray toIcs(
        const QList<CalendarEntry> &entries, CalendarDetail detail, const QDateTime &stamp);
    /** The SUMMARY of one entry at this detail level, in the current language. */
    [[nodiscard]] static QString summary(const CalendarEntry &entry, CalendarDetail detail);
};

} // namespace mapje
