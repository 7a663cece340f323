#include "storage/sqlitestatement.h"

#include <sqlite3.h>
#include <utility>

namespace mapje {

namespace {
SqliteResult resultFrom(sqlite3 *db, int rc)
{
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
        return SqliteResult(rc);
    // The extended code tells SQLITE_IOERR_WRITE from SQLITE_IOERR_FSYNC etc.
    const int extended = db ? sqlite3_extended_errcode(db) : rc;
    const int code = (extended & 0xff) == (rc & 0xff) ? extended : rc;
    return SqliteResult(code, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
}
} // namespace

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql) : m_db(db)
{
    if (!db) {
        m_prepareResult = SqliteResult(SQLITE_MISUSE, QStringLiteral("database not open"));
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    m_prepareResult = resultFrom(db, rc);
    if (rc != SQLITE_OK)
        finalize();
}

SqliteStatement::~SqliteStatement()
{
    finalize();
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_prepareResult(other.m_prepareResult),
      m_bindResult(other.m_bindResult),
      m_hasRow(other.m_hasRow)
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        finalize();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_prepareResult = other.m_prepareResult;
        m_bindResult = other.m_bindResult;
        m_hasRow = other.m_hasRow;
    }
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &text)
{
    if (m_stmt && m_bindResult.ok()) {
        const QByteArray utf8 = text.toUtf8();
        m_bindResult = resultFrom(m_db,
            sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    }
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    if (m_stmt && m_bindResult.ok())
        m_bindResult = resultFrom(m_db, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(int index, const QByteArray &blob)
{
    if (m_stmt && m_bindResult.ok())
        m_bindResult = resultFrom(m_db,
            sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    if (m_stmt && m_bindResult.ok())
        m_bindResult = resultFrom(m_db, sqlite3_bind_null(m_stmt, index));
    return *this;
}

SqliteResult SqliteStatement::step()
{
    m_hasRow = false;
    if (!m_stmt)
        return m_prepareResult.ok() ? SqliteResult(SQLITE_MISUSE) : m_prepareResult;
    if (!m_bindResult.ok())
        return m_bindResult;
    const int rc = sqlite3_step(m_stmt);
    m_hasRow = rc == SQLITE_ROW;
    return resultFrom(m_db, rc);
}

SqliteResult SqliteStatement::run()
{
    SqliteResult result;
    do {
        result = step();
    } while (result.ok() && m_hasRow);
    return result;
}

void SqliteStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_bindResult = SqliteResult();
    m_hasRow = false;
}

QString SqliteStatement::columnText(int column) const
{
    if (!m_stmt || !m_hasRow)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return m_stmt && m_hasRow ? sqlite3_column_int64(m_stmt, column) : 0;
}

bool SqliteStatement::columnIsNull(int column) const
{
    return !m_stmt || !m_hasRow || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void SqliteStatement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_hasRow = false;
}

} // namespace mapje
