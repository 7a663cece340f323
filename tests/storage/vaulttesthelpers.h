#pragma once

// Small helpers shared by the storage tests: real files, real processes, no mocks.

#include "core/clock.h"
#include "storage/kdfcost.h"
#include "storage/keyheader.h"
#include "storage/keyheadercopies.h"
#include "storage/securebytes.h"
#include "storage/sqlitedatabase.h"
#include "storage/vault.h"
#include "storage/vaultpaths.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <memory>
#include <sqlite3.h>

namespace mapje::testing {

/** The vault in dir at the test's cost, opened with secret: made when the folder is empty,
 * unlocked otherwise; vfs names a fault VFS such as QuotaVfs. */
inline std::unique_ptr<Vault> openOrCreateVault(
    const QString &dir, const Clock &clock, const QString &secret, const QByteArray &vfs = {})
{
    auto vault = std::make_unique<Vault>(dir, clock);
    vault->setKdfCost(KdfCost::fastForTests());
    vault->setVfsName(vfs);
    if (vault->status() == Vault::Status::Empty)
        vault->create(secret);
    else
        vault->unlock(secret);
    return vault;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

/** Puts the same bytes in both copies of the key header, as damage to both would. */
inline bool writeBothHeaders(const VaultPaths &paths, const QByteArray &bytes)
{
    return writeAll(paths.headerPath(), bytes) && writeAll(paths.secondHeaderPath(), bytes);
}

inline QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

/** Every regular file below directory, recursively. */
inline QStringList filesUnder(const QString &directory)
{
    QStringList files;
    QDirIterator it(
        directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

/** The raw data key as SQLCipher's x'..' key string, unwrapped from the header like the app does.
 */
inline QByteArray rawKeySpec(const QString &directory, const QString &secret)
{
    const KeyHeader header = KeyHeaderCopies(VaultPaths(directory)).load().header;
    if (!header.isValid())
        return {};
    SecureBytes key;
    if (header.unwrap(SecureBytes::fromSecret(secret), &key) != KeyHeader::Unwrap::Opened)
        return {};
    const QByteArray raw(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
    return "x'" + raw.toHex() + "'";
}

/** The first column of the first row of sql as a number (a count, a PRAGMA); -1 when it fails. */
inline qint64 count(SqliteDatabase &db, const QString &sql)
{
    qint64 n = -1;
    return db.queryInt(sql, &n).ok() ? n : -1;
}

/** The first column of every row of sql, as text. */
inline QStringList column(SqliteDatabase &db, const QString &sql)
{
    QStringList values;
    SqliteStatement statement = db.prepare(sql);
    while (statement.step().ok() && statement.hasRow())
        values << statement.columnText(0);
    return values;
}

/** Opens the vault's database directly with its raw key, for tests that need to reach behind it. */
inline bool openRaw(SqliteDatabase &db, const QString &directory, const QString &secret)
{
    const QByteArray spec = rawKeySpec(directory, secret);
    if (spec.isEmpty()
        || !db.open(VaultPaths(directory).databasePath(), SQLITE_OPEN_READWRITE).ok())
        return false;
    return db.key(SecureBytes(QByteArrayView(spec))).ok();
}

/** What migration step 7 adds (the sync's tables): a vault from before step 7 has none of it. */
inline const QString DropVersion7
    = QStringLiteral("DROP TABLE sync_pairing; DROP TABLE outbox_entries; DROP TABLE shared_items;"
                     " DROP TABLE proposals; DROP TABLE reschedule_requests;"
                     " DROP TABLE consent_log;");

/** What migration steps 6 and later add (conversations, "Wat mij hielp" notes, the sync): tests
 * that turn today's vault into an older one drop it first. */
inline const QString DropVersion6 = DropVersion7
    + QStringLiteral("DROP TABLE conversation_items; DROP TABLE conversation_cards;"
                     " DROP TABLE conversation_people; DROP TABLE conversations;"
                     " DROP TABLE experience_notes;");

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ProcessResult run(
    const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(5000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(20000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace mapje::testing
