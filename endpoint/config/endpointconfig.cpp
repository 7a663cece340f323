#include "config/endpointconfig.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace mapje::endpoint {

namespace {

int number(
    const QSettings &ini, const QString &key, int fallback, int min, int max, QStringList *warnings)
{
    if (!ini.contains(key))
        return fallback;
    bool ok = false;
    const int value = ini.value(key).toInt(&ok);
    if (!ok || value < min || value > max) {
        warnings->append(QStringLiteral("%1: geen getal tussen %2 en %3; %4 gebruikt")
                             .arg(key)
                             .arg(min)
                             .arg(max)
                             .arg(fallback));
        return fallback;
    }
    return value;
}

// name = SHA-256 (hex) of a token, for every name in one section.
QHash<QString, QString> tokenHashes(
    const QString &path, const QString &group, QStringList *warnings)
{
    QHash<QString, QString> hashes;
    QSettings ini(path, QSettings::IniFormat);
    ini.beginGroup(group);
    for (const QString &name : ini.childKeys()) {
        const QString hash = ini.value(name).toString().toLower();
        if (hash.size() == 64
            && hash.toLatin1().toStdString().find_first_not_of("0123456789abcdef")
                == std::string::npos)
            hashes.insert(name, hash);
        else
            warnings->append(QStringLiteral("%1/%2: geen SHA-256; overgeslagen").arg(group, name));
    }
    return hashes;
}

} // namespace

EndpointConfig EndpointConfig::read(const QString &path)
{
    EndpointConfig config;
    if (!QFileInfo::exists(path)) {
        config.problems.append(QStringLiteral("geen configuratie op %1").arg(path));
        return config;
    }
    const QSettings ini(path, QSettings::IniFormat);
    config.address = ini.value(QStringLiteral("server/adres"), config.address).toString();
    config.port
        = number(ini, QStringLiteral("server/poort"), config.port, 1, 65535, &config.warnings);
    config.threads
        = number(ini, QStringLiteral("server/draden"), config.threads, 1, 256, &config.warnings);
    config.readTimeoutSeconds = number(ini, QStringLiteral("server/leestijd"),
        config.readTimeoutSeconds, 1, 120, &config.warnings);
    config.writeTimeoutSeconds = number(ini, QStringLiteral("server/schrijftijd"),
        config.writeTimeoutSeconds, 1, 120, &config.warnings);
    config.requestsPerMinute = number(ini, QStringLiteral("grenzen/verzoekenPerMinuut"),
        config.requestsPerMinute, 1, 100000000, &config.warnings);
    config.wrongCodesPerWindow = number(ini, QStringLiteral("grenzen/fouteCodesPerKwartier"),
        config.wrongCodesPerWindow, 1, 100, &config.warnings);
    config.handoffSeconds = number(ini, QStringLiteral("grenzen/overdrachtSeconden"),
        config.handoffSeconds, 1, 300, &config.warnings);

    StaffWebSettings &web = config.staffWeb;
    web.idleMinutes = number(ini, QStringLiteral("medewerkerspagina/inactiefMinuten"),
        web.idleMinutes, 1, 240, &config.warnings);
    web.maxHours = number(ini, QStringLiteral("medewerkerspagina/maximaalUren"), web.maxHours, 1,
        24, &config.warnings);
    web.wrongSignInsPerWindow
        = number(ini, QStringLiteral("medewerkerspagina/fouteAanmeldingenPerKwartier"),
            web.wrongSignInsPerWindow, 1, 100, &config.warnings);
    web.auditDays = number(ini, QStringLiteral("medewerkerspagina/bewaarLogboekDagen"),
        web.auditDays, 1, 3650, &config.warnings);
    if (ini.value(QStringLiteral("medewerkerspagina/testZonderHttps")).toString()
        == QLatin1String("ja")) {
        // Only where no one else can reach it: a browser test on this machine.
        const bool loopback = config.address.startsWith(QLatin1String("127."))
            || config.address == QLatin1String("::1")
            || config.address == QLatin1String("localhost");
        web.plainHttpForTests = loopback;
        if (!loopback)
            config.warnings.append(QStringLiteral(
                "medewerkerspagina/testZonderHttps: alleen op 127.0.0.1; niet gebruikt"));
    }

    // QSettings reads "a, b" as a list; one address as a string.
    for (const QString &proxy :
        ini.value(QStringLiteral("server/vertrouwdeProxies")).toStringList())
        if (!proxy.trimmed().isEmpty())
            config.trustedProxies.append(proxy.trimmed());

    config.municipality = ini.value(QStringLiteral("gemeente/naam")).toString().trimmed();
    if (config.municipality.isEmpty()) {
        config.municipality = QStringLiteral("Gemeente");
        config.warnings.append(QStringLiteral("gemeente/naam ontbreekt; \"Gemeente\" gebruikt"));
    }

    const QString kind
        = ini.value(QStringLiteral("database/soort"), QStringLiteral("sqlite")).toString();
    if (kind == QLatin1String("postgresql")) {
        config.database.kind = DatabaseSettings::Kind::Postgres;
        config.database.host
            = ini.value(QStringLiteral("database/host"), QStringLiteral("127.0.0.1")).toString();
        config.database.port
            = number(ini, QStringLiteral("database/poort"), 5432, 1, 65535, &config.warnings);
        config.database.name
            = ini.value(QStringLiteral("database/naam"), QStringLiteral("mapje")).toString();
        config.database.user
            = ini.value(QStringLiteral("database/gebruiker"), QStringLiteral("mapje")).toString();
        config.database.password = ini.value(QStringLiteral("database/wachtwoord")).toString();
    } else {
        if (kind != QLatin1String("sqlite"))
            config.warnings.append(
                QStringLiteral("database/soort: alleen sqlite of postgresql; sqlite gebruikt"));
        config.database.sqlitePath = ini.value(QStringLiteral("database/pad")).toString();
        if (config.database.sqlitePath.isEmpty())
            config.problems.append(QStringLiteral("database/pad ontbreekt"));
    }

    // The server secret lives in a file of its own (mode 0600), not in the INI.
    const QString secretPath = ini.value(QStringLiteral("geheimen/servergeheim")).toString();
    QFile secret(secretPath);
    if (secretPath.isEmpty() || !secret.open(QIODevice::ReadOnly))
        config.problems.append(QStringLiteral("geheimen/servergeheim: geen leesbaar bestand"));
    else
        config.serverSecret = secret.readAll().trimmed();
    if (!config.serverSecret.isEmpty() && config.serverSecret.size() < 32)
        config.problems.append(QStringLiteral("geheimen/servergeheim: minder dan 32 tekens"));

    // [medewerkers] naam = sha256 (hex) of that person's staff token; [zuilen] the same for
    // each lobby kiosk's token.
    config.staffTokenHashes = tokenHashes(path, QStringLiteral("medewerkers"), &config.warnings);
    config.kioskTokenHashes = tokenHashes(path, QStringLiteral("zuilen"), &config.warnings);
    return config;
}

} // namespace mapje::endpoint
