#include "storage/checkinrows.h"

#include "storage/recordsql.h"
#include "storage/sqlitedatabase.h"
#include "storage/storedtime.h"

namespace mapje {

bool CheckInRows::before(const CheckIn &a, const CheckIn &b)
{
    return StoredTime::earlierFirst(a.when(), a.id(), b.when(), b.id());
}

SqliteResult CheckInRows::write(SqliteDatabase &db, const CheckIn &checkIn)
{
    SqliteStatement row = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO checkins (id, starts_at, with_whom, where_text,"
                       " remind, what_changed, board_date, completed_at)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    row.bind(1, checkIn.id())
        .bind(2, StoredTime::text(checkIn.when()))
        .bind(3, checkIn.withWhom())
        .bind(4, checkIn.where())
        .bind(5, qint64(checkIn.remind() ? 1 : 0))
        .bind(6, checkIn.whatChanged())
        .bind(7, StoredTime::text(checkIn.boardDate()))
        .bind(8, StoredTime::text(checkIn.completedAt()));
    return row.run();
}

SqliteResult CheckInRows::remove(SqliteDatabase &db, const QString &id)
{
    return RecordSql::deleteRows(db, QStringLiteral("checkins"), QStringLiteral("id"), id);
}

SqliteResult CheckInRows::read(
    const SqliteDatabase &db, const QString &onlyId, QList<CheckIn> *checkIns)
{
    QList<CheckIn> found;
    const SqliteResult result = RecordSql::forEachRow(db,
        QStringLiteral("SELECT id, starts_at, with_whom, where_text, remind, what_changed,"
                       " board_date, completed_at FROM checkins"),
        QStringLiteral("id"), onlyId, {}, [&](const SqliteStatement &row) {
            CheckIn checkIn(row.columnText(0), StoredTime::dateTime(row.columnText(1)));
            checkIn.setWithWhom(row.columnText(2));
            checkIn.setWhere(row.columnText(3));
            checkIn.setRemind(row.columnInt64(4) != 0);
            checkIn.setWhatChanged(row.columnText(5));
            checkIn.setBoardDate(StoredTime::date(row.columnText(6)));
            checkIn.setCompletedAt(StoredTime::dateTime(row.columnText(7)));
            found.append(std::move(checkIn));
        });
    if (result.ok())
        *checkIns = std::move(found);
    return result;
}

} // namespace mapje
