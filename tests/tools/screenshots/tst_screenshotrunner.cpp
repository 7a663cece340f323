#include <QDir>
#include <QImage>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include "screenshots/screenshotrunner.h"

using mapje::ScreenshotRunner;

Q_IMPORT_QML_PLUGIN(MapjePlugin)

/** ScreenshotRunner: the --screenshots mode writes every main screen, at both sizes, really drawn.
 */
class TestScreenshotRunner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
    }

    void writesEveryScreenAtBothSizes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString output = dir.filePath(QStringLiteral("shots/nieuw"));
        ScreenshotRunner runner(output);
        QCOMPARE(runner.run(), 0);

        const QStringList screens {QStringLiteral("welcome"), QStringLiteral("choose-pin"),
            QStringLiteral("home"), QStringLiteral("unlock"), QStringLiteral("wrong-pin"),
            QStringLiteral("wrong-pin-wait"), QStringLiteral("forgot-pin")};
        // The board pages come in the calm and the high-contrast palette.
        QStringList boardScreens;
        for (const char *board : {"board-empty", "board-choose", "board-filled", "board-feelings",
                 "board-order", "board-history"}) {
            boardScreens << QString::fromLatin1(board)
                         << QString::fromLatin1(board) + QStringLiteral("-contrast");
        }
        QStringList languageScreens;
        for (const char *language : {"nl", "ar", "uk"}) {
            languageScreens
                << QStringLiteral("language-%1-board").arg(QLatin1String(language))
                << QStringLiteral("language-%1-explanation").arg(QLatin1String(language));
        }
        const QStringList planScreens {QStringLiteral("goals"), QStringLiteral("goal"),
            QStringLiteral("checkins"), QStringLiteral("checkin"), QStringLiteral("reminders"),
            QStringLiteral("calendar"), QStringLiteral("checkin-due"),
            QStringLiteral("checkin-flow"), QStringLiteral("checkin-flow-goals"),
            QStringLiteral("timeline"), QStringLiteral("mapje-compose"),
            QStringLiteral("mapje-show"), QStringLiteral("mapje-show-next"),
            QStringLiteral("mapje-preview"), QStringLiteral("appointments"),
            QStringLiteral("appointment-when"), QStringLiteral("appointment-questions"),
            QStringLiteral("appointment-bring"), QStringLiteral("rights"),
            QStringLiteral("appointment-after")};
        const QStringList allScreens = screens + boardScreens + languageScreens + planScreens;
        const QList<QSize> sizes {{360, 640}, {1920, 1080}};
        // A conversation is also shot on a laptop, where people sit around it.
        QStringList conversationScreens;
        for (const char *screen : {"begin", "who", "rules", "board", "turned", "pause", "domain",
                 "card", "largeprint", "closing", "agreements", "summary", "past"})
            conversationScreens << QStringLiteral("conversation-") + QString::fromLatin1(screen);
        const QList<QSize> conversationSizes {{360, 640}, {1280, 800}, {1920, 1080}};

        QStringList expected;
        const auto expect = [&expected](const QStringList &names, const QList<QSize> &atSizes) {
            for (const QSize size : atSizes) {
                for (const QString &screen : names)
                    expected << QStringLiteral("%1-%2x%3.png")
                                    .arg(screen)
                                    .arg(size.width())
                                    .arg(size.height());
            }
        };
        expect(allScreens, sizes);
        expect(conversationScreens, conversationSizes);
        expected.sort();
        QCOMPARE(expected.size(), 90 + 39);
        QStringList written = QDir(output).entryList(QDir::Files | QDir::Hidden);
        written.sort();
        QCOMPARE(written, expected);

        checkPictures(output, allScreens, sizes);
        checkPictures(output, conversationScreens, conversationSizes);
    }

private:
    /** Every picture has its size, is not one flat colour, and differs from the others. */
    static void checkPictures(
        const QString &output, const QStringList &allScreens, const QList<QSize> &sizes)
    {
        for (const QSize size : sizes) {
            QList<QImage> images;
            for (const QString &screen : allScreens) {
                const QString file = QDir(output).filePath(QStringLiteral("%1-%2x%3.png")
                                                               .arg(screen)
                                                               .arg(size.width())
                                                               .arg(size.height()));
                QImage image;
                QVERIFY2(image.load(file), qPrintable(file));
                QCOMPARE(image.size(), size);
                // Not a blank frame: a page shows more than one colour.
                const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
                bool varied = false;
                const QRgb first = rgb.pixel(0, 0);
                for (int y = 0; y < rgb.height() && !varied; y += 4) {
                    for (int x = 0; x < rgb.width() && !varied; x += 4)
                        varied = rgb.pixel(x, y) != first;
                }
                QVERIFY2(varied, qPrintable(file + QStringLiteral(" is one flat colour")));
                images << rgb;
            }
            for (int a = 0; a < images.size(); ++a) {
                for (int b = a + 1; b < images.size(); ++b) {
                    QVERIFY2(images.at(a) != images.at(b),
                        qPrintable(QStringLiteral("%1 and %2 at %3x%4 are the same picture")
                                       .arg(allScreens.at(a), allScreens.at(b))
                                       .arg(size.width())
                                       .arg(size.height())));
                }
            }
        }
    }
};

QTEST_MAIN(TestScreenshotRunner)

#include "tst_screenshotrunner.moc"
