#include "storage/vaultpaths.h"

#include <QDir>

namespace mapje {

VaultPaths::VaultPaths(QString directory) : m_directory(std::move(directory))
{
}

QString VaultPaths::databasePath() const
{
    return QDir(m_directory).filePath(QLatin1String(DatabaseName));
}

QString VaultPaths::headerPath() const
{
    return QDir(m_directory).filePath(QLatin1String(HeaderName));
}

QString VaultPaths::secondHeaderPath() const
{
    return QDir(m_directory).filePath(QLatin1String(SecondHeaderName));
}

QString VaultPaths::walPath() const
{
    return databasePath() + QStringLiteral("-wal");
}

QString VaultPaths::shmPath() const
{
    return databasePath() + QStringLiteral("-shm");
}

QString VaultPaths::journalPath() const
{
    return databasePath() + QStringLiteral("-journal");
}

QString VaultPaths::setAsideRoot() const
{
    return QDir(m_directory).filePath(QLatin1String(SetAsideFolderName));
}

QStringList VaultPaths::allFiles() const
{
    return {headerPath(), secondHeaderPath(), databasePath(), walPath(), shmPath(), journalPath()};
}

} // namespace mapje
