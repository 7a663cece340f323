#pragma once

#include "storage/sqliteresult.h"
#include "storage/sqlitetransaction.h"

namespace mapje {

class SqliteDatabase;

/**
 * Writes every pending entry (a QHash: write(key, value)) inside one transaction: all of them,
 * or on the first failure none, so what was stored before stays intact and everything stays
 * pending for the next try. The one place the never-lose stores write what they hold.
 */
template<typename Pending, typename Write>
[[nodiscard]] SqliteResult writeAllOrNothing(
    SqliteDatabase &db, const Pending &pending, Write write)
{
    SqliteTransaction transaction(db);
    if (!transaction.begun().ok())
        return transaction.begun();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const SqliteResult result = write(it.key(), it.value());
        if (!result.ok())
            return result; // the transaction rolls back
    }
    return transaction.commit();
}

} // namespace mapje
