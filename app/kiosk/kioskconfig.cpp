#include "kiosk/kioskconfig.h"

#include "kiosk/adminpin.h"
#include "sync/client/transportpolicy.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace mapje {

namespace {
constexpr qint64 MaxTokenBytes = 512;

/** QSettings reads "a, b" as a list; a value with commas (an Argon2id hash) is one text. */
QString text(const QSettings &ini, const QString &key)
{
    const QVariant value = ini.value(key);
    if (value.userType() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(',')).trimmed();
    return value.toString().trimmed();
}

QStringList list(const QSettings &ini, const QString &key)
{
    QStringList items;
    for (const QString &item : text(ini, key).split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

int seconds(
    const QSettings &ini, const QString &key, int fallback, int min, int max, QStringList *warnings)
{
    if (!ini.contains(key))
        return fallback;
    bool ok = false;
    const int value = text(ini, key).toInt(&ok);
    if (ok && value >= min && value <= max)
        return value;
    warnings->append(QStringLiteral("%1: geen aantal seconden tussen %2 en %3; %4 gebruikt")
                         .arg(key)
                         .arg(min)
                         .arg(max)
                         .arg(fallback));
    return fallback;
}

void readLanguages(const QSettings &ini, KioskConfig *config)
{
    const QStringList known = KioskConfig::knownLanguages();
    for (const QString &code : list(ini, QStringLiteral("talen/aangeboden"))) {
        const QString lower = code.toLower();
        if (!known.contains(lower))
            config->warnings.append(
                QStringLiteral("talen/aangeboden: taal \"%1\" kent Mapje niet; weggelaten")
                    .arg(code));
        else if (!config->languages.contains(lower))
            config->languages.append(lower);
    }
    if (config->languages.isEmpty()) {
        if (ini.contains(QStringLiteral("talen/aangeboden")))
            config->warnings.append(
                QStringLiteral("talen/aangeboden: geen bekende taal; alle talen aangeboden"));
        config->languages = known;
    }
}

void readLogo(const QSettings &ini, KioskConfig *config)
{
    const QString logo = text(ini, QStringLiteral("gemeente/logo"));
    if (logo.isEmpty())
        return;
    const QFileInfo file(logo);
    const QString suffix = file.suffix().toLower();
    if (!file.isFile() || !file.isReadable()
        || (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))) {
        config->warnings.append(
            QStringLiteral("gemeente/logo: geen leesbaar SVG- of PNG-bestand op %1; geen logo")
                .arg(logo));
        return;
    }
    config->logoPath = file.absoluteFilePath();
}

void readEndpoint(const QSettings &ini, KioskConfig *config)
{
    const QString address = text(ini, QStringLiteral("eindpunt/adres"));
    if (address.isEmpty())
        return; // no hand-off, no sharing: a kiosk that only prints
    SyncConfig endpoint;
    endpoint.municipality = config->municipality;
    endpoint.endpoint = QUrl(address);
    if (!endpoint.endpoint.isValid() || !TransportPolicy::allows(endpoint.endpoint)) {
        config->warnings.append(
            QStringLiteral("eindpunt/adres: %1 is geen https-adres; geen overdracht en geen delen")
                .arg(address));
        return;
    }
    for (const QString &pin : list(ini, QStringLiteral("eindpunt/sleutels"))) {
        const QByteArray digest = QByteArray::fromBase64(pin.toLatin1());
        if (digest.size() != 32) {
            // A wrong pin would refuse the real endpoint: rather nothing than a door that jams.
            config->warnings.append(QStringLiteral("eindpunt/sleutels: \"%1\" is geen SHA-256 in "
                                                   "base64; geen overdracht en geen delen")
                                        .arg(pin));
            return;
        }
        endpoint.pinnedKeys.append(digest);
    }
    config->endpoint = endpoint;

    const QString tokenFile = text(ini, QStringLiteral("eindpunt/zuiltoken"));
    QFile token(tokenFile);
    if (tokenFile.isEmpty() || !token.open(QIODevice::ReadOnly) || token.size() > MaxTokenBytes) {
        config->warnings.append(QStringLiteral(
            "eindpunt/zuiltoken: geen leesbaar bestand met de token; geen overdracht naar een "
            "telefoon"));
        return;
    }
    config->kioskToken = token.read(MaxTokenBytes).trimmed();
    if (config->kioskToken.isEmpty())
        config->warnings.append(
            QStringLiteral("eindpunt/zuiltoken: het bestand is leeg; geen overdracht naar een "
                           "telefoon"));
}
} // namespace

QStringList KioskConfig::knownLanguages()
{
    return {QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("tr"),
        QStringLiteral("pl"), QStringLiteral("uk")};
}

KioskConfig KioskConfig::read(const QString &path)
{
    KioskConfig config;
    config.languages = knownLanguages();
    if (path.isEmpty() || !QFileInfo(path).isFile() || !QFileInfo(path).isReadable()) {
        config.refusal = QStringLiteral(
            "geen leesbaar kioskbestand op %1; zie docs/kiosk.md en scripts/install-kiosk.sh")
                             .arg(path);
        return config;
    }
    const QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        config.refusal = QStringLiteral("%1 is geen leesbaar INI-bestand").arg(path);
        return config;
    }
    config.municipality = text(ini, QStringLiteral("gemeente/naam"));
    if (config.municipality.isEmpty()) {
        config.warnings.append(QStringLiteral("gemeente/naam ontbreekt; \"Gemeente\" gebruikt"));
        config.municipality = QStringLiteral("Gemeente");
    }
    readLogo(ini, &config);
    config.languages.clear();
    readLanguages(ini, &config);
    config.idleSeconds = seconds(
        ini, QStringLiteral("tijden/stilSeconden"), DefaultIdleSeconds, 30, 600, &config.warnings);
    config.countdownSeconds = seconds(ini, QStringLiteral("tijden/aftelSeconden"),
        DefaultCountdownSeconds, 10, 120, &config.warnings);
    const QString printer = text(ini, QStringLiteral("printer/naam"));
    config.printing = printer.compare(QLatin1String("geen"), Qt::CaseInsensitive) != 0;
    config.printerName = config.printing ? printer : QString();
    readEndpoint(ini, &config);
    config.adminPinHash = text(ini, QStringLiteral("beheer/pincode")).toLatin1();
    if (!AdminPin::isHash(config.adminPinHash)) {
        config.refusal = QStringLiteral(
            "beheer/pincode is leeg of geen Argon2id-hash: zonder beheerpincode kan niemand de "
            "kiosk verlaten. Maak er een met: mapje --kiosk-hash-pin");
        config.adminPinHash.clear();
    }
    return config;
}

} // namespace mapje
