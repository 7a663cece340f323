#include "storage/handoffstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace mapje::endpoint {

bool HandoffStore::add(const QString &codeHash, const QString &kiosk, const QString &kioskKey,
    const QDateTime &expiresAt) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO overdrachten (code_hash, zuil, zuil_sleutel, "
                                 "verloopt_op) VALUES (?, ?, ?, ?)"));
    query.addBindValue(codeHash);
    query.addBindValue(kiosk);
    query.addBindValue(kioskKey);
    query.addBindValue(expiresAt.toMSecsSinceEpoch());
    return query.exec();
}

std::optional<HandoffStore::Mailbox> HandoffStore::find(
    const QString &codeHash, const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT zuil, zuil_sleutel, telefoon_sleutel, inhoud IS NOT NULL, verloopt_op "
        "FROM overdrachten WHERE code_hash = ? AND verloopt_op > ?"));
    query.addBindValue(codeHash);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Mailbox {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toBool(),
        QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC)};
}

std::optional<bool> HandoffStore::changesOneRow(
    const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return std::nullopt;
    return query.numRowsAffected() == 1;
}

HandoffStore::Change HandoffStore::claim(const QString &codeHash, const QString &phoneKey,
    const QString &phoneTokenHash, const QDateTime &now) const
{
    // One statement decides: only a row without a phone is changed.
    const auto claimed = changesOneRow(
        QStringLiteral("UPDATE overdrachten SET telefoon_sleutel = ?, telefoon_token_hash = ? "
                       "WHERE code_hash = ? AND telefoon_sleutel IS NULL AND verloopt_op > ?"),
        {phoneKey, phoneTokenHash, codeHash, now.toMSecsSinceEpoch()});
    if (!claimed)
        return Change::Failed;
    if (*claimed)
        return Change::Done;
    return find(codeHash, now) ? Change::Taken : Change::Gone;
}

HandoffStore::Change HandoffStore::upload(const QString &codeHash, const QString &kiosk,
    const QString &header, const QString &ciphertext, const QDateTime &now) const
{
    const auto stored = changesOneRow(
        QStringLiteral("UPDATE overdrachten SET kop = ?, inhoud = ? WHERE code_hash = ? AND "
                       "zuil = ? AND telefoon_sleutel IS NOT NULL AND inhoud IS NULL AND "
                       "verloopt_op > ?"),
        {header, ciphertext, codeHash, kiosk, now.toMSecsSinceEpoch()});
    if (!stored)
        return Change::Failed;
    if (*stored)
        return Change::Done;
    const auto mailbox = find(codeHash, now);
    if (!mailbox || mailbox->kiosk != kiosk)
        return Change::Gone;
    return mailbox->phoneKey.isEmpty() ? Change::NotClaimed : Change::Taken;
}

HandoffStore::Change HandoffStore::fetch(const QString &codeHash, const QString &phoneTokenHash,
    const QDateTime &now, QString *header, QString *ciphertext) const
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Change::Failed;
    QSqlQuery query(db);
    // Looked up by the token's hash: the comparison is the database's, on a value that says
    // nothing.
    query.prepare(QStringLiteral("SELECT kop, inhoud FROM overdrachten WHERE code_hash = ? AND "
                                 "telefoon_token_hash = ? AND verloopt_op > ?"));
    query.addBindValue(codeHash);
    query.addBindValue(phoneTokenHash);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec()) {
        db.rollback();
        return Change::Failed;
    }
    if (!query.next() || query.value(1).isNull()) {
        const Change change = query.isValid() ? Change::NotUploaded : Change::Gone;
        db.rollback();
        return change;
    }
    *header = query.value(0).toString();
    *ciphertext = query.value(1).toString();
    // The delete decides: of two fetches at once, only one deletes the row and answers.
    query.prepare(QStringLiteral("DELETE FROM overdrachten WHERE code_hash = ?"));
    query.addBindValue(codeHash);
    if (!query.exec() || query.numRowsAffected() != 1) {
        const bool lostRace = query.isActive();
        db.rollback();
        return lostRace ? Change::Gone : Change::Failed;
    }
    return db.commit() ? Change::Done : Change::Failed;
}

bool HandoffStore::remove(const QString &codeHash, const QString &kiosk) const
{
    return changesOneRow(
        QStringLiteral("DELETE FROM overdrachten WHERE code_hash = ? AND zuil = ?"),
        {codeHash, kiosk})
        .value_or(false);
}

void HandoffStore::forgetExpired(const QDateTime &now) const
{
    (void)changesOneRow(QStringLiteral("DELETE FROM overdrachten WHERE verloopt_op <= ?"),
        {now.toMSecsSinceEpoch()});
}

} // namespace mapje::endpoint
