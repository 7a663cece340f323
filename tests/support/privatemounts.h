#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace mapje::testing {

/** Real file systems for tests that must meet a full or read-only disk: small tmpfs mounts in the
 * private mount namespace that with_private_mounts.sh starts the test in. Everything is unmounted
 * when this object goes, and nothing outside the namespace ever sees the mounts. */
class PrivateMounts {
public:
    PrivateMounts();
    ~PrivateMounts();
    PrivateMounts(const PrivateMounts &) = delete;
    PrivateMounts &operator=(const PrivateMounts &) = delete;

    /** True inside the namespace of with_private_mounts.sh; otherwise why() says what to do. */
    [[nodiscard]] bool available() const { return m_available; }
    [[nodiscard]] QString why() const { return m_why; }

    /** A new folder with a tmpfs of sizeBytes mounted on it (mode 0700); empty on failure. */
    [[nodiscard]] QString smallDisk(qint64 sizeBytes);
    /** Gives a mounted tmpfs a new size (remount), as freeing other files on a disk would. */
    [[nodiscard]] bool resize(const QString &mountPoint, qint64 sizeBytes);
    /** Makes a mounted folder read-only (remount), or writable again. */
    [[nodiscard]] bool setReadOnly(const QString &mountPoint, bool readOnly);
    /** Fills the file system of folder until it reports no space; returns the filler's path. */
    [[nodiscard]] static QString fill(const QString &folder);
    /** True when folder is on a tmpfs: the test really meets a real file system's limits. */
    [[nodiscard]] static bool isTmpfs(const QString &folder);
    /** Free bytes on the file system of folder. */
    [[nodiscard]] static qint64 freeBytes(const QString &folder);

private:
    bool m_available = false;
    QString m_why;
    QTemporaryDir m_root;
    QStringList m_mounts;
};

} // namespace mapje::testing
