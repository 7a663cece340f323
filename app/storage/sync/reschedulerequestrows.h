#pragma once

#include "core/sync/proposal.h"
#include "storage/sqliteresult.h"

#include <QList>
#include <QString>

namespace mapje {

class SqliteDatabase;

/** "Ik kan niet komen" requests as rows of reschedule_requests; their SQL lives here. */
class RescheduleRequestRows {
public:
    using Record = RescheduleRequest;

    [[nodiscard]] static QString idOf(const RescheduleRequest &request) { return request.id; }
    /** createdAt, then id. */
    [[nodiscard]] static bool before(const RescheduleRequest &a, const RescheduleRequest &b);
    /** Replaces the request; call inside a transaction. */
    [[nodiscard]] static SqliteResult write(SqliteDatabase &db, const RescheduleRequest &request);
    [[nodiscard]] static SqliteResult remove(SqliteDatabase &db, const QString &id);
    /** Every stored request (onlyId empty) or one, in one query. */
    [[nodiscard]] static SqliteResult read(
        const SqliteDatabase &db, const QString &onlyId, QList<RescheduleRequest> *requests);
};

} // namespace mapje
