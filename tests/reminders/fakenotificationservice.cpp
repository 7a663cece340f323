// A stand-in for the desktop's notification service, for tst_dbusnotifier on a private bus.
// It owns org.freedesktop.Notifications and writes each call as one JSON line to the file given
// as its only argument.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QVariantMap>

#include <cstdio>

/** A hint's value for the log; QJsonValue::fromVariant() knows no D-Bus byte (uchar). */
QJsonValue jsonOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UChar:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Bool:
        return value.toBool();
    default:
        return value.toString();
    }
}

/** The methods of the freedesktop Notifications specification, 1.2. */
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit FakeNotifications(const QString &logPath) : m_log(logPath) { }

    [[nodiscard]] bool open() { return m_log.open(QIODevice::Append | QIODevice::Text); }

public slots:
    uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon,
        const QString &summary, const QString &body, const QStringList &actions,
        const QVariantMap &hints, int expire_timeout)
    {
        const uint id = replaces_id != 0 ? replaces_id : ++m_lastId;
        QJsonObject hintValues;
        for (auto it = hints.cbegin(); it != hints.cend(); ++it) {
            hintValues.insert(it.key(),
                QJsonObject {{QStringLiteral("type"), QString::fromLatin1(it.value().typeName())},
                    {QStringLiteral("value"), jsonOf(it.value())}});
        }
        write({{QStringLiteral("method"), QStringLiteral("Notify")},
            {QStringLiteral("app_name"), app_name},
            {QStringLiteral("replaces_id"), qint64(replaces_id)},
            {QStringLiteral("app_icon"), app_icon}, {QStringLiteral("summary"), summary},
            {QStringLiteral("body"), body},
            {QStringLiteral("actions"), QJsonArray::fromStringList(actions)},
            {QStringLiteral("hints"), hintValues},
            {QStringLiteral("expire_timeout"), expire_timeout},
            {QStringLiteral("id"), qint64(id)}});
        return id;
    }

    void CloseNotification(uint id)
    {
        write({{QStringLiteral("method"), QStringLiteral("CloseNotification")},
            {QStringLiteral("id"), qint64(id)}});
        emit NotificationClosed(id, 3); // 3: closed by a call to CloseNotification
    }

    QStringList GetCapabilities()
    {
        write({{QStringLiteral("method"), QStringLiteral("GetCapabilities")}});
        return {QStringLiteral("body")};
    }

    QString GetServerInformation(QString &vendor, QString &version, QString &spec_version)
    {
        write({{QStringLiteral("method"), QStringLiteral("GetServerInformation")}});
        vendor = QStringLiteral("Mapje tests");
        version = QStringLiteral("1");
        spec_version = QStringLiteral("1.2");
        return QStringLiteral("fake_notification_service");
    }

signals:
    void NotificationClosed(uint id, uint reason);

private:
    void write(const QJsonObject &call)
    {
        m_log.write(QJsonDocument(call).toJson(QJsonDocument::Compact) + '\n');
        m_log.flush(); // the test reads the file while this runs
    }

    QFile m_log;
    uint m_lastId = 0;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: fake_notification_service <log file>\n");
        return 2;
    }
    FakeNotifications service(app.arguments().at(1));
    if (!service.open()) {
        std::fprintf(stderr, "cannot write the log file\n");
        return 1;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
        || !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        std::fprintf(stderr, "cannot own the name: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    return app.exec();
}

#include "fakenotificationservice.moc"
