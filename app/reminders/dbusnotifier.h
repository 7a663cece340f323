#pragma once

#include "reminders/notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

namespace mapje {

/**
 * Desktop notifications through the freedesktop Notifications service
 * (org.freedesktop.Notifications on the session bus). Low urgency, no sound hint, no actions:
 * a reminder never presses. Without a service (or a bus) it says unavailable and shows nothing.
 */
class DbusNotifier : public QObject, public Notifier {
    Q_OBJECT

public:
    explicit DbusNotifier(QDBusConnection connection, QObject *parent = nullptr);

    [[nodiscard]] bool isAvailable() const override;
    bool show(const QString &key, const QString &title, const QString &body) override;
    void withdraw(const QString &key) override;

private:
    QDBusConnection m_connection;
    QHash<QString, uint> m_ids; ///< the service's id per reminder key, to replace or close it
};

} // namespace mapje
