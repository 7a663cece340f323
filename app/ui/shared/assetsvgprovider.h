#pragma once

#include <QQmlAbstractUrlInterceptor>
#include <QQuickImageProvider>

class QQmlEngine;

namespace mapje {

/**
 * Draws the SVG pictures of assets/ (qrc:/Mapje/assets/…) for Image items with Qt SVG directly.
 * Qt Quick reads any other picture through QImageReader, and the first such read asks for every
 * image format there is, which loads every image-format plugin (Qt PDF's among them) while the
 * first page is being drawn. An image provider is never asked that, so the engine's URL
 * interceptor sends the assets' SVGs here; the picture is the same, drawn off the GUI thread.
 */
class AssetSvgProvider : public QQuickImageProvider, public QQmlAbstractUrlInterceptor {
public:
    AssetSvgProvider();

    /** Gives engine the provider and the interceptor; the engine owns the provider. */
    static void install(QQmlEngine &engine);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
    QUrl intercept(const QUrl &url, DataType type) override;
};

} // namespace mapje
