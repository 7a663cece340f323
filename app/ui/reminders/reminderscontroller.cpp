#include "ui/reminders/reminderscontroller.h"

#include "core/clock.h"
#include "reminders/notifier.h"
#include "reminders/remindertexts.h"
#include "storage/appointmentrepository.h"
#include "storage/checkinrepository.h"
#include "storage/goalrepository.h"
#include "storage/keytextstore.h"
#include "storage/reminderstaterepository.h"
#include "ui/reminders/remindersubjects.h"
#include "ui/shared/localtimes.h"

namespace mapje {

namespace {
const QString kEnabledKey = QStringLiteral("reminders.enabled");
const QString kQuietStartKey = QStringLiteral("reminders.quietStart");
const QString kQuietEndKey = QStringLiteral("reminders.quietEnd");
const QString kTimeFormat = QStringLiteral("HH:mm");
} // namespace

RemindersController::RemindersController(const Clock &clock, QTimeZone zone, QObject *parent)
    : QObject(parent), m_clock(clock), m_zone(std::move(zone)), m_list(new RemindersModel(this))
{
}

void RemindersController::setStores(const Stores &stores)
{
    for (QObject *old : std::initializer_list<QObject *> {m_stores.checkIns, m_stores.appointments,
             m_stores.goals, m_stores.states, m_stores.settings}) {
        if (old)
            disconnect(old, nullptr, this, nullptr);
    }
    m_stores = stores;
    if (m_stores.checkIns) {
        connect(m_stores.checkIns, &CheckInRepository::checkInChanged, this,
            &RemindersController::refresh);
    }
    if (m_stores.appointments) {
        connect(m_stores.appointments, &AppointmentRepository::appointmentChanged, this,
            &RemindersController::refresh);
    }
    if (m_stores.goals) {
        connect(m_stores.goals, &GoalRepository::goalChanged, this, &RemindersController::refresh);
    }
    emit settingsChanged();
    checkNow();
}

QString RemindersController::quietStart() const
{
    return settings().quiet.start().toString(kTimeFormat);
}

QString RemindersController::quietEnd() const
{
    return settings().quiet.end().toString(kTimeFormat);
}

bool RemindersController::hasDue() const
{
    for (const RemindersModel::Row &row : m_list->rows()) {
        if (row.isDue)
            return true;
    }
    return false;
}

bool RemindersController::notificationsAvailable() const
{
    return m_notifier && m_notifier->isAvailable();
}

ReminderPlanner::Settings RemindersController::settings() const
{
    ReminderPlanner::Settings settings;
    settings.zone = m_zone;
    if (!m_stores.settings)
        return settings;
    settings.enabled = m_stores.settings->value(kEnabledKey, QStringLiteral("1")) == u"1";
    const QTime start = QTime::fromString(m_stores.settings->value(kQuietStartKey), kTimeFormat);
    const QTime end = QTime::fromString(m_stores.settings->value(kQuietEndKey), kTimeFormat);
    if (start.isValid() && end.isValid())
        settings.quiet = QuietHours(start, end);
    return settings;
}

void RemindersController::checkNow()
{
    const QDateTime now = m_clock.now();
    const ReminderSubjects subjects = this->subjects();
    QList<Reminder> planned = plan(subjects);
    bool shownNow = false;
    if (m_stores.states) {
        for (const Reminder &reminder : ReminderPlanner::dueNow(planned, now)) {
            if (m_notifier) {
                m_notifier->show(reminder.key, ReminderTexts::title(),
                    ReminderTexts::body(reminder, now, m_zone));
            }
            // Shown once, also when no notification service is there: the list inside has it.
            // Earlier slots of the same thing that were missed count as shown with it.
            for (const Reminder &other : planned) {
                if (other.targetId == reminder.targetId && other.dueAt <= now && !other.shown)
                    markShown(other.key, now);
            }
            shownNow = true;
        }
    }
    // The things themselves did not change; only what was shown did, so plan again from them.
    showRows(subjects, shownNow ? plan(subjects) : planned);
}

void RemindersController::markShown(const QString &key, const QDateTime &now)
{
    ReminderState state = m_stores.states->load(key).value_or(ReminderState {});
    state.key = key;
    state.shownAt = now;
    m_stores.states->save(state);
}

void RemindersController::snoozeOneHour(const QString &key)
{
    const QDateTime until
        = ReminderPlanner::snoozeUntil(ReminderPlanner::Snooze::OneHour, m_clock.now(), settings());
    changeState(key, [&](ReminderState &state) {
        state.snoozedUntil = until;
        state.shownAt = {};
    });
}

void RemindersController::snoozeTomorrow(const QString &key)
{
    const QDateTime until = ReminderPlanner::snoozeUntil(
        ReminderPlanner::Snooze::Tomorrow, m_clock.now(), settings());
    changeState(key, [&](ReminderState &state) {
        state.snoozedUntil = until;
        state.shownAt = {};
    });
}

void RemindersController::dismiss(const QString &key)
{
    const QDateTime now = m_clock.now();
    changeState(key, [&](ReminderState &state) { state.dismissedAt = now; });
}

void RemindersController::turnOff(const QString &key)
{
    changeState(key, [](ReminderState &state) { state.off = true; });
}

void RemindersController::setEnabled(bool enabled)
{
    if (!m_stores.settings || enabled == this->enabled())
        return;
    m_stores.settings->setValue(kEnabledKey, enabled ? QStringLiteral("1") : QStringLiteral("0"));
    emit settingsChanged();
    checkNow();
}

void RemindersController::setQuietHours(const QString &start, const QString &end)
{
    if (!m_stores.settings || !QTime::fromString(start, kTimeFormat).isValid()
        || !QTime::fromString(end, kTimeFormat).isValid())
        return;
    m_stores.settings->setValue(kQuietStartKey, start);
    m_stores.settings->setValue(kQuietEndKey, end);
    emit settingsChanged();
    checkNow();
}

void RemindersController::refresh()
{
    const ReminderSubjects subjects = this->subjects();
    showRows(subjects, plan(subjects));
}

void RemindersController::showRows(const ReminderSubjects &subjects, const QList<Reminder> &planned)
{
    const QDateTime now = m_clock.now();
    QList<RemindersModel::Row> rows;
    if (m_stores.states) {
        for (const Reminder &reminder : planned) {
            RemindersModel::Row row;
            row.reminder = reminder;
            row.text = subjects.text(reminder);
            row.whenText = reminder.eventAt.isValid()
                ? LocalTimes::dateTimeText(reminder.eventAt, m_zone)
                : LocalTimes::dateText(reminder.day);
            row.dueText = LocalTimes::dateTimeText(reminder.dueAt, m_zone);
            row.isDue = reminder.dueAt <= now;
            rows.append(row);
        }
    }
    m_list->setRows(rows);
    emit listChanged();
}

void RemindersController::changeState(
    const QString &key, const std::function<void(ReminderState &)> &change)
{
    if (!m_stores.states)
        return;
    ReminderState state = m_stores.states->load(key).value_or(ReminderState {});
    state.key = key;
    change(state);
    m_stores.states->save(state);
    if (m_notifier && (state.off || state.dismissedAt.isValid() || state.snoozedUntil.isValid()))
        m_notifier->withdraw(key);
    refresh();
}

ReminderSubjects RemindersController::subjects() const
{
    return ReminderSubjects::read(m_stores.checkIns ? m_stores.checkIns->all() : QList<CheckIn>(),
        m_stores.appointments ? m_stores.appointments->all() : QList<Appointment>(),
        m_stores.goals ? m_stores.goals->all() : QList<Goal>());
}

QList<Reminder> RemindersController::plan(const ReminderSubjects &subjects) const
{
    if (!m_stores.states)
        return {};
    return ReminderPlanner::plan(
        subjects.sources(), m_stores.states->all(), settings(), m_clock.now());
}

} // namespace mapje
