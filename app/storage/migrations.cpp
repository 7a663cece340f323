#include "storage/migrations.h"

#include "storage/sqlitedatabase.h"
#include "storage/sqlitetransaction.h"

namespace mapje {

const QList<QString> &Migrations::steps()
{
    // Append only; never edit a shipped step (SQLite 3.15: no UPSERT, no RENAME COLUMN).
    static const QList<QString> list = {
        // 1: settings and free-text notes.
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                       "CREATE TABLE notes (key TEXT PRIMARY KEY, body TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL);"),
    };
    return list;
}

int Migrations::latestVersion()
{
    return int(steps().size());
}

SqliteResult Migrations::currentVersion(const SqliteDatabase &db, int *version)
{
    qint64 value = 0;
    const SqliteResult result = db.queryInt(QStringLiteral("PRAGMA user_version"), &value);
    if (version)
        *version = int(value);
    return result;
}

SqliteResult Migrations::migrate(SqliteDatabase &db)
{
    int version = 0;
    SqliteResult result = currentVersion(db, &version);
    if (!result.ok())
        return result;
    const auto &all = steps();
    for (int next = version + 1; next <= latestVersion(); ++next) {
        SqliteTransaction transaction(db);
        if (!transaction.begun().ok())
            return transaction.begun();
        result = db.exec(all.at(next - 1));
        if (!result.ok())
            return result;
        // The version bump is inside the same transaction: a step is either all there or not.
        result = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(next));
        if (!result.ok())
            return result;
        result = transaction.commit();
        if (!result.ok())
            return result;
    }
    return {};
}

} // namespace mapje
