// The baseline for start-up: a bare one-window Qt Quick app that quits after its first frame.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/bare/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    // Says when the first frame is shown, as mapje --self-test does, then quits.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&app] {
            std::puts("first frame");
            std::fflush(stdout);
            QMetaObject::invokeMethod(&app, &QGuiApplication::quit, Qt::QueuedConnection);
        },
        Qt::SingleShotConnection);
    return app.exec();
}
