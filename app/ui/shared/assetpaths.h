#pragma once

#include <QString>
#include <QUrl>

namespace mapje {

/** Where the pictures of assets/ live inside the QML module's resources. */
namespace AssetPaths {
inline QUrl domainIcon(const QString &domainId)
{
    return QUrl(QStringLiteral("qrc:/Mapje/assets/domains/%1.svg").arg(domainId));
}
inline QUrl face(const QString &feelingKey)
{
    return QUrl(QStringLiteral("qrc:/Mapje/assets/faces/%1.svg").arg(feelingKey));
}
inline QUrl fiche(const QString &perspectiveKindKey)
{
    return QUrl(QStringLiteral("qrc:/Mapje/assets/perspectives/%1.svg").arg(perspectiveKindKey));
}
} // namespace AssetPaths

} // namespace mapje
