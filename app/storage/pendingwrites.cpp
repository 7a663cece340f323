#include "storage/pendingwrites.h"

#include "storage/sqlitedatabase.h"
#include "storage/writeallornothing.h"

#include <sqlite3.h>

namespace mapje {

PendingWrites::PendingWrites(Writer writer) : m_writer(std::move(writer))
{
}

void PendingWrites::put(const QString &key, const QString &value)
{
    m_pending.insert(key, value);
}

SqliteResult PendingWrites::flush(SqliteDatabase *db)
{
    if (m_pending.isEmpty())
        return {};
    if (!db || !db->isOpen())
        return SqliteResult(SQLITE_MISUSE, QStringLiteral("vault not open"));
    const SqliteResult result = writeAllOrNothing(*db, m_pending,
        [&](const QString &key, const QString &value) { return m_writer(*db, key, value); });
    if (result.ok())
        m_pending.clear();
    return result;
}

} // namespace mapje
