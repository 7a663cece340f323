#pragma once

#include "storage/sqliteresult.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace mapje {

/** One prepared SQL statement that is always finalized, even on an early return. */
class SqliteStatement {
public:
    SqliteStatement() = default;
    /** Prepares sql on db; a failure is kept and reported by every later call. */
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();

    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /** The result of preparing; not ok() means every step() fails with this result. */
    [[nodiscard]] SqliteResult prepared() const { return m_prepareResult; }

    // Parameters are 1-based, as in SQLite.
    SqliteStatement &bind(int index, const QString &text);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bindBlob(int index, const QByteArray &blob);
    SqliteStatement &bindNull(int index);

    /** Runs one step; ok() with hasRow() true while rows come, ok() with hasRow() false at the end.
     */
    [[nodiscard]] SqliteResult step();
    [[nodiscard]] bool hasRow() const { return m_hasRow; }
    /** Steps until done, for statements that return nothing. */
    [[nodiscard]] SqliteResult run();
    void reset();

    [[nodiscard]] QString columnText(int column) const;
    [[nodiscard]] qint64 columnInt64(int column) const;
    [[nodiscard]] bool columnIsNull(int column) const;

private:
    void finalize();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    SqliteResult m_prepareResult;
    SqliteResult m_bindResult;
    bool m_hasRow = false;
};

} // namespace mapje
