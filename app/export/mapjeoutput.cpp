#include "export/mapjeoutput.h"

#include <QCoreApplication>
#include <QPluginLoader>
#include <QStringList>

namespace mapje {

MapjeOutput *MapjeOutput::instance()
{
    static MapjeOutput *const output = []() -> MapjeOutput * {
        // Next to the program when installed; in the build tree, where CMake put it, so the
        // tests in their own folders find the same plugin the app uses.
        const QStringList folders {
            QCoreApplication::applicationDirPath(), QStringLiteral(MAPJE_OUTPUT_PLUGIN_DIR)};
        QString errors;
        for (const QString &folder : folders) {
            QPluginLoader loader(folder + QStringLiteral("/mapjeoutput"));
            if (auto *found = qobject_cast<MapjeOutput *>(loader.instance()))
                return found;
            errors += loader.errorString() + QLatin1Char('\n');
        }
        qWarning("The mapje's PDF and print plugin did not load:\n%s", qPrintable(errors));
        return nullptr;
    }();
    return output;
}

} // namespace mapje
