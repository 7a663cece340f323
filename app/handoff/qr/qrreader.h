#pragma once

#include <QImage>
#include <QString>

namespace mapje {

/**
 * Finds a QR code in a picture and gives its text, with zxing-cpp (docs/decisions/
 * qr-code-libraries.md). Meant for a camera's frame of a kiosk's screen: the code may be small,
 * a little turned, grey, unsharp or noisy. Reads QR codes only, so a barcode on a letter in view
 * is never taken for the kiosk's code. Safe to call from any thread.
 */
class QrReader {
public:
    /** The text of a QR code in image; empty when there is none it can read. */
    [[nodiscard]] static QString read(const QImage &image);
};

} // namespace mapje
