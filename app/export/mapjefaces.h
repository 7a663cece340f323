#pragma once

#include <QImage>
#include <QString>
#include <QUrl>

namespace mapje {

/**
 * The face pictures beside the feeling words. They come from the app's own resources
 * (":/Mapje/assets/faces/<key>.svg") and are drawn once at print resolution. A missing picture
 * is simply left out: the words always say the same.
 */
class MapjeFaces {
public:
    /** The picture drawn as a square of pixels; a null image when there is none for this key. */
    [[nodiscard]] static QImage render(const QString &faceKey, int pixels);
    /** The name under which the document keeps the picture of this face. */
    [[nodiscard]] static QUrl resourceName(const QString &faceKey);
};

} // namespace mapje
