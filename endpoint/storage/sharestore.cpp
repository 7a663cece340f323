#include "storage/sharestore.h"

#include <QSqlQuery>
#include <QVariant>

namespace mapje::endpoint {

namespace {

ShareStore::Stored storedFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toByteArray(),
        query.value(3).toLongLong(),
        QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC)};
}

} // namespace

ShareStore::PutResult ShareStore::put(const QString &pairingId, const Stored &share,
    std::optional<qint64> ifMatch, bool onlyNew, Stored *result) const
{
    const std::optional<Stored> current = get(pairingId, share.id);
    QSqlQuery query(m_database.connection());
    if (!current) {
        if (ifMatch)
            return PutResult::VersionChanged; // replaced a version that is no longer there
        query.prepare(QStringLiteral("INSERT INTO deelnames (koppeling_id, id, soort, inhoud, "
                                     "versie_nr, ontvangen_op) VALUES (?, ?, ?, ?, 1, ?)"));
        query.addBindValue(pairingId);
        query.addBindValue(share.id);
        query.addBindValue(share.kind);
        query.addBindValue(QString::fromUtf8(share.body));
        query.addBindValue(share.receivedAt.toMSecsSinceEpoch());
        if (!query.exec()) {
            // Another request made it just now: answer as if it had been there.
            if (get(pairingId, share.id))
                return onlyNew ? PutResult::Exists : PutResult::VersionNeeded;
            return PutResult::Failed;
        }
        *result = share;
        result->version = 1;
        return PutResult::Created;
    }
    if (onlyNew)
        return PutResult::Exists;
    if (!ifMatch)
        return PutResult::VersionNeeded;
    // Only from the version she last saw: an older change never overwrites a newer one.
    query.prepare(
        QStringLiteral("UPDATE deelnames SET soort = ?, inhoud = ?, versie_nr = versie_nr + 1, "
                       "ontvangen_op = ? WHERE koppeling_id = ? AND id = ? AND versie_nr = ?"));
    query.addBindValue(share.kind);
    query.addBindValue(QString::fromUtf8(share.body));
    query.addBindValue(share.receivedAt.toMSecsSinceEpoch());
    query.addBindValue(pairingId);
    query.addBindValue(share.id);
    query.addBindValue(*ifMatch);
    if (!query.exec())
        return PutResult::Failed;
    if (query.numRowsAffected() != 1)
        return PutResult::VersionChanged;
    *result = share;
    result->version = *ifMatch + 1;
    return PutResult::Replaced;
}

std::optional<ShareStore::Stored> ShareStore::get(const QString &pairingId, const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, soort, inhoud, versie_nr, ontvangen_op FROM deelnames "
                                 "WHERE koppeling_id = ? AND id = ?"));
    query.addBindValue(pairingId);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return storedFrom(query);
}

QList<ShareStore::Stored> ShareStore::list(const QString &pairingId) const
{
    QList<Stored> shares;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, soort, inhoud, versie_nr, ontvangen_op FROM deelnames "
                                 "WHERE koppeling_id = ? ORDER BY ontvangen_op, id"));
    query.addBindValue(pairingId);
    if (query.exec()) {
        while (query.next())
            shares.append(storedFrom(query));
    }
    return shares;
}

bool ShareStore::remove(const QString &pairingId, const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM deelnames WHERE koppeling_id = ? AND id = ?"));
    query.addBindValue(pairingId);
    query.addBindValue(id);
    return query.exec();
}

} // namespace mapje::endpoint
