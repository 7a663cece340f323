#include "handoff/qr/qrcodeimage.h"

#include <cerrno>
#include <cstring>
#include <memory>
#include <qrencode.h>

namespace mapje {

namespace {

struct QrCodeFree {
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrCodePointer = std::unique_ptr<QRcode, QrCodeFree>;

constexpr uchar Black = 0;
constexpr uchar White = 255;

} // namespace

QrCodeImage QrCodeImage::refused(Refusal refusal, const QString &reason)
{
    QrCodeImage result;
    result.m_refusal = refusal;
    result.m_reason = reason;
    return result;
}

QrCodeImage QrCodeImage::draw(const QString &text, int pixels)
{
    if (text.isEmpty())
        return refused(Refusal::EmptyText, QStringLiteral("there is no text to encode"));
    // libqrencode reads a C string: a NUL inside would silently cut the text short.
    if (text.contains(QChar::Null))
        return refused(Refusal::Failed, QStringLiteral("the text holds a NUL character"));

    const QByteArray utf8 = text.toUtf8();
    errno = 0;
    // Version 0: the smallest symbol that holds the text. Case-sensitive, 8-bit by default, with
    // digits and capitals in their denser modes where that makes the code smaller.
    const QrCodePointer code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        if (errno == ERANGE)
            return refused(Refusal::TooLong,
                QStringLiteral("%1 bytes do not fit in a QR code at level M").arg(utf8.size()));
        return refused(Refusal::Failed,
            QStringLiteral("libqrencode failed: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    }

    const int modules = code->width;
    const int withQuietZone = modules + 2 * QuietZone;
    const int scale = pixels / withQuietZone;
    if (scale < 1)
        return refused(Refusal::TooSmall,
            QStringLiteral("%1 modules need at least %2 pixels, not %3")
                .arg(modules)
                .arg(withQuietZone)
                .arg(pixels));

    QImage image(pixels, pixels, QImage::Format_Grayscale8);
    image.fill(White);
    // What is left after whole modules widens the white border; split so the code stays centred.
    const int offset = (pixels - withQuietZone * scale) / 2 + QuietZone * scale;
    // Module by module into the pixels themselves: no painter, so no edge is ever smoothed.
    for (int row = 0; row < modules; ++row) {
        for (int column = 0; column < modules; ++column) {
            // Bit 0 of each byte is the module's colour; the others say what kind of module it is.
            if ((code->data[row * modules + column] & 1) == 0)
                continue;
            for (int y = 0; y < scale; ++y) {
                uchar *line = image.scanLine(offset + row * scale + y);
                std::memset(line + offset + column * scale, Black, scale);
            }
        }
    }

    QrCodeImage result;
    result.m_image = image;
    result.m_modules = modules;
    result.m_moduleScale = scale;
    return result;
}

} // namespace mapje
