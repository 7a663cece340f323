#pragma once

#include "core/sync/pairing.h"
#include "storage/sqliteresult.h"

#include <QList>
#include <QString>

namespace mapje {

class SqliteDatabase;

/** The one pairing of this device as the one row of sync_pairing; its SQL lives here. */
class PairingRows {
public:
    using Record = Pairing;

    /** The row's fixed id: a device has one pairing at a time, never two. */
    static inline const QString Id = QStringLiteral("this-device");

    [[nodiscard]] static QString idOf(const Pairing &) { return Id; }
    [[nodiscard]] static bool before(const Pairing &, const Pairing &) { return false; }
    /** Replaces the pairing; call inside a transaction. */
    [[nodiscard]] static SqliteResult write(SqliteDatabase &db, const Pairing &pairing);
    [[nodiscard]] static SqliteResult remove(SqliteDatabase &db, const QString &id);
    /** The stored pairing, if any, in one query. */
    [[nodiscard]] static SqliteResult read(
        const SqliteDatabase &db, const QString &onlyId, QList<Pairing> *pairings);
};

} // namespace mapje
