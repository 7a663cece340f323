#pragma once

#include "storage/kdfcost.h"
#include "storage/keyheader.h"
#include "storage/sqlitedatabase.h"
#include "storage/sqliteresult.h"
#include "storage/vaultpaths.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace mapje {

class Clock;
class SecureBytes;

/** The citizen's encrypted folder on disk: one SQLCipher database whose key is wrapped by their
 * PIN. */
class Vault : public QObject {
    Q_OBJECT

public:
    enum class Status {
        Empty, ///< no vault files: offer to create one
        Locked, ///< header (and normally database) present: ask for the PIN
        Open, ///< unlocked; database() is usable
        Damaged, ///< unreadable files were set aside (see setAsidePath()); startFresh() to go on
        TooNew, ///< made by a newer Mapje; left untouched
    };
    Q_ENUM(Status)

    enum class UnlockResult { Opened, WrongSecret, MustWait, Damaged, TooNew, Failed };
    Q_ENUM(UnlockResult)

    /** Looks at the files in directory at once; damaged ones are set aside right away. */
    explicit Vault(QString directory, const Clock &clock, QObject *parent = nullptr);
    ~Vault() override;

    /** The Argon2id cost for create() and changeSecret(); unlock() uses the cost in the header. */
    void setKdfCost(KdfCost cost) { m_kdfCost = cost; }
    /** A registered sqlite3_vfs name; tests use one that fakes a full or read-only disk. */
    void setVfsName(QByteArray name) { m_vfsName = std::move(name); }

    [[nodiscard]] KdfCost kdfCost() const { return m_kdfCost; }
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] const VaultPaths &paths() const { return m_paths; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    /** The folder damaged files were moved to; empty when nothing was set aside. */
    [[nodiscard]] QString setAsidePath() const { return m_setAsidePath; }
    /** Wrong tries in a row, kept in the header across restarts. */
    [[nodiscard]] int failedAttempts() const { return m_header.failedAttempts(); }
    /** Seconds before unlock() will try a secret again (0 = now). */
    [[nodiscard]] qint64 secondsToWait() const;
    /** The last SQLite problem, for logs; never shown to the citizen as is. */
    [[nodiscard]] SqliteResult lastError() const { return m_lastError; }
    /** For repositories; nullptr unless status() is Open. */
    [[nodiscard]] SqliteDatabase *database();

    /** New vault with a random data key; only when status() is Empty and secret is not empty. */
    bool create(const QString &secret);
    UnlockResult unlock(const QString &secret);
    /** Re-wraps the same data key for next (instant, no re-encryption); counts as a try. */
    bool changeSecret(const QString &current, const QString &next);
    /** Closes the database; SQLCipher forgets the key. */
    void lock();
    /** Destroys header, database, side files and set-aside copies. */
    bool wipe();
    /** After Damaged or TooNew: moves whatever is still in place aside and becomes Empty. */
    bool startFresh();

signals:
    void statusChanged(mapje::Vault::Status status);
    void opened();
    /** Emitted while the database is still open, so stores can flush pending writes. */
    void aboutToLock();
    void wiped();

private:
    /** Reads the files to learn the status; sets damaged ones aside. */
    void inspect(bool evenWhenOpen = false);
    void setStatus(Status status);
    [[nodiscard]] UnlockResult openDatabase(const SecureBytes &dataKey);
    [[nodiscard]] UnlockResult setAside(const SqliteResult &reason);
    [[nodiscard]] bool moveFilesAside();

    VaultPaths m_paths;
    const Clock &m_clock;
    KdfCost m_kdfCost = KdfCost::standard();
    QByteArray m_vfsName;
    Status m_status = Status::Empty;
    KeyHeader m_header;
    SqliteDatabase m_db;
    QString m_setAsidePath;
    SqliteResult m_lastError;
};

} // namespace mapje
