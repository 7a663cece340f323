#include "reminders/dbusnotifier.h"

#include <QDBusMessage>
#include <QVariantMap>

namespace mapje {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
/** A missing or hanging service must never freeze the app for long. */
constexpr int kCallTimeoutMs = 2000;

} // namespace

DbusNotifier::DbusNotifier(QDBusConnection connection, QObject *parent)
    : QObject(parent), m_connection(std::move(connection))
{
}

bool DbusNotifier::isAvailable() const
{
    if (!m_connection.isConnected())
        return false;
    // NameHasOwner ourselves: QDBusConnectionInterface would wait up to 25 s.
    QDBusMessage ask = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
        QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus"),
        QStringLiteral("NameHasOwner"));
    ask << kService;
    const QDBusMessage reply = m_connection.call(ask, QDBus::Block, kCallTimeoutMs);
    return reply.type() == QDBusMessage::ReplyMessage && reply.arguments().value(0).toBool();
}

bool DbusNotifier::show(const QString &key, const QString &title, const QString &body)
{
    if (!m_connection.isConnected())
        return false;
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(0))); // low: never presses
    // No category of the specification fits a reminder; custom ones take the "x-vendor." form.
    hints.insert(QStringLiteral("category"), QStringLiteral("x-mapje.reminder"));
    QDBusMessage notify
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    notify << QStringLiteral("Mapje") << m_ids.value(key, 0u) << QString() << title << body
           << QStringList() << hints << int(-1);
    const QDBusMessage reply = m_connection.call(notify, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    m_ids.insert(key, reply.arguments().constFirst().toUInt());
    return true;
}

void DbusNotifier::withdraw(const QString &key)
{
    const auto it = m_ids.constFind(key);
    if (it == m_ids.constEnd())
        return;
    QDBusMessage close = QDBusMessage::createMethodCall(
        kService, kPath, kInterface, QStringLiteral("CloseNotification"));
    close << it.value();
    m_ids.erase(it);
    if (m_connection.isConnected())
        m_connection.call(close, QDBus::Block, kCallTimeoutMs);
}

} // namespace mapje
