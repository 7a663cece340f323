#include "reminders/reminderplanner.h"

#include "reminders/wallclock.h"

#include <algorithm>

namespace mapje {

namespace {

/** A reminder before any state: planned, then moved out of the quiet hours. */
Reminder makeReminder(const ReminderSource &source, ReminderSlot slot, const QDateTime &plannedAt,
    const ReminderPlanner::Settings &settings)
{
    Reminder reminder;
    reminder.key = reminderKey(source.kind, source.targetId, slot);
    reminder.kind = source.kind;
    reminder.slot = slot;
    reminder.targetId = source.targetId;
    reminder.plannedAt = plannedAt;
    reminder.dueAt = settings.quiet.firstAllowed(plannedAt, settings.zone);
    if (source.kind == ReminderKind::Step || !source.when.isValid())
        reminder.day = source.day; // a step's day, or the day alone of an appointment
    else
        reminder.eventAt = source.when.toUTC();
    return reminder;
}

/** When the check-in or appointment begins: its moment, or the start of its day alone. UTC. */
QDateTime eventStart(const ReminderSource &source, const ReminderPlanner::Settings &settings)
{
    if (source.kind == ReminderKind::Step)
        return {};
    if (source.when.isValid() || !source.day.isValid())
        return source.when.toUTC();
    return wallClockToUtc(source.day, QTime(0, 0), settings.zone);
}

/** The candidates of one source, before what the citizen did with them. */
QList<Reminder> candidates(
    const ReminderSource &source, const ReminderPlanner::Settings &settings, const QDateTime &now)
{
    if (source.kind == ReminderKind::Step) {
        if (!source.day.isValid())
            return {};
        const QDateTime at = wallClockToUtc(source.day, settings.stepAt, settings.zone);
        return {makeReminder(source, ReminderSlot::OnTheDay, at, settings)};
    }
    const QDateTime start = eventStart(source, settings);
    if (!start.isValid() || start <= now)
        return {}; // the check-in or appointment has begun: nothing left to remind of
    const QDate eventDay
        = source.when.isValid() ? wallClockDate(source.when, settings.zone) : source.day;
    // The local calendar day before, so a summer-time change keeps the wall-clock time.
    const QDateTime dayBefore
        = wallClockToUtc(eventDay.addDays(-1), settings.dayBeforeAt, settings.zone);
    // A day without a time has no "hour before": nobody chose the hour.
    if (!source.when.isValid())
        return {makeReminder(source, ReminderSlot::DayBefore, dayBefore, settings)};
    const QDateTime hourBefore = source.when.toUTC().addSecs(-60LL * settings.minutesBefore);
    return {makeReminder(source, ReminderSlot::DayBefore, dayBefore, settings),
        makeReminder(source, ReminderSlot::HourBefore, hourBefore, settings)};
}

/** Applies the citizen's choices; false when the reminder is gone. */
bool applyState(Reminder &reminder, const QHash<QString, ReminderState> &states)
{
    const auto it = states.constFind(reminder.key);
    if (it == states.constEnd())
        return true;
    const ReminderState &state = it.value();
    if (state.off || state.dismissedAt.isValid())
        return false;
    if (state.snoozedUntil.isValid()) {
        reminder.dueAt = state.snoozedUntil.toUTC();
        reminder.snoozed = true;
    }
    // A snoozed reminder that was shown before the snooze is due to show again.
    reminder.shown
        = state.shownAt.isValid() && (!reminder.snoozed || state.shownAt >= state.snoozedUntil);
    return true;
}

/** The order of the slots of one event in time: a later slot replaces an earlier one. */
int slotOrder(ReminderSlot slot)
{
    switch (slot) {
    case ReminderSlot::DayBefore:
        return 0;
    case ReminderSlot::HourBefore:
        return 1;
    case ReminderSlot::OnTheDay:
        return 2;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<Reminder> ReminderPlanner::plan(const QList<ReminderSource> &sources,
    const QHash<QString, ReminderState> &states, const Settings &settings, const QDateTime &now)
{
    QList<Reminder> planned;
    if (!settings.enabled)
        return planned;
    for (const ReminderSource &source : sources) {
        const QDateTime start = eventStart(source, settings);
        for (Reminder &reminder : candidates(source, settings, now)) {
            if (!applyState(reminder, states))
                continue;
            // Quiet hours or a snooze may push a reminder to or past its event: then it is moot.
            if (start.isValid() && reminder.dueAt >= start)
                continue;
            planned.append(reminder);
        }
    }
    std::stable_sort(planned.begin(), planned.end(), [](const Reminder &a, const Reminder &b) {
        return a.dueAt != b.dueAt ? a.dueAt < b.dueAt : a.key < b.key;
    });
    return planned;
}

QList<Reminder> ReminderPlanner::dueNow(const QList<Reminder> &planned, const QDateTime &now)
{
    // Per event the latest slot that is due, shown or not: once the hour-before reminder was
    // shown, the day-before one of the same event does not come after it.
    QHash<QString, const Reminder *> latest;
    for (const Reminder &reminder : planned) {
        if (reminder.dueAt > now)
            continue;
        const QString target = reminderKindKey(reminder.kind) + u':' + reminder.targetId;
        const Reminder *&best = latest[target];
        if (!best || slotOrder(reminder.slot) > slotOrder(best->slot)
            || (reminder.slot == best->slot && reminder.dueAt > best->dueAt))
            best = &reminder;
    }
    QList<Reminder> due;
    for (const Reminder &reminder : planned) {
        const QString target = reminderKindKey(reminder.kind) + u':' + reminder.targetId;
        if (latest.value(target) == &reminder && !reminder.shown)
            due.append(reminder);
    }
    return due;
}

QDateTime ReminderPlanner::snoozeUntil(
    Snooze choice, const QDateTime &now, const Settings &settings)
{
    QDateTime until;
    switch (choice) {
    case Snooze::OneHour:
        until = now.toUTC().addSecs(60 * 60);
        break;
    case Snooze::Tomorrow:
        until = wallClockToUtc(
            wallClockDate(now, settings.zone).addDays(1), settings.dayBeforeAt, settings.zone);
        break;
    }
    return settings.quiet.firstAllowed(until, settings.zone);
}

} // namespace mapje
