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
        // 3: goals with steps, check-ins, appointments with their lists, and what the citizen did
        // with each reminder. Times are ISO 8601 UTC with milliseconds, days ISO dates, '' for
        // none; states are the core's text keys; `position` is only the citizen's own order.
        QStringLiteral(
            "CREATE TABLE goals (id TEXT PRIMARY KEY, domain_id TEXT NOT NULL,"
            " own_words TEXT NOT NULL, by_when TEXT NOT NULL DEFAULT '',"
            " who_helps TEXT NOT NULL DEFAULT '', state TEXT NOT NULL,"
            " created_at TEXT NOT NULL DEFAULT '', state_since TEXT NOT NULL DEFAULT '',"
            " position INTEGER NOT NULL);"
            "CREATE TABLE goal_steps ("
            " goal_id TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,"
            " id TEXT NOT NULL, text TEXT NOT NULL,"
            " done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),"
            " remind_on TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL,"
            " PRIMARY KEY (goal_id, id));"
            "CREATE TABLE checkins (id TEXT PRIMARY KEY, starts_at TEXT NOT NULL DEFAULT '',"
            " with_whom TEXT NOT NULL DEFAULT '', where_text TEXT NOT NULL DEFAULT '',"
            " remind INTEGER NOT NULL DEFAULT 0 CHECK (remind IN (0, 1)),"
            " what_changed TEXT NOT NULL DEFAULT '', board_date TEXT NOT NULL DEFAULT '',"
            " completed_at TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE appointments (id TEXT PRIMARY KEY, starts_at TEXT NOT NULL DEFAULT '',"
            " where_text TEXT NOT NULL DEFAULT '', with_whom TEXT NOT NULL DEFAULT '',"
            " want_them_to_know TEXT NOT NULL DEFAULT '', comes_with_me TEXT NOT NULL DEFAULT '',"
            " remind INTEGER NOT NULL DEFAULT 0 CHECK (remind IN (0, 1)));"
            "CREATE TABLE appointment_questions ("
            " appointment_id TEXT NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, text TEXT NOT NULL,"
            " PRIMARY KEY (appointment_id, position));"
            "CREATE TABLE appointment_bring ("
            " appointment_id TEXT NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, item TEXT NOT NULL,"
            " PRIMARY KEY (appointment_id, position));"
            "CREATE TABLE reminder_states (key TEXT PRIMARY KEY,"
            " snoozed_until TEXT NOT NULL DEFAULT '',"
            " off INTEGER NOT NULL DEFAULT 0 CHECK (off IN (0, 1)),"
            " shown_at TEXT NOT NULL DEFAULT '', dismissed_at TEXT NOT NULL DEFAULT '');"),
        // 4: an appointment afterwards (what was agreed, own words), the suggestion a question was
        // picked from ('' for own questions; a QuestionCatalogue key), and a tick for each thing
        // to bring. appointment_bring.item is a DocumentCatalogue key ("id", "bankStatements", …)
        // for a standard document and the citizen's own words otherwise; items are unique per
        // appointment. Rows of v3 keep their meaning: own words, own questions, nothing ticked.
        QStringLiteral(
            "ALTER TABLE appointments ADD COLUMN agreed TEXT NOT NULL DEFAULT '';"
            "ALTER TABLE appointment_questions ADD COLUMN suggestion_key TEXT NOT NULL DEFAULT '';"
            "ALTER TABLE appointment_bring ADD COLUMN"
            " packed INTEGER NOT NULL DEFAULT 0 CHECK (packed IN (0, 1));"),
        // 5: whether the citizen picked a time for her appointment. With has_time 0 she picked
        // the day alone, and starts_at holds that ISO date ("yyyy-MM-dd"), not a moment: Mapje
        // never chooses a time for her. Rows of v4 keep their meaning: a day and a time.
        QStringLiteral("ALTER TABLE appointments ADD COLUMN"
                       " has_time INTEGER NOT NULL DEFAULT 1 CHECK (has_time IN (0, 1));"),
        // 6: conversations held at one screen (a tandem): who was there by role and first name,
        // the cards used or skipped, and what the others added with the citizen's decision at
        // the closing. Items name a fiche (whose, which domain) or a note by id, never words.
        // Roles, kinds and decisions are the core's text keys; `position` keeps the order.
        // experience_notes: "Wat mij hielp", an ervaringswerker's own words on a domain.
        QStringLiteral(
            "CREATE TABLE conversations (id TEXT PRIMARY KEY, started_at TEXT NOT NULL,"
            " citizen_id TEXT NOT NULL, closed_at TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE conversation_people ("
            " conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,"
            " perspective_id TEXT NOT NULL, role TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',"
            " position INTEGER NOT NULL, PRIMARY KEY (conversation_id, perspective_id));"
            "CREATE TABLE conversation_cards ("
            " conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,"
            " card_id TEXT NOT NULL, used INTEGER NOT NULL CHECK (used IN (0, 1)),"
            " position INTEGER NOT NULL, PRIMARY KEY (conversation_id, card_id));"
            "CREATE TABLE conversation_items ("
            " conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, kind TEXT NOT NULL, perspective_id TEXT NOT NULL,"
            " domain_id TEXT NOT NULL, note_id TEXT NOT NULL DEFAULT '', decision TEXT NOT NULL,"
            " PRIMARY KEY (conversation_id, position));"
            "CREATE TABLE experience_notes (id TEXT PRIMARY KEY, perspective_id TEXT NOT NULL,"
            " domain_id TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL);"),
        // 7: sharing with the municipality. sync_pairing holds at most one row (the id is fixed)
        // and the device token, a secret kept nowhere else. A shared item and its outbox entries
        // are written together; `sequence` is the order she made the changes in, across items,
        // `position` the item's own list order. confirmed is 1 once the server confirmed an ETag
        // ('' = not on the server). Bodies and the token are BLOBs as the protocol encoded them;
        // a proposal's things to bring are one JSON array of text. Requests for another moment
        // have no link to their proposal: they are kept until the endpoint has them. consent_log
        // only grows: what left the device, how, when and to where.
        QStringLiteral(
            "CREATE TABLE sync_pairing (id TEXT PRIMARY KEY CHECK (id = 'this-device'),"
            " pairing_id TEXT NOT NULL, municipality TEXT NOT NULL DEFAULT '',"
            " endpoint TEXT NOT NULL, device_token BLOB NOT NULL,"
            " paired_at TEXT NOT NULL DEFAULT '', appointments_cursor TEXT NOT NULL DEFAULT '',"
            " moments_cursor TEXT NOT NULL DEFAULT '',"
            " ending INTEGER NOT NULL DEFAULT 0 CHECK (ending IN (0, 1)));"
            "CREATE TABLE shared_items (share_id TEXT PRIMARY KEY, kind TEXT NOT NULL,"
            " item_id TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',"
            " with_others INTEGER NOT NULL DEFAULT 0 CHECK (with_others IN (0, 1)),"
            " consented_body BLOB NOT NULL DEFAULT x'', consented_at TEXT NOT NULL DEFAULT '',"
            " withdrawn_at TEXT NOT NULL DEFAULT '',"
            " confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1)),"
            " confirmed_etag TEXT NOT NULL DEFAULT '', confirmed_at TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE outbox_entries ("
            " share_id TEXT NOT NULL REFERENCES shared_items (share_id) ON DELETE CASCADE,"
            " entry_id TEXT NOT NULL, action TEXT NOT NULL, body BLOB NOT NULL DEFAULT x'',"
            " idempotency_key TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
            " next_attempt_at TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL DEFAULT '',"
            " refresh_version INTEGER NOT NULL DEFAULT 0 CHECK (refresh_version IN (0, 1)),"
            " parked INTEGER NOT NULL DEFAULT 0 CHECK (parked IN (0, 1)),"
            " sequence INTEGER NOT NULL, position INTEGER NOT NULL,"
            " PRIMARY KEY (share_id, entry_id));"
            "CREATE TABLE proposals (id TEXT PRIMARY KEY, kind TEXT NOT NULL,"
            " begins_at TEXT NOT NULL DEFAULT '', ends_at TEXT NOT NULL DEFAULT '',"
            " where_text TEXT NOT NULL DEFAULT '', with_whom TEXT NOT NULL DEFAULT '',"
            " subject TEXT NOT NULL DEFAULT '', bring TEXT NOT NULL DEFAULT '[]',"
            " proposed_at TEXT NOT NULL DEFAULT '', received_at TEXT NOT NULL DEFAULT '',"
            " state TEXT NOT NULL, local_id TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE reschedule_requests (id TEXT PRIMARY KEY, proposal_id TEXT NOT NULL,"
            " message TEXT NOT NULL DEFAULT '', idempotency_key TEXT NOT NULL,"
            " created_at TEXT NOT NULL DEFAULT '', sent_at TEXT NOT NULL DEFAULT '',"
            " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE consent_log (id TEXT PRIMARY KEY, item_kind TEXT NOT NULL,"
            " item_id TEXT NOT NULL, at TEXT NOT NULL DEFAULT '', endpoint TEXT NOT NULL DEFAULT "
            "'',"
            " channel TEXT NOT NULL, what TEXT NOT NULL DEFAULT '');"),
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
