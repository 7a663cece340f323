#include "plugins/pluginloader.h"

#include <QCoreApplication>
#include <QPluginLoader>
#include <QStringList>

namespace mapje {

QObject *loadMapjePlugin(
    const QString &baseName, const QString &buildFolder, const char *whatForTheLog)
{
    const QStringList folders {QCoreApplication::applicationDirPath(), buildFolder};
    QString errors;
    for (const QString &folder : folders) {
        QPluginLoader loader(folder + QLatin1Char('/') + baseName);
        if (QObject *plugin = loader.instance())
            return plugin;
        errors += loader.errorString() + QLatin1Char('\n');
    }
    qWarning("%s did not load:\n%s", whatForTheLog, qPrintable(errors));
    return nullptr;
}

} // namespace mapje
