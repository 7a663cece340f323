#pragma once

#include <QImage>
#include <QString>

namespace mapje {

/**
 * A QR code as a picture the kiosk can show for a phone's camera: error correction level M (a
 * screen seen at an angle or with a glare still reads), a quiet zone of 4 modules, black on white,
 * every module the same whole number of pixels, never smoothed, so a camera sees sharp edges.
 * Drawn by libqrencode, which is loaded on the first drawing (docs/decisions/qr-code-libraries.md).
 */
class QrCodeImage {
public:
    /** Why no picture was drawn; the page says it in its own words. */
    enum class Refusal { None, EmptyText, TooLong, TooSmall, Failed };

    /** The white border around the code, in modules, that a reader needs to find it. */
    static constexpr int QuietZone = 4;

    /** text as a square picture of exactly pixels × pixels: the largest whole number of pixels
     * per module that fits, the few pixels left over added to the white border. */
    [[nodiscard]] static QrCodeImage draw(const QString &text, int pixels);

    /** Empty when refused. */
    [[nodiscard]] const QImage &image() const { return m_image; }
    [[nodiscard]] Refusal refusal() const { return m_refusal; }
    /** Why it was refused, for the log (not translated); empty when drawn. */
    [[nodiscard]] const QString &reason() const { return m_reason; }
    /** Modules on a side of the code itself, without the quiet zone; 0 when refused. */
    [[nodiscard]] int modules() const { return m_modules; }
    /** Pixels on a side of one module; 0 when refused. */
    [[nodiscard]] int moduleScale() const { return m_moduleScale; }

private:
    static QrCodeImage refused(Refusal refusal, const QString &reason);

    QImage m_image;
    Refusal m_refusal = Refusal::None;
    QString m_reason;
    int m_modules = 0;
    int m_moduleScale = 0;
};

} // namespace mapje
