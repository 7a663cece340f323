#include "ui/shared/assetsvgprovider.h"

#include <QPainter>
#include <QQmlEngine>
#include <QSvgRenderer>

namespace mapje {

namespace {
const QString kProviderId = QStringLiteral("mapjeassets");
const QString kAssets = QStringLiteral("qrc:/Mapje/assets/");
} // namespace

AssetSvgProvider::AssetSvgProvider()
    : QQuickImageProvider(QQuickImageProvider::Image, ForceAsynchronousImageLoading)
{
}

void AssetSvgProvider::install(QQmlEngine &engine)
{
    auto *provider = new AssetSvgProvider;
    engine.addImageProvider(kProviderId, provider);
    engine.addUrlInterceptor(provider);
}

QImage AssetSvgProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QSvgRenderer renderer(QStringLiteral(":/Mapje/assets/") + id);
    if (!renderer.isValid())
        return {};
    // As Qt's SVG reader: the picture's own size, or the asked size with the picture's shape.
    QSize pixels = renderer.defaultSize();
    if (requestedSize.width() > 0 && requestedSize.height() > 0)
        pixels.scale(requestedSize, Qt::KeepAspectRatio);
    else if (requestedSize.width() > 0)
        pixels.scale(requestedSize.width(), 0, Qt::KeepAspectRatioByExpanding);
    else if (requestedSize.height() > 0)
        pixels.scale(0, requestedSize.height(), Qt::KeepAspectRatioByExpanding);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    if (size)
        *size = renderer.defaultSize();
    return image;
}

QUrl AssetSvgProvider::intercept(const QUrl &url, DataType type)
{
    if (type != UrlString || url.scheme() != QLatin1String("qrc"))
        return url;
    const QString text = url.toString();
    if (!text.startsWith(kAssets) || !text.endsWith(QLatin1String(".svg")))
        return url;
    return QUrl(
        QStringLiteral("image://") + kProviderId + QLatin1Char('/') + text.mid(kAssets.size()));
}

} // namespace mapje
