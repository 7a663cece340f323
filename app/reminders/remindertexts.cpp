#include "reminders/remindertexts.h"

#include "reminders/wallclock.h"

#include <QCoreApplication>

namespace mapje {

QString ReminderTexts::title()
{
    return QStringLiteral("Mapje"); // the app's name, the same in every language
}

QString ReminderTexts::body(const Reminder &reminder, const QDateTime &now, const QTimeZone &zone)
{
    if (reminder.kind == ReminderKind::Step) {
        //: A notification on a locked screen: a small step the citizen chose for today.
        //: Never name the step or the goal; calm, no hurry.
        return QCoreApplication::translate("ReminderTexts",
            "Je wilde vandaag iets kleins doen. Kijk in Mapje als het je uitkomt.");
    }
    // Check-ins and appointments get the same words: even the kind of meeting stays private.
    const QDate today = wallClockDate(now, zone);
    // An appointment on a day without a time has that day and no moment.
    const QDate eventDay
        = reminder.eventAt.isValid() ? wallClockDate(reminder.eventAt, zone) : reminder.day;
    if (eventDay.isValid() && eventDay == today) {
        //: A notification on a locked screen: an appointment or agreed moment later today.
        //: Never name the person, the place or the subject; calm, no hurry.
        return QCoreApplication::translate(
            "ReminderTexts", "Je hebt vandaag een afspraak. Kijk in Mapje als het je uitkomt.");
    }
    if (eventDay.isValid() && eventDay == today.addDays(1)) {
        //: A notification on a locked screen: an appointment or agreed moment tomorrow.
        //: Never name the person, the place or the subject; calm, no hurry.
        return QCoreApplication::translate(
            "ReminderTexts", "Je hebt morgen een afspraak. Kijk in Mapje als het je uitkomt.");
    }
    //: A notification on a locked screen: an appointment or agreed moment in a few days.
    //: Never name the person, the place or the subject; calm, no hurry.
    return QCoreApplication::translate(
        "ReminderTexts", "Je hebt binnenkort een afspraak. Kijk in Mapje als het je uitkomt.");
}

} // namespace mapje
