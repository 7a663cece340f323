#include "storage/sync/reschedulerequestrows.h"

#include "storage/recordsql.h"
#include "storage/sqlitedatabase.h"
#include "storage/storedtime.h"

namespace mapje {

bool RescheduleRequestRows::before(const RescheduleRequest &a, const RescheduleRequest &b)
{
    return StoredTime::earlierFirst(a.createdAt, a.id, b.createdAt, b.id);
}

SqliteResult RescheduleRequestRows::write(SqliteDatabase &db, const RescheduleRequest &request)
{
    SqliteStatement row = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO reschedule_requests (id, proposal_id, message,"
                       " idempotency_key, created_at, sent_at, attempts, next_attempt_at)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    row.bind(1, request.id)
        .bind(2, request.proposalId)
        .bind(3, request.message)
        .bind(4, request.idempotencyKey)
        .bind(5, StoredTime::text(request.createdAt))
        .bind(6, StoredTime::text(request.sentAt))
        .bind(7, qint64(request.attempts))
        .bind(8, StoredTime::text(request.nextAttemptAt));
    return row.run();
}

SqliteResult RescheduleRequestRows::remove(SqliteDatabase &db, const QString &id)
{
    return RecordSql::deleteRows(
        db, QStringLiteral("reschedule_requests"), QStringLiteral("id"), id);
}

SqliteResult RescheduleRequestRows::read(
    const SqliteDatabase &db, const QString &onlyId, QList<RescheduleRequest> *requests)
{
    QList<RescheduleRequest> found;
    const SqliteResult result = RecordSql::forEachRow(db,
        QStringLiteral("SELECT id, proposal_id, message, idempotency_key, created_at, sent_at,"
                       " attempts, next_attempt_at FROM reschedule_requests"),
        QStringLiteral("id"), onlyId, {}, [&](const SqliteStatement &row) {
            RescheduleRequest request;
            request.id = row.columnText(0);
            request.proposalId = row.columnText(1);
            request.message = row.columnText(2);
            request.idempotencyKey = row.columnText(3);
            request.createdAt = StoredTime::dateTime(row.columnText(4));
            request.sentAt = StoredTime::dateTime(row.columnText(5));
            request.attempts = int(row.columnInt64(6));
            request.nextAttemptAt = StoredTime::dateTime(row.columnText(7));
            found.append(std::move(request));
        });
    if (result.ok())
        *requests = std::move(found);
    return result;
}

} // namespace mapje
