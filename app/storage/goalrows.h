#pragma once

#include "core/goal.h"
#include "storage/sqliteresult.h"

#include <QList>
#include <QString>

namespace mapje {

class SqliteDatabase;

/** A goal and its steps as rows of goals and goal_steps; all SQL about goals lives here. */
class GoalRows {
public:
    using Record = Goal;

    [[nodiscard]] static QString idOf(const Goal &goal) { return goal.id(); }
    /** The citizen's writing order: createdAt, then id. */
    [[nodiscard]] static bool before(const Goal &a, const Goal &b);
    /** Replaces the goal and all its steps; call inside a transaction. */
    [[nodiscard]] static SqliteResult write(SqliteDatabase &db, const Goal &goal);
    /** Deletes the goal and its steps; call inside a transaction. */
    [[nodiscard]] static SqliteResult remove(SqliteDatabase &db, const QString &id);
    /**
     * Every stored goal (onlyId empty) or one, in two queries however many; rows this version
     * cannot read (no words, an unknown state) are skipped, never guessed.
     */
    [[nodiscard]] static SqliteResult read(
        const SqliteDatabase &db, const QString &onlyId, QList<Goal> *goals);
};

} // namespace mapje
