#include "core/reminder.h"

namespace mapje {

QString reminderKindKey(ReminderKind kind)
{
    switch (kind) {
    case ReminderKind::CheckIn:
        return QStringLiteral("checkin");
    case ReminderKind::Appointment:
        return QStringLiteral("appointment");
    case ReminderKind::Step:
        return QStringLiteral("step");
    }
    Q_UNREACHABLE();
}

QString reminderSlotKey(ReminderSlot slot)
{
    switch (slot) {
    case ReminderSlot::DayBefore:
        return QStringLiteral("daybefore");
    case ReminderSlot::HourBefore:
        return QStringLiteral("hourbefore");
    case ReminderSlot::OnTheDay:
        return QStringLiteral("ontheday");
    }
    Q_UNREACHABLE();
}

QString reminderKey(ReminderKind kind, const QString &targetId, ReminderSlot slot)
{
    return reminderKindKey(kind) + u':' + targetId + u':' + reminderSlotKey(slot);
}

} // namespace mapje
