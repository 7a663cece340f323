#include <QPainter>
#include <QTest>

#define ZX_USE_UTF8
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include "handoff/qr/qrcodeimage.h"
#include "handoff/qr/qrreader.h"
#include "qrtestpictures.h"

using mapje::QrCodeImage;
using mapje::QrReader;

namespace {

QImage codeOf(const QString &text, int pixels = 480)
{
    return QrCodeImage::draw(text, pixels).image();
}

/** A barcode of another kind, drawn by zxing-cpp's own writer. */
QImage otherBarcode(ZXing::BarcodeFormat format, const QString &text)
{
    const ZXing::BitMatrix bits
        = ZXing::MultiFormatWriter(format).setMargin(10).encode(text.toStdWString(), 400, 400);
    QImage image(bits.width(), bits.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < bits.height(); ++y)
        for (int x = 0; x < bits.width(); ++x)
            image.scanLine(y)[x] = bits.get(x, y) ? 0 : 255;
    return image;
}

} // namespace

/** The phone's side: the kiosk's code read from a clean picture and from a camera-like one. */
class TestQrReader : public QObject {
    Q_OBJECT

private slots:
    void readsTheDrawnCodeExactly()
    {
        const QString text = qrtest::handOffPayload();
        QCOMPARE(QrReader::read(codeOf(text)), text);
    }

    void readsUtf8Text()
    {
        const QString text = QStringLiteral("Gemeente ’s-Hertogenbosch — één afspraak, 12 €");
        QCOMPARE(QrReader::read(codeOf(text)), text);
    }

    void readsWhatACameraSees()
    {
        const QString text = qrtest::handOffPayload();
        const QImage photo = qrtest::photoLike(codeOf(text));
        QCOMPARE(photo.format(), QImage::Format_Grayscale8);
        QCOMPARE(QrReader::read(photo), text);
        // The same in colour, as a frame converted by Qt Multimedia comes.
        QCOMPARE(QrReader::read(photo.convertToFormat(QImage::Format_ARGB32)), text);
    }

    void readsACodeTurnedOnItsSide()
    {
        const QString text = qrtest::handOffPayload();
        const QImage turned = codeOf(text).transformed(QTransform().rotate(90));
        QCOMPARE(QrReader::read(turned), text);
    }

    void findsNothingWithoutACode()
    {
        QCOMPARE(QrReader::read(QImage()), QString());
        // A camera-like frame of a wall with dark squares and stripes on it, and no code.
        QImage wall(300, 300, QImage::Format_RGB32);
        wall.fill(Qt::white);
        {
            QPainter painter(&wall);
            painter.fillRect(QRect(30, 30, 70, 70), Qt::black);
            painter.fillRect(QRect(200, 30, 70, 70), Qt::black);
            for (int x = 30; x < 270; x += 12)
                painter.fillRect(QRect(x, 200, 6, 60), Qt::black);
        }
        QCOMPARE(QrReader::read(qrtest::photoLike(wall)), QString());
    }

    void readsQrCodesOnly()
    {
        // A barcode of another kind holding the same text is not taken for the kiosk's code.
        const QString text = QStringLiteral("mapje://zuil?c=ABCD2345");
        const QImage dataMatrix = otherBarcode(ZXing::BarcodeFormat::DataMatrix, text);
        QVERIFY(!dataMatrix.isNull());
        QCOMPARE(QrReader::read(dataMatrix), QString());
        // It is a readable barcode: zxing-cpp finds it when any kind will do.
        const ZXing::ImageView view(dataMatrix.constBits(), dataMatrix.width(), dataMatrix.height(),
            ZXing::ImageFormat::Lum, static_cast<int>(dataMatrix.bytesPerLine()));
        QCOMPARE(QString::fromStdString(ZXing::ReadBarcode(view).text()), text);
    }
};

QTEST_GUILESS_MAIN(TestQrReader)
#include "tst_qrreader.moc"
