#include "storage/safefilewriter.h"

#include "storage/directorysync.h"
#include "storage/storagelog.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mapje {

namespace {
/** Writes all of bytes or reports why not; a short write is retried, an error never ignored. */
int writeAll(int fd, QByteArrayView bytes)
{
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, std::size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (written == 0)
            return EIO; // a regular file never writes nothing; do not loop forever
        data += written;
        left -= written;
    }
    return 0;
}

mode_t modeFor(const QByteArray &target, SafeFileWriter::Permissions permissions)
{
    constexpr mode_t Private = S_IRUSR | S_IWUSR;
    struct stat existing { };
    if (permissions == SafeFileWriter::Permissions::KeepExisting
        && ::lstat(target.constData(), &existing) == 0 && S_ISREG(existing.st_mode))
        return existing.st_mode & 07777;
    return Private;
}
} // namespace

FileWriteResult SafeFileWriter::write(
    const QString &path, QByteArrayView bytes, Permissions permissions)
{
    const QFileInfo info(path);
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    // Hidden and unique beside the target: same file system, so the rename is atomic.
    QByteArray temporary
        = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName())
        + ".XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC); // O_EXCL, mode 0600
    if (fd < 0)
        return FileWriteResult::failed(errno, "create");

    const auto fail = [&](int error, const char *step, bool open) {
        if (open)
            ::close(fd);
        ::unlink(temporary.constData());
        return FileWriteResult::failed(error, step);
    };
    if (::fchmod(fd, modeFor(target, permissions)) != 0)
        return fail(errno, "chmod", true);
    if (const int error = writeAll(fd, bytes))
        return fail(error, "write", true);
    // Some file systems report a full disk only here, or at close.
    if (::fsync(fd) != 0)
        return fail(errno, "fsync", true);
    if (::close(fd) != 0)
        return fail(errno, "close", false);
    if (::rename(temporary.constData(), target.constData()) != 0)
        return fail(errno, "rename", false);
    // The new file is in place now; a folder that cannot be synced makes it less durable, not
    // wrong, so that is logged and the write still counts (a caller must not think the old file
    // is still there).
    if (!DirectorySync::sync(info.absolutePath()))
        qCWarning(lcStorage, "SafeFileWriter: could not sync the folder after a rename");
    return {};
}

} // namespace mapje
