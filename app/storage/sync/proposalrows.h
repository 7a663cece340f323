#pragma once

#include "core/sync/proposal.h"
#include "storage/sqliteresult.h"

#include <QList>
#include <QString>

namespace mapje {

class SqliteDatabase;

/** What the municipality proposed, as a row of proposals; all SQL about proposals lives here. */
class ProposalRows {
public:
    using Record = Proposal;

    [[nodiscard]] static QString idOf(const Proposal &proposal) { return proposal.id; }
    /** begin, then id. */
    [[nodiscard]] static bool before(const Proposal &a, const Proposal &b);
    /** Replaces the proposal; call inside a transaction. */
    [[nodiscard]] static SqliteResult write(SqliteDatabase &db, const Proposal &proposal);
    [[nodiscard]] static SqliteResult remove(SqliteDatabase &db, const QString &id);
    /**
     * Every stored proposal (onlyId empty) or one, in one query; rows this version cannot read
     * (an unknown kind or state, a broken list of things to bring) are skipped, never guessed.
     */
    [[nodiscard]] static SqliteResult read(
        const SqliteDatabase &db, const QString &onlyId, QList<Proposal> *proposals);
};

} // namespace mapje
