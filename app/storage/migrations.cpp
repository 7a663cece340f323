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
        // 2: boards per date. Feelings, wishes and kinds are the core's stable text keys, never
        // numbers; `position` is only the citizen's own order. Placements keep the board's list
        // order by rowid (a whole board is rewritten in that order on every save).
        QStringLiteral(
            "CREATE TABLE boards (id TEXT PRIMARY KEY, board_date TEXT NOT NULL,"
            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
            "CREATE INDEX boards_by_date ON boards (board_date);"
            "CREATE TABLE board_domains ("
            " board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,"
            " domain_id TEXT NOT NULL, position INTEGER NOT NULL,"
            " PRIMARY KEY (board_id, domain_id));"
            "CREATE TABLE board_perspectives ("
            " board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,"
            " id TEXT NOT NULL, kind TEXT NOT NULL, display_name TEXT NOT NULL DEFAULT '',"
            " position INTEGER NOT NULL, PRIMARY KEY (board_id, id));"
            "CREATE TABLE board_placements ("
            " board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,"
            " perspective_id TEXT NOT NULL, domain_id TEXT NOT NULL,"
            " feeling TEXT NOT NULL, wish TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
            " hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),"
            " PRIMARY KEY (board_id, perspective_id, domain_id));"),
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
