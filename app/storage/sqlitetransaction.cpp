#include "storage/sqlitetransaction.h"

#include "storage/sqlitedatabase.h"

#include <sqlite3.h>

namespace mapje {

SqliteTransaction::SqliteTransaction(SqliteDatabase &db) : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a busy database fails here and not halfway.
    m_begin = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = m_begin.ok();
}

SqliteTransaction::~SqliteTransaction()
{
    rollback();
}

SqliteResult SqliteTransaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? SqliteResult(SQLITE_MISUSE, QStringLiteral("not active")) : m_begin;
    const SqliteResult result = m_db.exec(QStringLiteral("COMMIT"));
    if (result.ok())
        m_active = false;
    else
        rollback();
    return result;
}

void SqliteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // After SQLITE_FULL or an I/O error SQLite may already have rolled back by itself.
    if (m_db.inTransaction())
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

} // namespace mapje
