#include "storage/sync/proposalrows.h"

#include "storage/recordsql.h"
#include "storage/sqlitedatabase.h"
#include "storage/storagelog.h"
#include "storage/storedtime.h"
#include "storage/sync/storedkeys.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mapje {

namespace {

const StoredKeys<Proposal::Kind> kKinds {
    {Proposal::Kind::Appointment, QStringLiteral("appointment")},
    {Proposal::Kind::Moment, QStringLiteral("moment")},
};

const StoredKeys<Proposal::State> kStates {
    {Proposal::State::New, QStringLiteral("new")},
    {Proposal::State::Accepted, QStringLiteral("accepted")},
    {Proposal::State::Dismissed, QStringLiteral("dismissed")},
};

QString bringText(const QStringList &bring)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(bring)).toJson(QJsonDocument::Compact));
}

/** Nothing when the text is not an array of strings. */
std::optional<QStringList> bringFromText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray())
        return std::nullopt;
    QStringList bring;
    for (const QJsonValue &value : document.array()) {
        if (!value.isString())
            return std::nullopt;
        bring.append(value.toString());
    }
    return bring;
}

} // namespace

bool ProposalRows::before(const Proposal &a, const Proposal &b)
{
    return StoredTime::earlierFirst(a.begin, a.id, b.begin, b.id);
}

SqliteResult ProposalRows::write(SqliteDatabase &db, const Proposal &proposal)
{
    SqliteStatement row = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO proposals (id, kind, begins_at, ends_at,"
                       " where_text, with_whom, subject, bring, proposed_at, received_at, state,"
                       " local_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    row.bind(1, proposal.id)
        .bind(2, kKinds.key(proposal.kind))
        .bind(3, StoredTime::text(proposal.begin))
        .bind(4, StoredTime::text(proposal.end))
        .bind(5, proposal.where)
        .bind(6, proposal.withWhom)
        .bind(7, proposal.subject)
        .bind(8, bringText(proposal.bring))
        .bind(9, StoredTime::text(proposal.proposedAt))
        .bind(10, StoredTime::text(proposal.receivedAt))
        .bind(11, kStates.key(proposal.state))
        .bind(12, proposal.localId);
    return row.run();
}

SqliteResult ProposalRows::remove(SqliteDatabase &db, const QString &id)
{
    return RecordSql::deleteRows(db, QStringLiteral("proposals"), QStringLiteral("id"), id);
}

SqliteResult ProposalRows::read(
    const SqliteDatabase &db, const QString &onlyId, QList<Proposal> *proposals)
{
    QList<Proposal> found;
    int skipped = 0;
    const SqliteResult result = RecordSql::forEachRow(db,
        QStringLiteral("SELECT id, kind, begins_at, ends_at, where_text, with_whom, subject,"
                       " bring, proposed_at, received_at, state, local_id FROM proposals"),
        QStringLiteral("id"), onlyId, {}, [&](const SqliteStatement &row) {
            const std::optional<Proposal::Kind> kind = kKinds.value(row.columnText(1));
            const std::optional<Proposal::State> state = kStates.value(row.columnText(10));
            std::optional<QStringList> bring = bringFromText(row.columnText(7));
            if (!kind || !state || !bring) {
                ++skipped;
                return;
            }
            Proposal proposal;
            proposal.id = row.columnText(0);
            proposal.kind = *kind;
            proposal.begin = StoredTime::dateTime(row.columnText(2));
            proposal.end = StoredTime::dateTime(row.columnText(3));
            proposal.where = row.columnText(4);
            proposal.withWhom = row.columnText(5);
            proposal.subject = row.columnText(6);
            proposal.bring = std::move(*bring);
            proposal.proposedAt = StoredTime::dateTime(row.columnText(8));
            proposal.receivedAt = StoredTime::dateTime(row.columnText(9));
            proposal.state = *state;
            proposal.localId = row.columnText(11);
            found.append(std::move(proposal));
        });
    if (skipped > 0)
        qCInfo(lcStorage, "ProposalRows: skipped %d unreadable row(s)", skipped);
    if (result.ok())
        *proposals = std::move(found);
    return result;
}

} // namespace mapje
