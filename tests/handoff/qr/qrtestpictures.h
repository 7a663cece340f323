#pragma once

#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QString>

// Pictures the QR tests share: a real hand-off's text, and what a phone's camera makes of a code.
namespace qrtest {

/** A kiosk's hand-off link as the kiosk shows it: the endpoint, the short code, and a 32-byte
 * key in base64url (43 characters), fixed so a failure can be repeated. */
inline QString handOffPayload()
{
    QByteArray key;
    QRandomGenerator random(2024);
    for (int i = 0; i < 32; ++i)
        key.append(static_cast<char>(random.bounded(256)));
    const QByteArray encoded
        = key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QStringLiteral("mapje://zuil?u=https%3A%2F%2Fmapje.voorbeeld.nl&c=ABCD2345&k=")
        + QString::fromLatin1(encoded);
}

/** code as a camera might see a kiosk's screen: 0.7 times the size, turned 5 degrees, on a grey
 * wall off the middle of a larger frame, smoothed, in grey, with less contrast and some noise. */
inline QImage photoLike(const QImage &code, QSize frame = {1280, 720})
{
    QImage photo(frame, QImage::Format_RGB32);
    photo.fill(QColor(150, 150, 140));
    {
        QPainter painter(&photo);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(frame.width() * 0.45, frame.height() * 0.55);
        painter.rotate(5);
        painter.scale(0.7, 0.7);
        painter.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0), code);
    }
    QImage grey = photo.convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator noise(7);
    for (int y = 0; y < grey.height(); ++y) {
        uchar *line = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            const int dull = 40 + line[x] * 170 / 255; // a screen's black is never black
            line[x] = static_cast<uchar>(qBound(0, dull + noise.bounded(-24, 25), 255));
        }
    }
    return grey;
}

} // namespace qrtest
