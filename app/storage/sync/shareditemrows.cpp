#include "storage/sync/shareditemrows.h"

#include "storage/recordsql.h"
#include "storage/sqlitedatabase.h"
#include "storage/storagelog.h"
#include "storage/storedtime.h"
#include "storage/sync/storedkeys.h"

#include <QHash>

namespace mapje {

namespace {

const StoredKeys<Outbox::Entry::Action> kActions {
    {Outbox::Entry::Action::Put, QStringLiteral("put")},
    {Outbox::Entry::Action::Delete, QStringLiteral("delete")},
};

SqliteResult removeEntries(SqliteDatabase &db, const QString &shareId)
{
    // Explicit delete: the entries go even if foreign keys were ever switched off.
    return RecordSql::deleteRows(
        db, QStringLiteral("outbox_entries"), QStringLiteral("share_id"), shareId);
}

SqliteResult writeItemRow(SqliteDatabase &db, const SharedItem &item)
{
    SqliteStatement row = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO shared_items (share_id, kind, item_id, title,"
                       " with_others, consented_body, consented_at, withdrawn_at, confirmed,"
                       " confirmed_etag, confirmed_at)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    row.bind(1, item.shareId)
        .bind(2, Consent::itemKindKey(item.kind))
        .bind(3, item.itemId)
        .bind(4, item.title)
        .bind(5, qint64(item.withOthers ? 1 : 0))
        .bindBlob(6, item.consentedBody)
        .bind(7, StoredTime::text(item.consentedAt))
        .bind(8, StoredTime::text(item.withdrawnAt))
        .bind(9, qint64(item.confirmed ? 1 : 0))
        .bind(10, item.confirmed ? item.confirmed->etag : QString())
        .bind(11, StoredTime::text(item.confirmed ? item.confirmed->at : QDateTime()));
    return row.run();
}

SqliteResult writeEntries(SqliteDatabase &db, const SharedItem &item)
{
    SqliteStatement row = db.prepare(
        QStringLiteral("INSERT INTO outbox_entries (share_id, entry_id, action, body,"
                       " idempotency_key, attempts, next_attempt_at, created_at, refresh_version,"
                       " parked, sequence, position)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    for (qsizetype i = 0; i < item.entries.size(); ++i) {
        const Outbox::Entry &entry = item.entries.at(i);
        row.reset();
        row.bind(1, item.shareId)
            .bind(2, entry.entryId)
            .bind(3, kActions.key(entry.action))
            .bindBlob(4, entry.body)
            .bind(5, entry.idempotencyKey)
            .bind(6, qint64(entry.attempts))
            .bind(7, StoredTime::text(entry.nextAttemptAt))
            .bind(8, StoredTime::text(entry.createdAt))
            .bind(9, qint64(entry.refreshVersion ? 1 : 0))
            .bind(10, qint64(entry.parked ? 1 : 0))
            .bind(11, entry.sequence)
            .bind(12, qint64(i));
        if (const SqliteResult result = row.run(); !result.ok())
            return result;
    }
    return {};
}

} // namespace

bool SharedItemRows::before(const SharedItem &a, const SharedItem &b)
{
    return StoredTime::earlierFirst(a.consentedAt, a.shareId, b.consentedAt, b.shareId);
}

SqliteResult SharedItemRows::write(SqliteDatabase &db, const SharedItem &item)
{
    SqliteResult result = removeEntries(db, item.shareId);
    if (!result.ok())
        return result;
    if (result = writeItemRow(db, item); !result.ok())
        return result;
    return writeEntries(db, item);
}

SqliteResult SharedItemRows::remove(SqliteDatabase &db, const QString &shareId)
{
    const SqliteResult result = removeEntries(db, shareId);
    return result.ok() ? RecordSql::deleteRows(
               db, QStringLiteral("shared_items"), QStringLiteral("share_id"), shareId)
                       : result;
}

SqliteResult SharedItemRows::read(
    const SqliteDatabase &db, const QString &onlyShareId, QList<SharedItem> *items)
{
    QList<SharedItem> found;
    QHash<QString, qsizetype> index;
    int skipped = 0;
    // SqliteStatement reads text only: bodies come as hex, so no byte is lost on the way.
    SqliteResult result = RecordSql::forEachRow(db,
        QStringLiteral("SELECT share_id, kind, item_id, title, with_others, hex(consented_body),"
                       " consented_at, withdrawn_at, confirmed, confirmed_etag, confirmed_at"
                       " FROM shared_items"),
        QStringLiteral("share_id"), onlyShareId, {}, [&](const SqliteStatement &row) {
            const std::optional<Consent::ItemKind> kind
                = Consent::itemKindFromKey(row.columnText(1));
            if (!kind) {
                ++skipped;
                return;
            }
            SharedItem item;
            item.shareId = row.columnText(0);
            item.kind = *kind;
            item.itemId = row.columnText(2);
            item.title = row.columnText(3);
            item.withOthers = row.columnInt64(4) != 0;
            item.consentedBody = QByteArray::fromHex(row.columnText(5).toLatin1());
            item.consentedAt = StoredTime::dateTime(row.columnText(6));
            item.withdrawnAt = StoredTime::dateTime(row.columnText(7));
            if (row.columnInt64(8) != 0)
                item.confirmed = Outbox::Confirmed {
                    item.shareId, row.columnText(9), StoredTime::dateTime(row.columnText(10))};
            index.insert(item.shareId, found.size());
            found.append(std::move(item));
        });
    if (result.ok() && !found.isEmpty()) {
        result = RecordSql::forEachRow(db,
            QStringLiteral("SELECT share_id, entry_id, action, hex(body), idempotency_key,"
                           " attempts, next_attempt_at, created_at, refresh_version, parked,"
                           " sequence FROM outbox_entries"),
            QStringLiteral("share_id"), onlyShareId, QStringLiteral("share_id, position"),
            [&](const SqliteStatement &row) {
                const qsizetype i = index.value(row.columnText(0), -1);
                const std::optional<Outbox::Entry::Action> action
                    = kActions.value(row.columnText(2));
                if (i < 0 || !action) {
                    ++skipped;
                    return;
                }
                Outbox::Entry entry;
                entry.entryId = row.columnText(1);
                entry.shareId = row.columnText(0);
                entry.action = *action;
                entry.body = QByteArray::fromHex(row.columnText(3).toLatin1());
                entry.idempotencyKey = row.columnText(4);
                entry.attempts = int(row.columnInt64(5));
                entry.nextAttemptAt = StoredTime::dateTime(row.columnText(6));
                entry.createdAt = StoredTime::dateTime(row.columnText(7));
                entry.refreshVersion = row.columnInt64(8) != 0;
                entry.parked = row.columnInt64(9) != 0;
                entry.sequence = row.columnInt64(10);
                found[i].entries.append(std::move(entry));
            });
    }
    if (skipped > 0)
        qCInfo(lcStorage, "SharedItemRows: skipped %d unreadable row(s)", skipped);
    if (result.ok())
        *items = std::move(found);
    return result;
}

} // namespace mapje
