#include "sync/engine/syncconfig.h"

#include "sync/client/transportpolicy.h"

#include <QFileInfo>
#include <QSettings>

namespace mapje {

std::optional<SyncConfig> SyncConfig::read(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return std::nullopt;
    QSettings file(path, QSettings::IniFormat);
    file.beginGroup(QStringLiteral("gemeente"));
    SyncConfig config;
    config.municipality = file.value(QStringLiteral("naam")).toString().trimmed();
    config.endpoint = QUrl(file.value(QStringLiteral("adres")).toString().trimmed());
    // QSettings reads "a, b" as a list and "a" as one string.
    const QVariant keys = file.value(QStringLiteral("sleutels"));
    QStringList keyTexts = keys.toStringList();
    if (keyTexts.isEmpty() && !keys.toString().isEmpty())
        keyTexts = {keys.toString()};
    for (const QString &key : std::as_const(keyTexts)) {
        const QByteArray digest = QByteArray::fromBase64(key.trimmed().toLatin1());
        if (digest.size() != 32)
            return std::nullopt; // a wrong pin would lock the door for good: refuse the file
        config.pinnedKeys.append(digest);
    }
    if (config.municipality.isEmpty() || !config.endpoint.isValid()
        || !TransportPolicy::allows(config.endpoint))
        return std::nullopt;
    return config;
}

} // namespace mapje
