#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "handoff/qr/qrcodeimage.h"
#include "qrtestpictures.h"

using mapje::QrCodeImage;

namespace {

constexpr int Black = 0;
constexpr int White = 255;

/** What zbarimg, a decoder that shares no code with ours, reads in image. */
QString readByZbar(const QImage &image)
{
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("code.png"));
    if (!image.save(file))
        return QStringLiteral("(the PNG could not be saved)");
    QProcess zbar;
    zbar.start(
        QStringLiteral(MAPJE_ZBARIMG), {QStringLiteral("--raw"), QStringLiteral("-q"), file});
    if (!zbar.waitForFinished(30000) || zbar.exitCode() != 0)
        return QStringLiteral("(zbarimg failed: %1)").arg(zbar.exitCode());
    QByteArray text = zbar.readAllStandardOutput();
    if (text.endsWith('\n'))
        text.chop(1);
    return QString::fromUtf8(text);
}

/** The pixel where the code itself starts, inside the quiet zone and what was left over. */
int codeOffset(const QrCodeImage &code)
{
    const int scale = code.moduleScale();
    const int drawn = (code.modules() + 2 * QrCodeImage::QuietZone) * scale;
    return (code.image().width() - drawn) / 2 + QrCodeImage::QuietZone * scale;
}

} // namespace

/** The kiosk's code: one any camera app reads, sharp, with its white border. */
class TestQrCodeImage : public QObject {
    Q_OBJECT

private slots:
    void handOffLinkIsReadByAnIndependentDecoder()
    {
        const QString text = qrtest::handOffPayload();
        QCOMPARE(text.size(), 104);
        const QrCodeImage code = QrCodeImage::draw(text, 480);
        QCOMPARE(code.refusal(), QrCodeImage::Refusal::None);
        QVERIFY(code.reason().isEmpty());
        QCOMPARE(code.image().size(), QSize(480, 480));
        QCOMPARE(readByZbar(code.image()), text);
    }

    void everyModuleIsWholePixelsOfBlackOrWhite()
    {
        const QrCodeImage code = QrCodeImage::draw(qrtest::handOffPayload(), 480);
        // 104 bytes at level M need version 6 (at L version 5 would do): 41 modules, 49 with the
        // quiet zone, which fit 9 times in 480 pixels.
        QCOMPARE(code.modules(), 41);
        QCOMPARE(code.moduleScale(), 9);
        const QImage &image = code.image();
        const int scale = code.moduleScale();
        const int offset = codeOffset(code);
        for (int row = 0; row < code.modules(); ++row) {
            for (int column = 0; column < code.modules(); ++column) {
                const int colour
                    = qGray(image.pixel(offset + column * scale, offset + row * scale));
                QVERIFY2(colour == Black || colour == White, "a grey pixel: smoothed");
                for (int y = 0; y < scale; ++y)
                    for (int x = 0; x < scale; ++x)
                        QCOMPARE(qGray(image.pixel(
                                     offset + column * scale + x, offset + row * scale + y)),
                            colour);
            }
        }
    }

    void quietZoneIsFourWhiteModulesAtLeast()
    {
        const QrCodeImage code = QrCodeImage::draw(qrtest::handOffPayload(), 480);
        const QImage &image = code.image();
        const int offset = codeOffset(code);
        QVERIFY(offset >= QrCodeImage::QuietZone * code.moduleScale());
        const int end = offset + code.modules() * code.moduleScale();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const bool inCode = x >= offset && x < end && y >= offset && y < end;
                if (!inCode)
                    QCOMPARE(qGray(image.pixel(x, y)), White);
            }
        }
        // The finder patterns' outer corners are dark: the code reaches its edges.
        QCOMPARE(qGray(image.pixel(offset, offset)), Black);
        QCOMPARE(qGray(image.pixel(end - 1, offset)), Black);
        QCOMPARE(qGray(image.pixel(offset, end - 1)), Black);
    }

    void levelMHoldsAtMost2331Bytes()
    {
        // Version 40 at level M holds 2331 bytes (level L would hold 2953).
        const QString most(2331, QLatin1Char('x'));
        const QrCodeImage largest = QrCodeImage::draw(most, 740);
        QCOMPARE(largest.refusal(), QrCodeImage::Refusal::None);
        QCOMPARE(largest.modules(), 177);
        QCOMPARE(largest.moduleScale(), 4);

        const QrCodeImage tooLong = QrCodeImage::draw(most + QLatin1Char('x'), 740);
        QCOMPARE(tooLong.refusal(), QrCodeImage::Refusal::TooLong);
        QVERIFY(tooLong.image().isNull());
        QVERIFY(tooLong.reason().contains(QStringLiteral("2332")));
        QCOMPARE(tooLong.modules(), 0);
    }

    void tooFewPixelsAreRefused()
    {
        // 41 modules and the quiet zone need 49 pixels at one pixel a module.
        QCOMPARE(QrCodeImage::draw(qrtest::handOffPayload(), 49).moduleScale(), 1);
        const QrCodeImage small = QrCodeImage::draw(qrtest::handOffPayload(), 48);
        QCOMPARE(small.refusal(), QrCodeImage::Refusal::TooSmall);
        QVERIFY(small.image().isNull());
        QVERIFY(!small.reason().isEmpty());
    }

    void nothingToEncodeIsRefused()
    {
        QCOMPARE(QrCodeImage::draw(QString(), 480).refusal(), QrCodeImage::Refusal::EmptyText);
        const QrCodeImage cut = QrCodeImage::draw(QStringLiteral("abc") + QChar::Null, 480);
        QCOMPARE(cut.refusal(), QrCodeImage::Refusal::Failed);
        QVERIFY(cut.image().isNull());
    }
};

QTEST_GUILESS_MAIN(TestQrCodeImage)
#include "tst_qrcodeimage.moc"
