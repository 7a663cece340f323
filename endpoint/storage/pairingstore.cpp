#include "storage/pairingstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace mapje::endpoint {

namespace {

PairingStore::Pairing pairingFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC)};
}

} // namespace

bool PairingStore::addCode(const QString &codeHash, const QString &staff, const QString &label,
    const QDateTime &expiresAt) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO koppelcodes (code_hash, medewerker, label, verloopt_op) VALUES (?, ?, ?, ?)"));
    query.addBindValue(codeHash);
    query.addBindValue(staff);
    query.addBindValue(label);
    query.addBindValue(expiresAt.toMSecsSinceEpoch());
    return query.exec();
}

std::optional<PairingStore::Pairing> PairingStore::redeem(const QString &codeHash,
    const QString &pairingId, const QString &tokenHash, const QDateTime &now) const
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return std::nullopt;
    QSqlQuery query(db);
    // The delete decides: of two requests with the same code, only one deletes a row.
    query.prepare(QStringLiteral(
        "SELECT medewerker, label, verloopt_op FROM koppelcodes WHERE code_hash = ?"));
    query.addBindValue(codeHash);
    if (!query.exec() || !query.next()) {
        db.rollback();
        return std::nullopt;
    }
    const QString staff = query.value(0).toString();
    const QString label = query.value(1).toString();
    const qint64 expires = query.value(2).toLongLong();
    query.prepare(QStringLiteral("DELETE FROM koppelcodes WHERE code_hash = ?"));
    query.addBindValue(codeHash);
    if (!query.exec() || query.numRowsAffected() != 1 || expires < now.toMSecsSinceEpoch()) {
        // An expired code is gone too; a lost race changes nothing.
        if (query.numRowsAffected() == 1)
            db.commit();
        else
            db.rollback();
        return std::nullopt;
    }
    query.prepare(QStringLiteral("INSERT INTO koppelingen (id, token_hash, medewerker, label, "
                                 "gekoppeld_op) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(pairingId);
    query.addBindValue(tokenHash);
    query.addBindValue(staff);
    query.addBindValue(label);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec() || !db.commit()) {
        db.rollback();
        return std::nullopt;
    }
    return Pairing {pairingId, staff, label, now.toUTC()};
}

std::optional<PairingStore::Pairing> PairingStore::byToken(const QString &tokenHash) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, medewerker, label, gekoppeld_op FROM koppelingen WHERE token_hash = ?"));
    query.addBindValue(tokenHash);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return pairingFrom(query);
}

std::optional<PairingStore::Pairing> PairingStore::byId(const QString &pairingId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, medewerker, label, gekoppeld_op FROM koppelingen WHERE id = ?"));
    query.addBindValue(pairingId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return pairingFrom(query);
}

QList<PairingStore::Pairing> PairingStore::ofStaff(const QString &staff) const
{
    QList<Pairing> pairings;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, medewerker, label, gekoppeld_op FROM koppelingen "
                                 "WHERE medewerker = ? ORDER BY gekoppeld_op DESC, id"));
    query.addBindValue(staff);
    if (query.exec()) {
        while (query.next())
            pairings.append(pairingFrom(query));
    }
    return pairings;
}

bool PairingStore::remove(const QString &pairingId) const
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    // Explicitly as well as by the foreign key: nothing of the pairing stays behind.
    query.prepare(QStringLiteral("DELETE FROM deelnames WHERE koppeling_id = ?"));
    query.addBindValue(pairingId);
    bool ok = query.exec();
    for (const QString &table : {QStringLiteral("voorstellen"), QStringLiteral("verzoeken")}) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE koppeling_id = ?").arg(table));
        query.addBindValue(pairingId);
        ok = ok && query.exec();
    }
    query.prepare(QStringLiteral("DELETE FROM sleutels WHERE eigenaar = ?"));
    query.addBindValue(QStringLiteral("k:") + pairingId);
    ok = ok && query.exec();
    query.prepare(QStringLiteral("DELETE FROM koppelingen WHERE id = ?"));
    query.addBindValue(pairingId);
    ok = ok && query.exec();
    const bool removed = ok && query.numRowsAffected() == 1;
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
    return removed;
}

void PairingStore::forgetExpired(const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM koppelcodes WHERE verloopt_op < ?"));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM pogingen WHERE op < ?"));
    query.addBindValue(now.addDays(-1).toMSecsSinceEpoch());
    query.exec();
}

int PairingStore::wrongTriesSince(const QString &address, const QDateTime &since) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM pogingen WHERE adres = ? AND op >= ?"));
    query.addBindValue(address);
    query.addBindValue(since.toMSecsSinceEpoch());
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

void PairingStore::addWrongTry(const QString &address, const QDateTime &at) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO pogingen (adres, op) VALUES (?, ?)"));
    query.addBindValue(address);
    query.addBindValue(at.toMSecsSinceEpoch());
    query.exec();
}

} // namespace mapje::endpoint
