#include "storage/pendingwrites.h"

#include "storage/sqlitedatabase.h"
#include "storage/sqlitetransaction.h"

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
    SqliteTransaction transaction(*db);
    if (!transaction.begun().ok())
        return transaction.begun();
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        const SqliteResult result = m_writer(*db, it.key(), it.value());
        if (!result.ok())
            return result; // the transaction rolls back; what was saved before stays intact
    }
    const SqliteResult result = transaction.commit();
    if (result.ok())
        m_pending.clear();
    return result;
}

} // namespace mapje
