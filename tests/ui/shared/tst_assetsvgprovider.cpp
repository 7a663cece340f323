#include <QImageReader>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickImageProvider>
#include <QTest>
#include <memory>

#include "ui/shared/assetsvgprovider.h"

using mapje::AssetSvgProvider;

/** The assets' SVGs reach Image items through the provider, drawn as Qt's own SVG reader would. */
class TestAssetSvgProvider : public QObject {
    Q_OBJECT

private slots:
    void sendsOnlyTheAssetsSvgsToTheProvider()
    {
        AssetSvgProvider provider;
        const auto string = QQmlAbstractUrlInterceptor::UrlString;
        QCOMPARE(
            provider.intercept(QUrl(QStringLiteral("qrc:/Mapje/assets/icons/speaker.svg")), string),
            QUrl(QStringLiteral("image://mapjeassets/icons/speaker.svg")));
        for (const QString &other :
            {QStringLiteral("qrc:/Mapje/Main.qml"), QStringLiteral("qrc:/Mapje/assets/mapje.png"),
                QStringLiteral("https://example.org/assets/a.svg")}) {
            QCOMPARE(provider.intercept(QUrl(other), string), QUrl(other));
        }
        const QUrl qmlFile(QStringLiteral("qrc:/Mapje/assets/icons/speaker.svg"));
        QCOMPARE(provider.intercept(qmlFile, QQmlAbstractUrlInterceptor::QmlFile), qmlFile);
    }

    void drawsTheSamePictureAsQtsSvgReader()
    {
        AssetSvgProvider provider;
        QSize original;
        const QImage drawn
            = provider.requestImage(QStringLiteral("icons/speaker.svg"), &original, {24, 24});
        QImageReader reader(QStringLiteral(":/Mapje/assets/icons/speaker.svg"));
        QCOMPARE(original, reader.size());
        reader.setScaledSize({24, 24});
        const QImage expected = reader.read();
        QCOMPARE(drawn.size(), QSize(24, 24));
        QCOMPARE(drawn.convertToFormat(QImage::Format_ARGB32_Premultiplied),
            expected.convertToFormat(QImage::Format_ARGB32_Premultiplied));
        // Only the width asked: the picture keeps its shape.
        QCOMPARE(
            provider.requestImage(QStringLiteral("icons/speaker.svg"), nullptr, {30, 0}).size(),
            QSize(30, 30));
    }

    void anImageItemShowsAnAssetThroughTheProvider()
    {
        QQmlEngine engine;
        AssetSvgProvider::install(engine);
        const QUrl asset(QStringLiteral("qrc:/Mapje/assets/icons/speaker.svg"));
        // Image items load what their context resolves the source to.
        QCOMPARE(engine.rootContext()->resolvedUrl(asset),
            QUrl(QStringLiteral("image://mapjeassets/icons/speaker.svg")));
        QQmlComponent component(&engine);
        component.setData("import QtQuick\n"
                          "Image { sourceSize.width: 24; sourceSize.height: 24; asynchronous: true;"
                          " source: \"qrc:/Mapje/assets/icons/speaker.svg\" }",
            QUrl(QStringLiteral("qrc:/test/Icon.qml")));
        std::unique_ptr<QObject> image(component.create());
        QVERIFY2(image, qPrintable(component.errorString()));
        QCOMPARE(image->property("source").toUrl(), asset);
        QTRY_COMPARE(image->property("status").toInt(), 1); // Image.Ready
        QCOMPARE(image->property("implicitWidth").toReal(), 24.0);
    }
};

QTEST_MAIN(TestAssetSvgProvider)
#include "tst_assetsvgprovider.moc"
