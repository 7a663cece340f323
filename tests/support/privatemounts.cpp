#include "privatemounts.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/mount.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace mapje::testing {

PrivateMounts::PrivateMounts()
{
    if (qgetenv("MAPJE_PRIVATE_MOUNTS") != "1") {
        m_why = QStringLiteral("run this test through tests/support/with_private_mounts.sh");
        return;
    }
    if (!m_root.isValid()) {
        m_why = QStringLiteral("no temporary folder");
        return;
    }
    m_available = true;
}

PrivateMounts::~PrivateMounts()
{
    for (auto it = m_mounts.crbegin(); it != m_mounts.crend(); ++it)
        ::umount2(QFile::encodeName(*it).constData(), MNT_DETACH);
}

QString PrivateMounts::smallDisk(qint64 sizeBytes)
{
    if (!m_available)
        return {};
    const QString folder = m_root.filePath(QStringLiteral("disk-%1").arg(m_mounts.size() + 1));
    if (!QDir().mkpath(folder))
        return {};
    const QByteArray options = "size=" + QByteArray::number(sizeBytes) + ",mode=0700";
    if (::mount("mapje-test", QFile::encodeName(folder).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
            options.constData())
        != 0)
        return {};
    m_mounts << folder;
    return folder;
}

bool PrivateMounts::resize(const QString &mountPoint, qint64 sizeBytes)
{
    const QByteArray options = "size=" + QByteArray::number(sizeBytes);
    return ::mount(nullptr, QFile::encodeName(mountPoint).constData(), nullptr,
               MS_REMOUNT | MS_NOSUID | MS_NODEV, options.constData())
        == 0;
}

bool PrivateMounts::setReadOnly(const QString &mountPoint, bool readOnly)
{
    const unsigned long flags = MS_REMOUNT | MS_NOSUID | MS_NODEV | (readOnly ? MS_RDONLY : 0);
    return ::mount(nullptr, QFile::encodeName(mountPoint).constData(), nullptr, flags, nullptr)
        == 0;
}

QString PrivateMounts::fill(const QString &folder)
{
    // A fresh name each time, so filling twice keeps both fillers.
    QString path;
    for (int n = 1; path.isEmpty() || QFile::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("filler-%1").arg(n));
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        return {};
    // Big blocks first, then single bytes, so not one free byte is left over.
    const QByteArray block(64 * 1024, 'x');
    for (qsizetype chunk : {qsizetype(64 * 1024), qsizetype(4096), qsizetype(1)}) {
        while (::write(fd, block.constData(), std::size_t(chunk)) == chunk) { }
    }
    ::fsync(fd);
    ::close(fd);
    return path;
}

bool PrivateMounts::isTmpfs(const QString &folder)
{
    struct statfs info { };
    return ::statfs(QFile::encodeName(folder).constData(), &info) == 0
        && info.f_type == TMPFS_MAGIC;
}

qint64 PrivateMounts::freeBytes(const QString &folder)
{
    struct statvfs info { };
    if (::statvfs(QFile::encodeName(folder).constData(), &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

} // namespace mapje::testing
