#pragma once

#include "core/reminder.h"
#include "reminders/quiethours.h"

#include <QHash>
#include <QList>
#include <QTimeZone>

namespace mapje {

/**
 * Turns the things the citizen asked to be reminded of into reminders with a time: the day
 * before and an hour before a check-in or appointment, and the chosen day of a step. An
 * appointment on a day without a time (a source with no moment and a day) gets only the day-before
 * reminder, with that day and no eventAt; it has begun once its day has. Pure rules, no timers:
 * the caller asks again whenever the clock or the data changes.
 */
class ReminderPlanner {
public:
    struct Settings {
        bool enabled = true; ///< all reminders on or off
        QuietHours quiet;
        QTimeZone zone = QTimeZone::systemTimeZone(); ///< the citizen's wall clock
        QTime dayBeforeAt {10, 0}; ///< local time of the day-before reminder
        QTime stepAt {10, 0}; ///< local time of a step reminder on its day
        int minutesBefore = 60; ///< the "hour before" reminder
    };

    /** The snooze choices the list offers. */
    enum class Snooze {
        OneHour, ///< "Over een uur"
        Tomorrow, ///< "Morgen": tomorrow at dayBeforeAt local time
    };

    /**
     * Every reminder still to come or still to show, soonest dueAt first. Left out: reminders
     * turned off or put away, all of them when settings.enabled is false, those of a check-in or
     * appointment that has begun, and an event's reminder that quiet hours or a snooze would push
     * to or past its event. A reminder snoozed after it was shown counts as not shown again.
     */
    [[nodiscard]] static QList<Reminder> plan(const QList<ReminderSource> &sources,
        const QHash<QString, ReminderState> &states, const Settings &settings,
        const QDateTime &now);

    /**
     * The reminders to show now: due and not shown yet. When several of one event are due at
     * once (the app was closed), only the latest slot is returned, so nobody gets two at once;
     * an earlier slot never comes after a later one of the same event was shown.
     */
    [[nodiscard]] static QList<Reminder> dueNow(
        const QList<Reminder> &planned, const QDateTime &now);

    /** The moment a snoozed reminder comes back, out of the quiet hours. UTC. */
    [[nodiscard]] static QDateTime snoozeUntil(
        Snooze choice, const QDateTime &now, const Settings &settings);
};

} // namespace mapje
