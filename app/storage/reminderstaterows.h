#pragma once

#include "core/reminder.h"
#include "storage/sqliteresult.h"

#include <QList>
#include <QString>

namespace mapje {

class SqliteDatabase;

/** What the citizen did with one reminder, as a row of reminder_states; its SQL lives here. */
class ReminderStateRows {
public:
    using Record = ReminderState;

    [[nodiscard]] static QString idOf(const ReminderState &state) { return state.key; }
    /** By key, so the order never depends on a hash. */
    [[nodiscard]] static bool before(const ReminderState &a, const ReminderState &b);
    /** Replaces the state of one reminder; call inside a transaction. */
    [[nodiscard]] static SqliteResult write(SqliteDatabase &db, const ReminderState &state);
    [[nodiscard]] static SqliteResult remove(SqliteDatabase &db, const QString &key);
    /** Every stored state (onlyKey empty) or one, in one query. */
    [[nodiscard]] static SqliteResult read(
        const SqliteDatabase &db, const QString &onlyKey, QList<ReminderState> *states);
};

} // namespace mapje
