#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <cstring>

#include "handoff/qr/qrcodeimage.h"
#include "qrtestpictures.h"
#include "ui/handoff/qrscanner.h"

using mapje::QrScanner;

namespace {

/** A camera's frame in colour (BGRA in memory), as Qt 6.4 has no frame made from a QImage. */
QVideoFrame colourFrameOf(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(
        argb.size(), QVideoFrameFormat::pixelFormatFromImageFormat(argb.format())));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < argb.height(); ++y)
        std::memcpy(
            frame.bits(0) + y * frame.bytesPerLine(0), argb.constScanLine(y), argb.width() * 4);
    frame.unmap();
    return frame;
}

/** The same picture as most cameras give it: NV12, brightness first, then colour at half size. */
QVideoFrame nv12FrameOf(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_NV12));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), grey.width());
    std::memset(frame.bits(1), 128, frame.mappedBytes(1)); // no colour
    frame.unmap();
    return frame;
}

QImage codeOf(const QString &text)
{
    return mapje::QrCodeImage::draw(text, 480).image();
}

QImage blank()
{
    QImage white(640, 480, QImage::Format_RGB32);
    white.fill(Qt::white);
    return white;
}

/** A camera's sink with a scanner reading it, and what the scanner says. */
struct ScannedSink {
    QVideoSink sink;
    QrScanner scanner;
    QSignalSpy found {&scanner, &QrScanner::found};
    QSignalSpy busy {&scanner, &QrScanner::busyChanged};

    ScannedSink() { scanner.setVideoSink(&sink); }

    /** Waits until the read that busy says is under way has ended. */
    [[nodiscard]] bool readEnds()
    {
        return QTest::qWaitFor([this] { return !scanner.busy(); }, 10000);
    }

    /** Shows frame once the scanner's interval between reads has passed, so it is read. */
    void showAfterInterval(const QVideoFrame &frame)
    {
        QTest::qWait(static_cast<int>(QrScanner::FrameInterval.count()) + 50);
        sink.setVideoFrame(frame);
    }

    [[nodiscard]] QString firstFound() const { return found.value(0).value(0).toString(); }
};

} // namespace

/** The camera's side of the hand-off: frames in, the kiosk's text out, the GUI thread kept free. */
class TestQrScanner : public QObject {
    Q_OBJECT

private slots:
    void findsTheCodeOnceHoweverManyFramesShowIt()
    {
        ScannedSink camera;
        QCOMPARE(camera.scanner.videoSink(), &camera.sink);
        QCOMPARE(camera.scanner.lastError(), QString());

        const QString text = qrtest::handOffPayload();
        const QImage picture = qrtest::photoLike(codeOf(text));
        camera.sink.setVideoFrame(colourFrameOf(picture));
        QTRY_COMPARE_WITH_TIMEOUT(camera.found.count(), 1, 10000);
        QCOMPARE(camera.firstFound(), text);

        // Three more frames of the same code: each is read (busy goes on and off), none found
        // again. Each is a new frame, as a camera's are (a sink passes the same frame on once).
        for (int i = 0; i < 3; ++i) {
            QVERIFY(camera.readEnds());
            camera.showAfterInterval(colourFrameOf(picture));
            QVERIFY(camera.scanner.busy());
        }
        QVERIFY(camera.readEnds());
        QCOMPARE(camera.busy.count(), 8);
        QCOMPARE(camera.found.count(), 1);

        // After a failed hand-off the page may ask for the same code again.
        camera.scanner.forgetFound();
        camera.showAfterInterval(colourFrameOf(picture));
        QTRY_COMPARE_WITH_TIMEOUT(camera.found.count(), 2, 10000);
    }

    void readsTheBrightnessOfAYuvFrame()
    {
        ScannedSink camera;
        const QString text = qrtest::handOffPayload();
        camera.sink.setVideoFrame(nv12FrameOf(qrtest::photoLike(codeOf(text))));
        QTRY_COMPARE_WITH_TIMEOUT(camera.found.count(), 1, 10000);
        QCOMPARE(camera.firstFound(), text);
    }

    void blankFrameFindsNothing()
    {
        ScannedSink camera;
        camera.sink.setVideoFrame(colourFrameOf(qrtest::photoLike(blank())));
        QVERIFY(camera.scanner.busy());
        QVERIFY(camera.readEnds());
        QCOMPARE(camera.busy.count(), 2); // it was read
        QCOMPARE(camera.found.count(), 0);
    }

    void framesBetweenReadsAreLeftAlone()
    {
        ScannedSink camera;
        const QImage code = codeOf(qrtest::handOffPayload());
        QElapsedTimer sinceFirst; // started before the scanner's own clock
        sinceFirst.start();
        camera.sink.setVideoFrame(colourFrameOf(blank()));
        // A camera's next frames, a thirtieth of a second apart, within the interval: left alone.
        int sent = 0;
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(33);
            if (sinceFirst.elapsed() >= QrScanner::FrameInterval.count() - 20)
                break;
            camera.sink.setVideoFrame(colourFrameOf(code));
            ++sent;
        }
        QVERIFY2(sent >= 2, "the machine was too slow to send frames within the interval");
        QVERIFY(camera.readEnds());
        QTest::qWait(200);
        QCOMPARE(camera.found.count(), 0);
        // Once the interval has passed, the next frame is read.
        camera.showAfterInterval(colourFrameOf(code));
        QTRY_COMPARE_WITH_TIMEOUT(camera.found.count(), 1, 10000);
    }

    void readingLeavesTheGuiThreadFree()
    {
        ScannedSink camera;
        QThread *foundOn = nullptr;
        connect(
            &camera.scanner, &QrScanner::found, this, [&] { foundOn = QThread::currentThread(); });
        // A full-HD frame in colour: turning it grey and finding the code take a while.
        const QString text = qrtest::handOffPayload();
        const QVideoFrame frame = colourFrameOf(qrtest::photoLike(codeOf(text), {1920, 1080}));
        // A first read, so the pool's thread is there already, as it is while a camera runs.
        camera.sink.setVideoFrame(colourFrameOf(blank()));
        QVERIFY(camera.readEnds());
        QTest::qWait(static_cast<int>(QrScanner::FrameInterval.count()) + 50);

        QElapsedTimer timer;
        timer.start();
        camera.sink.setVideoFrame(frame);
        const qint64 handOver = timer.nsecsElapsed();
        // The frame was only handed over: nothing found yet, the read under way elsewhere.
        QCOMPARE(camera.found.count(), 0);
        QVERIFY(camera.scanner.busy());
        QTRY_COMPARE_WITH_TIMEOUT(camera.found.count(), 1, 10000);
        const qint64 read = timer.nsecsElapsed();
        qInfo("frame handed over in %.2f ms, its text found after %.1f ms", handOver / 1e6,
            read / 1e6);
        // Handing over takes a sliver of the reading, whatever the machine's speed.
        QVERIFY2(handOver * 5 < read, "the GUI thread waited for the frame to be read");
        QCOMPARE(camera.firstFound(), text);
        QCOMPARE(foundOn, QThread::currentThread()); // said on the GUI thread, for QML
    }

    void somethingElseThanASinkIsSaid()
    {
        QrScanner scanner;
        QSignalSpy error(&scanner, &QrScanner::lastErrorChanged);
        QObject notASink;
        scanner.setVideoSink(&notASink);
        QCOMPARE(scanner.lastError(), QStringLiteral("videoSink is a QObject, not a QVideoSink"));
        QCOMPARE(error.count(), 1);
        scanner.setVideoSink(nullptr);
        QCOMPARE(scanner.lastError(), QString());
    }

    void aSinkThatGoesStopsTheReading()
    {
        QrScanner scanner;
        QSignalSpy changed(&scanner, &QrScanner::videoSinkChanged);
        {
            QVideoSink sink;
            scanner.setVideoSink(&sink);
            sink.setVideoFrame(colourFrameOf(codeOf(qrtest::handOffPayload())));
            QVERIFY(scanner.busy());
        }
        QCOMPARE(scanner.videoSink(), nullptr);
        QCOMPARE(changed.count(), 2);
        QVERIFY(!scanner.busy());
        // The read that was under way ends without a word to the scanner.
        QSignalSpy found(&scanner, &QrScanner::found);
        QTest::qWait(1000);
        QCOMPARE(found.count(), 0);
    }
};

QTEST_MAIN(TestQrScanner)
#include "tst_qrscanner.moc"
