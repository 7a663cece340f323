#include "storage/keyheadercopies.h"

#include "storage/safefilewriter.h"
#include "storage/storagelog.h"

#include <QFile>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace mapje {

namespace {
/** Reads at most limit bytes; O_NOFOLLOW, so a link is refused, not followed. */
int readAtMost(const QString &path, qsizetype limit, QByteArray *bytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return errno;
    bytes->resize(limit);
    qsizetype filled = 0;
    while (filled < limit) {
        const ssize_t got = ::read(fd, bytes->data() + filled, std::size_t(limit - filled));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        filled += got;
    }
    ::close(fd);
    bytes->resize(filled);
    return 0;
}

bool isNewer(const KeyHeader &candidate, const KeyHeader &chosen)
{
    if (!chosen.isValid())
        return true;
    // A format-2 copy beside a format-1 one is a migration that got half way: it wins.
    if (candidate.isLegacy() != chosen.isLegacy())
        return !candidate.isLegacy();
    return candidate.generation() > chosen.generation();
}
} // namespace

KeyHeaderCopies::CopyState KeyHeaderCopies::readCopy(const QString &path, KeyHeader *header)
{
    QByteArray bytes;
    // One byte more than allowed, so an oversized file is caught without reading it all.
    switch (readAtMost(path, KeyHeader::Size + 1, &bytes)) {
    case 0:
        break;
    case ENOENT:
        return CopyState::Missing;
    case ELOOP:
        return CopyState::Link;
    case EACCES:
    case EPERM:
        return CopyState::Unreadable;
    default:
        return CopyState::Damaged;
    }
    switch (KeyHeader::parse(bytes, header)) {
    case KeyHeader::Parse::Valid:
        return CopyState::Valid;
    case KeyHeader::Parse::TooNew:
        return CopyState::TooNew;
    case KeyHeader::Parse::Damaged:
        break;
    }
    return CopyState::Damaged;
}

KeyHeaderCopies::Loaded KeyHeaderCopies::load() const
{
    Loaded loaded;
    KeyHeader first;
    KeyHeader second;
    loaded.primary = readCopy(m_paths.headerPath(), &first);
    loaded.secondary = readCopy(m_paths.secondHeaderPath(), &second);
    // Only the first copy may be format 1 (it had no second copy).
    if (loaded.secondary == CopyState::Valid && second.isLegacy())
        loaded.secondary = CopyState::Damaged;

    if (loaded.primary == CopyState::Valid)
        loaded.header = first;
    if (loaded.secondary == CopyState::Valid && isNewer(second, loaded.header))
        loaded.header = second;

    const auto any
        = [&](CopyState state) { return loaded.primary == state || loaded.secondary == state; };
    if (loaded.header.isValid()) {
        loaded.outcome = Outcome::Valid;
        const QByteArray used = loaded.header.toBytes();
        loaded.needsRepair = !loaded.header.isLegacy()
            && (loaded.primary != CopyState::Valid || loaded.secondary != CopyState::Valid
                || first.toBytes() != used || second.toBytes() != used);
    } else if (any(CopyState::TooNew)) {
        loaded.outcome = Outcome::TooNew;
    } else if (any(CopyState::Unreadable)) {
        loaded.outcome = Outcome::Unreadable;
    } else if (loaded.primary == CopyState::Missing && loaded.secondary == CopyState::Missing) {
        loaded.outcome = Outcome::None;
    } else {
        loaded.outcome = Outcome::Damaged;
    }
    return loaded;
}

FileWriteResult KeyHeaderCopies::write(KeyHeader &header) const
{
    if (!header.isValid())
        return FileWriteResult::failed(EINVAL, "no header");
    KeyHeader next = header;
    next.setGeneration(header.generation() + 1);
    const QByteArray bytes = next.toBytes();
    if (next.isLegacy()) {
        const FileWriteResult result = SafeFileWriter::write(m_paths.headerPath(), bytes);
        if (result.ok())
            header = next;
        return result;
    }
    // The second copy first: until it is whole, the first one still holds the last state.
    const FileWriteResult second = SafeFileWriter::write(m_paths.secondHeaderPath(), bytes);
    if (!second.ok())
        return second;
    header = next;
    const FileWriteResult first = SafeFileWriter::write(m_paths.headerPath(), bytes);
    if (!first.ok())
        qCWarning(lcStorage, "KeyHeaderCopies: the first copy waits for repair (%s)",
            qPrintable(first.describe()));
    return {};
}

FileWriteResult KeyHeaderCopies::repair(const Loaded &loaded) const
{
    if (loaded.outcome != Outcome::Valid || loaded.header.isLegacy())
        return {};
    const QByteArray used = loaded.header.toBytes();
    FileWriteResult result;
    for (const QString &path : {m_paths.secondHeaderPath(), m_paths.headerPath()}) {
        KeyHeader copy;
        if (readCopy(path, &copy) == CopyState::Valid && copy.toBytes() == used)
            continue;
        const FileWriteResult written = SafeFileWriter::write(path, used);
        if (!written.ok())
            result = written;
    }
    return result;
}

} // namespace mapje
