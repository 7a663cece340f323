#include "export/mapjefaces.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>

namespace mapje {

QImage MapjeFaces::render(const QString &faceKey, int pixels)
{
    // Only plain keys: a key never becomes a path somewhere else.
    static const QRegularExpression plainKey(QStringLiteral("^[a-z]+$"));
    if (pixels <= 0 || !plainKey.match(faceKey).hasMatch())
        return {};
    const QString path = QStringLiteral(":/Mapje/assets/faces/%1.svg").arg(faceKey);
    if (!QFile::exists(path))
        return {};
    QSvgRenderer renderer(path);
    if (!renderer.isValid())
        return {};
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, pixels, pixels));
    return image;
}

QUrl MapjeFaces::resourceName(const QString &faceKey)
{
    return QUrl(QStringLiteral("mapje-face:%1").arg(faceKey));
}

} // namespace mapje
