#include "storage/recordsql.h"

#include "storage/sqlitedatabase.h"

namespace mapje {

SqliteResult RecordSql::forEachRow(const SqliteDatabase &db, const QString &select,
    const QString &idColumn, const QString &onlyId, const QString &orderBy, const Row &row)
{
    QString sql = select;
    if (!onlyId.isEmpty())
        sql += QStringLiteral(" WHERE %1 = ?1").arg(idColumn);
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    SqliteStatement statement = db.prepare(sql);
    if (!onlyId.isEmpty())
        statement.bind(1, onlyId);
    SqliteResult result;
    while ((result = statement.step()).ok() && statement.hasRow())
        row(statement);
    return result;
}

SqliteResult RecordSql::deleteRows(
    SqliteDatabase &db, const QString &table, const QString &idColumn, const QString &id)
{
    SqliteStatement statement
        = db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?1").arg(table, idColumn));
    statement.bind(1, id);
    return statement.run();
}

} // namespace mapje
