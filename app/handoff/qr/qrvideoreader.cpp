#include "handoff/qr/qrvideoreader.h"

#include <QCoreApplication>
#include <QPluginLoader>
#include <QStringList>

namespace mapje {

QrVideoReader *QrVideoReader::instance()
{
    static QrVideoReader *const reader = []() -> QrVideoReader * {
        // Next to the program when installed; in the build tree, where CMake put it, so the
        // tests in their own folders find the same plugin the app uses.
        const QStringList folders {
            QCoreApplication::applicationDirPath(), QStringLiteral(MAPJE_QR_VIDEO_PLUGIN_DIR)};
        QString errors;
        for (const QString &folder : folders) {
            QPluginLoader loader(folder + QStringLiteral("/mapjeqrvideo"));
            if (auto *found = qobject_cast<QrVideoReader *>(loader.instance()))
                return found;
            errors += loader.errorString() + QLatin1Char('\n');
        }
        qWarning("The QR code camera plugin did not load:\n%s", qPrintable(errors));
        return nullptr;
    }();
    return reader;
}

} // namespace mapje
