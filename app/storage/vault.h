#pragma once

#include "storage/filewriteresult.h"
#include "storage/kdfcost.h"
#include "storage/keyheader.h"
#include "storage/keyheadercopies.h"
#include "storage/sqlitedatabase.h"
#include "storage/sqliteresult.h"
#include "storage/vaultpaths.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

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

    /** Why the status is Damaged, so a page can say it in plain words. */
    enum class Damage {
        None,
        Header, ///< both copies of the key header are damaged (or a database has no header)
        DatabaseMissing, ///< the header says there is a database, but it is gone
        DatabaseEmpty, ///< the database is an empty file
        Database, ///< SQLCipher cannot read the database with the right key
        Link, ///< a link stands where one of the vault's files should be
        Unreadable, ///< the files cannot be read; perhaps permissions, so nothing is moved
    };
    Q_ENUM(Damage)

    /** Looks at the files in directory at once; damaged ones are set aside right away. */
    explicit Vault(QString directory, const Clock &clock, QObject *parent = nullptr);
    /** A vault that lives only in memory, for one kiosk visitor: Open at once, with the same
     * schema, and no file, no PIN and no key header anywhere. It ends with the process. */
    static std::unique_ptr<Vault> inMemory(const Clock &clock, QObject *parent = nullptr);
    ~Vault() override;

    /** True for a kiosk session's vault (inMemory()). */
    [[nodiscard]] bool isInMemory() const { return m_inMemory; }

    /** A fixed Argon2id cost for create() and changeSecret() instead of calibrating on this device
     * (tests use a fast one); unlock() uses the cost in the header. */
    void setKdfCost(KdfCost cost) { m_fixedCost = cost; }
    /** A registered sqlite3_vfs name; tests use one that fakes a full or read-only disk. */
    void setVfsName(QByteArray name) { m_vfsName = std::move(name); }

    /** The fixed cost, or nothing when the cost is calibrated on this device. */
    [[nodiscard]] std::optional<KdfCost> fixedKdfCost() const { return m_fixedCost; }
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] const VaultPaths &paths() const { return m_paths; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    /** The folder damaged files were moved to; empty when nothing was set aside. */
    [[nodiscard]] QString setAsidePath() const { return m_setAsidePath; }
    /** Why the status is Damaged (None otherwise). */
    [[nodiscard]] Damage damage() const { return m_damage; }
    /** The key header as used now (for tests and the benchmark: cost, format, wait state). */
    [[nodiscard]] const KeyHeader &header() const { return m_header; }
    /** Not None while the last change to the key header (the wait after a wrong PIN, a cleared
     * wait) could not be written: it is then kept in memory and written again later. */
    [[nodiscard]] FileWriteResult::Problem headerWriteProblem() const
    {
        return m_headerWrite.problem();
    }
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
    /** Moves everything written into the database file and empties the write-ahead log, so
     * what was just deleted (with secure_delete) is not kept there either. */
    SqliteResult checkpoint();
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
    void headerWriteProblemChanged();

private:
    struct InMemoryTag { };
    Vault(InMemoryTag, const Clock &clock, QObject *parent);
    /** Opens a fresh in-memory database with the schema; false when SQLite cannot. */
    bool openInMemory();
    /** Reads the files to learn the status; sets damaged ones aside. */
    void inspect(bool evenWhenOpen = false);
    void setStatus(Status status);
    [[nodiscard]] UnlockResult openDatabase(const SecureBytes &dataKey);
    [[nodiscard]] UnlockResult setAside(Damage damage, const SqliteResult &reason = {});
    [[nodiscard]] bool moveFilesAside();
    /** Takes a header read from the files, keeping an unsaved wait of the same seal. */
    void adoptHeader(KeyHeader loaded);
    /** Starts the wait again from now when its stored time cannot be counted from. */
    void restartWaitIfUncountable(const QDateTime &now);
    /** Writes m_header to both copies; on failure keeps it in memory to write again later. */
    bool persistHeader();
    void setHeaderWrite(const FileWriteResult &result);
    /** Format 1 becomes format 2 (two copies, checksum, this device's cost). */
    void upgradeHeader(const SecureBytes &dataKey, const QString &secret);
    [[nodiscard]] KdfCost costForNewSeal() const;
    /** The folder 0700 and the vault's files 0600, also for vaults made by older versions. */
    void makePrivate() const;

    VaultPaths m_paths;
    const Clock &m_clock;
    KeyHeaderCopies m_copies;
    std::optional<KdfCost> m_fixedCost;
    QByteArray m_vfsName;
    Status m_status = Status::Empty;
    KeyHeader m_header;
    /** m_header holds a wait state that is not on disk yet. */
    bool m_headerUnsaved = false;
    FileWriteResult m_headerWrite;
    Damage m_damage = Damage::None;
    SqliteDatabase m_db;
    bool m_inMemory = false;
    QString m_setAsidePath;
    SqliteResult m_lastError;
};

} // namespace mapje
