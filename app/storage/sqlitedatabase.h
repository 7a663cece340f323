#pragma once

#include "storage/sqliteresult.h"
#include "storage/sqlitestatement.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace mapje {

class SecureBytes;

/** A SQLCipher connection that is always closed, with errors as results instead of exceptions. */
class SqliteDatabase {
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();

    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    /** Opens path with sqlite3_open_v2 flags; vfsName empty means the default VFS. */
    [[nodiscard]] SqliteResult open(const QString &path, int flags, const QByteArray &vfsName = {});
    /** Gives SQLCipher its key exactly as passed (e.g. "x'<64 hex>'" for a raw key). */
    [[nodiscard]] SqliteResult key(const SecureBytes &key);
    void close();

    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    /** True while a transaction is open (SQLite may end one by itself after a disk error). */
    [[nodiscard]] bool inTransaction() const;

    /** Runs one or more statements that return no rows we need. */
    [[nodiscard]] SqliteResult exec(const QString &sql);
    [[nodiscard]] SqliteStatement prepare(const QString &sql) const;
    /** Runs a query returning one integer (e.g. PRAGMA user_version). */
    [[nodiscard]] SqliteResult queryInt(const QString &sql, qint64 *value) const;
    /** The rows of PRAGMA quick_check; ok() and "ok" when the file is sound. */
    [[nodiscard]] SqliteResult quickCheck(QString *report) const;

private:
    sqlite3 *m_db = nullptr;
};

} // namespace mapje
