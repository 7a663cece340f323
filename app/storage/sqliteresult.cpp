#include "storage/sqliteresult.h"

#include <sqlite3.h>

namespace mapje {

SqliteResult::SqliteResult(int code, QString message) : m_code(code), m_message(std::move(message))
{
}

bool SqliteResult::ok() const
{
    return m_code == SQLITE_OK || m_code == SQLITE_ROW || m_code == SQLITE_DONE;
}

bool SqliteResult::isStorageProblem() const
{
    switch (primaryCode()) {
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_NOMEM:
    case SQLITE_PERM:
        return true;
    default:
        return false;
    }
}

bool SqliteResult::isNotADatabase() const
{
    return primaryCode() == SQLITE_NOTADB || primaryCode() == SQLITE_CORRUPT;
}

} // namespace mapje
