#include "endpointkeys.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

// The config file of the mapje-endpoint process serving port, from /proc/<pid>/cmdline.
QString configOfEndpointOn(int port)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        if (pid.toInt() <= 0)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (args.isEmpty() || !args.first().endsWith("mapje-endpoint"))
            continue;
        const qsizetype at = args.indexOf("--config");
        if (at < 0 || at + 1 >= args.size())
            continue;
        const QString config = QString::fromLocal8Bit(args.at(at + 1));
        if (QSettings(config, QSettings::IniFormat).value(QStringLiteral("server/poort")).toInt()
            == port)
            return config;
    }
    return {};
}

} // namespace

EndpointKeys::EndpointKeys()
    : m_connection(QStringLiteral("endpointkeys-") + QUuid::createUuid().toString())
{
}

EndpointKeys::~EndpointKeys()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool EndpointKeys::open(int endpointPort, QString *why)
{
    const QString config = configOfEndpointOn(endpointPort);
    if (config.isEmpty()) {
        *why = QStringLiteral("no mapje-endpoint on port %1 in /proc").arg(endpointPort);
        return false;
    }
    const QSettings ini(config, QSettings::IniFormat);
    if (ini.value(QStringLiteral("database/soort"), QStringLiteral("sqlite")).toString()
        != QLatin1String("sqlite")) {
        *why = QStringLiteral("the endpoint does not run on SQLite");
        return false;
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(ini.value(QStringLiteral("database/pad")).toString());
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open()) {
        *why = QStringLiteral("cannot open %1").arg(database.databaseName());
        return false;
    }
    return true;
}

std::optional<QList<EndpointKeys::Key>> EndpointKeys::keysOfPairing(const QString &pairingId) const
{
    // The endpoint's owner of a device's share requests is "k:" and the pairing's id.
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT rowid, sleutel, status, antwoord FROM sleutels"
                                 " WHERE eigenaar = ? ORDER BY rowid"));
    query.addBindValue(QStringLiteral("k:") + pairingId);
    if (!query.exec())
        return std::nullopt;
    QList<Key> keys;
    while (query.next())
        keys.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
            query.value(3).toString().toUtf8()});
    return keys;
}
