#pragma once

#include <QObject>
#include <QTimeZone>

#include "reminders/reminderplanner.h"
#include "ui/reminders/remindersmodel.h"
#include "ui/reminders/remindersubjects.h"

namespace mapje {

class AppointmentRepository;
class CheckInRepository;
class Clock;
class GoalRepository;
class Notifier;
class ReminderStateRepository;
class SettingsStore;

/**
 * Gentle reminders: the list inside the app, a desktop notification that says nothing private,
 * quiet hours, snooze, and turning any reminder off. They only show while the app runs and is
 * open, because the times are in the locked vault.
 */
class RemindersController : public QObject {
    Q_OBJECT
    Q_PROPERTY(mapje::RemindersModel *list READ list CONSTANT)
    Q_PROPERTY(bool enabled READ enabled NOTIFY settingsChanged)
    Q_PROPERTY(QString quietStart READ quietStart NOTIFY settingsChanged)
    Q_PROPERTY(QString quietEnd READ quietEnd NOTIFY settingsChanged)
    Q_PROPERTY(bool hasDue READ hasDue NOTIFY listChanged)
    Q_PROPERTY(bool notificationsAvailable READ notificationsAvailable NOTIFY listChanged)

public:
    /** Where the reminders come from; all nullptr while the vault is locked. */
    struct Stores {
        CheckInRepository *checkIns = nullptr;
        AppointmentRepository *appointments = nullptr;
        GoalRepository *goals = nullptr;
        ReminderStateRepository *states = nullptr;
        SettingsStore *settings = nullptr;
    };

    RemindersController(const Clock &clock, QTimeZone zone, QObject *parent);

    void setStores(const Stores &stores);
    /** nullptr: no notifications outside the app (the list inside still works). */
    void setNotifier(Notifier *notifier) { m_notifier = notifier; }

    [[nodiscard]] RemindersModel *list() const { return m_list; }
    [[nodiscard]] bool enabled() const { return settings().enabled; }
    [[nodiscard]] QString quietStart() const;
    [[nodiscard]] QString quietEnd() const;
    [[nodiscard]] bool hasDue() const;
    [[nodiscard]] bool notificationsAvailable() const;
    [[nodiscard]] ReminderPlanner::Settings settings() const;

    /** Looks at the clock: shows what is due now, once. The composition's timer calls it. */
    Q_INVOKABLE void checkNow();
    Q_INVOKABLE void snoozeOneHour(const QString &key);
    Q_INVOKABLE void snoozeTomorrow(const QString &key);
    /** Seen, put away; it does not come back. */
    Q_INVOKABLE void dismiss(const QString &key);
    /** The citizen does not want this reminder at all. */
    Q_INVOKABLE void turnOff(const QString &key);
    Q_INVOKABLE void setEnabled(bool enabled);
    /** "HH:mm" texts; the same start and end means no quiet hours. */
    Q_INVOKABLE void setQuietHours(const QString &start, const QString &end);
    void retranslate() { refresh(); }

signals:
    void listChanged();
    void settingsChanged();

private:
    void refresh();
    /** The list inside the app: these planned reminders with their words. */
    void showRows(const ReminderSubjects &subjects, const QList<Reminder> &planned);
    void markShown(const QString &key, const QDateTime &now);
    void changeState(const QString &key, const std::function<void(ReminderState &)> &change);
    [[nodiscard]] ReminderSubjects subjects() const;
    [[nodiscard]] QList<Reminder> plan(const ReminderSubjects &subjects) const;

    const Clock &m_clock;
    QTimeZone m_zone;
    Stores m_stores;
    Notifier *m_notifier = nullptr;
    RemindersModel *m_list;
};

} // namespace mapje
