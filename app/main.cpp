#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QtQml/qqmlextensionplugin.h>
#include "ui/vaultcontroller.h"
Q_IMPORT_QML_PLUGIN(MapjePlugin)
int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    VaultController c;
    VaultControllerForeign::s_instance = &c;
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Mapje/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    return app.exec();
}
