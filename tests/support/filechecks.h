#pragma once

#include <QDir>
#include <QFile>
#include <QStringList>
#include <sys/stat.h>

namespace mapje::testing {

/** The permission bits of path itself (never of a link's target); 0 when it is not there. */
inline mode_t modeOf(const QString &path)
{
    struct stat info { };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}

/** Every file in folder by name, hidden ones too: a temporary file left behind shows here. */
inline QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace mapje::testing
