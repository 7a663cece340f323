#include <QTest>

#include "ui/shared/windowsize.h"

using mapje::WindowSize;

/** The window opens at a size that fits the screen, and exactly at a size that is asked for. */
class TestWindowSize : public QObject {
    Q_OBJECT

private slots:
    void desktopGetsAComfortableUprightWindow()
    {
        const QSize size = WindowSize::forScreen({1280, 900});
        QVERIFY(size.width() > WindowSize::Phone.width());
        QVERIFY(size.height() > WindowSize::Phone.height());
        QVERIFY(size.width() < size.height()); // upright, like a page
        QVERIFY(size.width() <= 1280 - 2 * 40 && size.height() <= 900 - 2 * 40);
        QCOMPARE(WindowSize::forScreen({1280, 900}), QSize(643, 804));
    }

    void wideScreenKeepsLinesShort()
    {
        const QSize size = WindowSize::forScreen({3840, 2100});
        QCOMPARE(size.width(), 900);
        QCOMPARE(size.height(), 2100 - 2 * 48);
    }

    void phoneGetsAllOfIt()
    {
        QCOMPARE(WindowSize::forScreen({360, 640}), QSize(360, 640));
        QCOMPARE(WindowSize::forScreen({412, 800}), QSize(412, 800));
        QCOMPARE(WindowSize::forScreen({}), WindowSize::Phone);
    }

    void askedSizeIsRead()
    {
        QCOMPARE(WindowSize::parse(QStringLiteral("360x640")), QSize(360, 640));
        QCOMPARE(WindowSize::parse(QStringLiteral(" 1920x1080 ")), QSize(1920, 1080));
        QVERIFY(WindowSize::parse(QStringLiteral("groot")).isEmpty());
        QVERIFY(WindowSize::parse(QStringLiteral("360 x 640")).isEmpty());
        QVERIFY(WindowSize::parse(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
