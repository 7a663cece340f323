#include "export/unusedfilename.h"

#include <QDir>
#include <QFileInfo>

namespace mapje {

QString UnusedFileName::in(const QString &folder, const QString &stem, const QString &suffix)
{
    const QDir dir(folder);
    for (int number = 1;; ++number) {
        const QString name = number == 1
            ? QStringLiteral("%1.%2").arg(stem, suffix)
            : QStringLiteral("%1-%2.%3").arg(stem).arg(number).arg(suffix);
        const QString path = dir.filePath(name);
        const QFileInfo info(path);
        if (!info.exists() && !info.isSymLink())
            return path;
    }
}

} // namespace mapje
