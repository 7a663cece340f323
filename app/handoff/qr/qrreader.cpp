#include "handoff/qr/qrreader.h"

// zxing-cpp 1.4 gives the text as UTF-8 only with this; without it, as a wide string.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

namespace mapje {

QString QrReader::read(const QImage &image)
{
    if (image.isNull())
        return {};
    // The reader looks at brightness only; a grey copy also fixes the layout of the pixels.
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
        ZXing::ImageFormat::Lum, static_cast<int>(grey.bytesPerLine()));

    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    // A photo, not a clean picture: look harder, also turned a quarter, and in smaller copies of
    // a large frame, where the code's edges are sharper. The local-average binariser copes with
    // a screen that is lighter on one side.
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    hints.setBinarizer(ZXing::Binarizer::LocalAverage);
    hints.setMaxNumberOfSymbols(1);

    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return QString::fromStdString(result.text());
}

} // namespace mapje
