#include "storage/reminderstaterows.h"

#include "storage/recordsql.h"
#include "storage/sqlitedatabase.h"
#include "storage/storedtime.h"

namespace mapje {

bool ReminderStateRows::before(const ReminderState &a, const ReminderState &b)
{
    return a.key < b.key;
}

SqliteResult ReminderStateRows::write(SqliteDatabase &db, const ReminderState &state)
{
    SqliteStatement row = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO reminder_states (key, snoozed_until, off, shown_at,"
                       " dismissed_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
    row.bind(1, state.key)
        .bind(2, StoredTime::text(state.snoozedUntil))
        .bind(3, qint64(state.off ? 1 : 0))
        .bind(4, StoredTime::text(state.shownAt))
        .bind(5, StoredTime::text(state.dismissedAt));
    return row.run();
}

SqliteResult ReminderStateRows::remove(SqliteDatabase &db, const QString &key)
{
    return RecordSql::deleteRows(db, QStringLiteral("reminder_states"), QStringLiteral("key"), key);
}

SqliteResult ReminderStateRows::read(
    const SqliteDatabase &db, const QString &onlyKey, QList<ReminderState> *states)
{
    QList<ReminderState> found;
    const SqliteResult result = RecordSql::forEachRow(db,
        QStringLiteral(
            "SELECT key, snoozed_until, off, shown_at, dismissed_at FROM reminder_states"),
        QStringLiteral("key"), onlyKey, {}, [&](const SqliteStatement &row) {
            found.append({row.columnText(0), StoredTime::dateTime(row.columnText(1)),
                row.columnInt64(2) != 0, StoredTime::dateTime(row.columnText(3)),
                StoredTime::dateTime(row.columnText(4))});
        });
    if (result.ok())
        *states = std::move(found);
    return result;
}

} // namespace mapje
