#pragma once

#include "storage/sqliteresult.h"
#include "storage/sqlitestatement.h"

#include <QString>
#include <functional>

namespace mapje {

class SqliteDatabase;

/** The few statement shapes every record codec repeats, so each codec only names its columns. */
class RecordSql {
public:
    using Row = std::function<void(const SqliteStatement &)>;

    /**
     * Runs select (no WHERE) for every record, or with "WHERE idColumn = onlyId" for one, then
     * orderBy; calls row for each result row. One statement however many records there are.
     */
    [[nodiscard]] static SqliteResult forEachRow(const SqliteDatabase &db, const QString &select,
        const QString &idColumn, const QString &onlyId, const QString &orderBy, const Row &row);
    /** DELETE FROM table WHERE idColumn = id. */
    [[nodiscard]] static SqliteResult deleteRows(
        SqliteDatabase &db, const QString &table, const QString &idColumn, const QString &id);
};

} // namespace mapje
