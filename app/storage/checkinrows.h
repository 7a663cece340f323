#pragma once

#include "core/checkin.h"
#include "storage/sqliteresult.h"

#include <QList>
#include <QString>

namespace mapje {

class SqliteDatabase;

/** A check-in (afgesproken moment) as a row of checkins; all SQL about check-ins lives here. */
class CheckInRows {
public:
    using Record = CheckIn;

    [[nodiscard]] static QString idOf(const CheckIn &checkIn) { return checkIn.id(); }
    /** When it is, earliest first, then id. */
    [[nodiscard]] static bool before(const CheckIn &a, const CheckIn &b);
    /** Replaces the check-in; call inside a transaction. */
    [[nodiscard]] static SqliteResult write(SqliteDatabase &db, const CheckIn &checkIn);
    [[nodiscard]] static SqliteResult remove(SqliteDatabase &db, const QString &id);
    /** Every stored check-in (onlyId empty) or one, in one query. */
    [[nodiscard]] static SqliteResult read(
        const SqliteDatabase &db, const QString &onlyId, QList<CheckIn> *checkIns);
};

} // namespace mapje
