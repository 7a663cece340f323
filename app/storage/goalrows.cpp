#include "storage/goalrows.h"

#include "storage/recordsql.h"
#include "storage/sqlitedatabase.h"
#include "storage/storagelog.h"
#include "storage/storedtime.h"

#include <QHash>

namespace mapje {

namespace {

/** Goal has no raw "state since"; keep it unset on load when it only echoes createdAt. */
void restoreStateSince(Goal &goal, const QDateTime &stateSince)
{
    if (stateSince.isValid() && stateSince != goal.createdAt())
        goal.setStateSince(stateSince);
}

} // namespace

bool GoalRows::before(const Goal &a, const Goal &b)
{
    return StoredTime::earlierFirst(a.createdAt(), a.id(), b.createdAt(), b.id());
}

SqliteResult GoalRows::write(SqliteDatabase &db, const Goal &goal)
{
    // SQLite 3.15 has no UPSERT: the steps are rewritten, the goal row keeps its position.
    SqliteResult result = RecordSql::deleteRows(
        db, QStringLiteral("goal_steps"), QStringLiteral("goal_id"), goal.id());
    if (!result.ok())
        return result;
    SqliteStatement row = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO goals (id, domain_id, own_words, by_when, who_helps, state,"
        " created_at, state_since, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
        " COALESCE((SELECT position FROM goals WHERE id = ?1),"
        " (SELECT COALESCE(MAX(position), -1) + 1 FROM goals)))"));
    row.bind(1, goal.id())
        .bind(2, goal.domainId())
        .bind(3, goal.ownWords())
        .bind(4, StoredTime::text(goal.byWhen()))
        .bind(5, goal.whoHelps())
        .bind(6, Goal::stateKey(goal.state()))
        .bind(7, StoredTime::text(goal.createdAt()))
        .bind(8, StoredTime::text(goal.stateSince()));
    if (result = row.run(); !result.ok())
        return result;

    SqliteStatement step = db.prepare(
        QStringLiteral("INSERT INTO goal_steps (goal_id, id, text, done, remind_on, position)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    const QList<Step> steps = goal.steps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &s = steps.at(i);
        step.reset();
        step.bind(1, goal.id())
            .bind(2, s.id())
            .bind(3, s.text())
            .bind(4, qint64(s.isDone() ? 1 : 0))
            .bind(5, StoredTime::text(s.remindOn()))
            .bind(6, qint64(i));
        if (result = step.run(); !result.ok())
            return result;
    }
    return {};
}

SqliteResult GoalRows::remove(SqliteDatabase &db, const QString &id)
{
    // Explicit deletes: the steps go even if foreign keys were ever switched off.
    const SqliteResult result
        = RecordSql::deleteRows(db, QStringLiteral("goal_steps"), QStringLiteral("goal_id"), id);
    return result.ok()
        ? RecordSql::deleteRows(db, QStringLiteral("goals"), QStringLiteral("id"), id)
        : result;
}

SqliteResult GoalRows::read(const SqliteDatabase &db, const QString &onlyId, QList<Goal> *goals)
{
    QList<Goal> found;
    QHash<QString, qsizetype> index;
    int skipped = 0;
    SqliteResult result = RecordSql::forEachRow(db,
        QStringLiteral("SELECT id, domain_id, own_words, by_when, who_helps, state, created_at,"
                       " state_since FROM goals"),
        QStringLiteral("id"), onlyId, QStringLiteral("position"), [&](const SqliteStatement &row) {
            std::optional<Goal> goal
                = Goal::create(row.columnText(0), row.columnText(1), row.columnText(2));
            const std::optional<Goal::State> state = Goal::stateFromKey(row.columnText(5));
            if (!goal || !state) {
                ++skipped;
                return;
            }
            goal->setByWhen(StoredTime::date(row.columnText(3)));
            goal->setWhoHelps(row.columnText(4));
            goal->setCreatedAt(StoredTime::dateTime(row.columnText(6)));
            (void)goal->setState(*state);
            restoreStateSince(*goal, StoredTime::dateTime(row.columnText(7)));
            index.insert(goal->id(), found.size());
            found.append(std::move(*goal));
        });
    if (result.ok() && !found.isEmpty()) {
        result = RecordSql::forEachRow(db,
            QStringLiteral("SELECT goal_id, id, text, done, remind_on FROM goal_steps"),
            QStringLiteral("goal_id"), onlyId, QStringLiteral("goal_id, position"),
            [&](const SqliteStatement &row) {
                const qsizetype i = index.value(row.columnText(0), -1);
                if (i < 0)
                    return;
                Step step(row.columnText(1), row.columnText(2), row.columnInt64(3) != 0);
                step.setRemindOn(StoredTime::date(row.columnText(4)));
                if (found[i].addStep(step) != Goal::Result::Ok)
                    ++skipped;
            });
    }
    if (skipped > 0)
        qCInfo(lcStorage, "GoalRows: skipped %d unreadable row(s)", skipped);
    if (result.ok())
        *goals = std::move(found);
    return result;
}

} // namespace mapje
