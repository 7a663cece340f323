#include "storage/sync/consentlogrows.h"

#include "storage/recordsql.h"
#include "storage/sqlitedatabase.h"
#include "storage/storagelog.h"
#include "storage/storedtime.h"

namespace mapje {

bool ConsentLogRows::before(const ConsentLogEntry &a, const ConsentLogEntry &b)
{
    return StoredTime::earlierFirst(a.record.when(), a.id, b.record.when(), b.id);
}

SqliteResult ConsentLogRows::write(SqliteDatabase &db, const ConsentLogEntry &entry)
{
    SqliteStatement row = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO consent_log (id, item_kind, item_id, at, endpoint,"
                       " channel, what) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    const ShareRecord &record = entry.record;
    row.bind(1, entry.id)
        .bind(2, Consent::itemKindKey(record.itemKind()))
        .bind(3, record.itemId())
        .bind(4, StoredTime::text(record.when()))
        .bind(5, record.endpoint())
        .bind(6, ShareRecord::channelKey(record.channel()))
        .bind(7, record.what());
    return row.run();
}

SqliteResult ConsentLogRows::remove(SqliteDatabase &db, const QString &id)
{
    return RecordSql::deleteRows(db, QStringLiteral("consent_log"), QStringLiteral("id"), id);
}

SqliteResult ConsentLogRows::read(
    const SqliteDatabase &db, const QString &onlyId, QList<ConsentLogEntry> *entries)
{
    QList<ConsentLogEntry> found;
    int skipped = 0;
    const SqliteResult result = RecordSql::forEachRow(db,
        QStringLiteral(
            "SELECT id, item_kind, item_id, at, endpoint, channel, what FROM consent_log"),
        QStringLiteral("id"), onlyId, {}, [&](const SqliteStatement &row) {
            const std::optional<Consent::ItemKind> kind
                = Consent::itemKindFromKey(row.columnText(1));
            const std::optional<ShareRecord::Channel> channel
                = ShareRecord::channelFromKey(row.columnText(5));
            if (!kind || !channel) {
                ++skipped;
                return;
            }
            ShareRecord record(*kind, row.columnText(2), StoredTime::dateTime(row.columnText(3)),
                row.columnText(4));
            record.setChannel(*channel);
            record.setWhat(row.columnText(6));
            found.append({row.columnText(0), std::move(record)});
        });
    if (skipped > 0)
        qCInfo(lcStorage, "ConsentLogRows: skipped %d unreadable row(s)", skipped);
    if (result.ok())
        *entries = std::move(found);
    return result;
}

} // namespace mapje
