#pragma once

#include "core/sync/shareditem.h"
#include "storage/sqliteresult.h"

#include <QList>
#include <QString>

namespace mapje {

class SqliteDatabase;

/**
 * A shared item and its outbox entries as rows of shared_items and outbox_entries; all SQL about
 * them lives here. An entry belongs to the item it is saved with, and what the server confirmed
 * is of that item: both take the item's shareId.
 */
class SharedItemRows {
public:
    using Record = SharedItem;

    [[nodiscard]] static QString idOf(const SharedItem &item) { return item.shareId; }
    /** consentedAt, then shareId. */
    [[nodiscard]] static bool before(const SharedItem &a, const SharedItem &b);
    /** Replaces the item with all its entries; call inside a transaction. */
    [[nodiscard]] static SqliteResult write(SqliteDatabase &db, const SharedItem &item);
    /** Deletes the item and its entries; call inside a transaction. */
    [[nodiscard]] static SqliteResult remove(SqliteDatabase &db, const QString &shareId);
    /**
     * Every stored item (onlyShareId empty) or one, in two queries however many; rows this
     * version cannot read (an unknown kind or action) are skipped, never guessed.
     */
    [[nodiscard]] static SqliteResult read(
        const SqliteDatabase &db, const QString &onlyShareId, QList<SharedItem> *items);
};

} // namespace mapje
