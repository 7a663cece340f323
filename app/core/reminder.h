#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mapje {

/** What a reminder is about. The kind chooses the words; the content is never in them. */
enum class ReminderKind {
    CheckIn, ///< an afgesproken moment
    Appointment, ///< a spreekkamer appointment
    Step, ///< a small step the citizen asked to be reminded of
};

/** Which of the moments for one thing this reminder is. */
enum class ReminderSlot {
    DayBefore, ///< the day before a check-in or appointment
    HourBefore, ///< an hour before a check-in or appointment
    OnTheDay, ///< the day the citizen chose for a step
};

/** One thing the citizen asked to be reminded of; the planner turns it into reminders. */
struct ReminderSource {
    ReminderKind kind = ReminderKind::CheckIn;
    QString targetId; ///< the check-in, appointment or step id
    QDateTime when; ///< the moment of a check-in or appointment, in UTC; invalid for a step
    QDate day; ///< the day of a step reminder; unused for the others
};

/** A planned reminder; times are UTC. */
struct Reminder {
    QString key; ///< "<kind>:<targetId>:<slot>", stable, for what the citizen did with it
    ReminderKind kind = ReminderKind::CheckIn;
    ReminderSlot slot = ReminderSlot::DayBefore;
    QString targetId;
    QDateTime plannedAt; ///< before quiet hours and snooze
    QDateTime dueAt; ///< when it shows: after quiet hours and snooze
    QDateTime eventAt; ///< the check-in or appointment itself; invalid for a step
    QDate day; ///< the step's day; invalid for the others
    bool snoozed = false;
    bool shown = false; ///< already shown as a notification or in the list

    friend bool operator==(const Reminder &, const Reminder &) = default;
};

/** What the citizen did with one reminder; kept in the vault by its key. */
struct ReminderState {
    QString key;
    QDateTime snoozedUntil; ///< UTC; invalid when not snoozed
    bool off = false; ///< the citizen turned this one reminder off
    QDateTime shownAt; ///< UTC; when it was shown; invalid while not yet
    QDateTime dismissedAt; ///< UTC; when the citizen put it away; invalid while not

    friend bool operator==(const ReminderState &, const ReminderState &) = default;
};

/** Stable text keys for storage: "checkin", "appointment", "step". */
[[nodiscard]] QString reminderKindKey(ReminderKind kind);
/** Stable text keys: "daybefore", "hourbefore", "ontheday". */
[[nodiscard]] QString reminderSlotKey(ReminderSlot slot);
/** The key of one reminder: "<kind>:<targetId>:<slot>". */
[[nodiscard]] QString reminderKey(ReminderKind kind, const QString &targetId, ReminderSlot slot);

} // namespace mapje
