#include "storage/idempotencystore.h"

#include <QSqlQuery>
#include <QVariant>

namespace mapje::endpoint {

IdempotencyStore::Claim IdempotencyStore::claim(const QString &owner, const QString &key,
    const QString &requestHash, const QDateTime &now, Answer *answer) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO sleutels (eigenaar, sleutel, verzoek_hash, status, "
                                 "gemaakt_op) VALUES (?, ?, ?, 0, ?)"));
    query.addBindValue(owner);
    query.addBindValue(key);
    query.addBindValue(requestHash);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (query.exec())
        return Claim::Claimed;
    // The key is taken (the primary key refused the row): by this request or another one.
    query.prepare(QStringLiteral("SELECT verzoek_hash, status, antwoord, kopjes FROM sleutels "
                                 "WHERE eigenaar = ? AND sleutel = ?"));
    query.addBindValue(owner);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return Claim::Failed;
    if (query.value(0).toString() != requestHash)
        return Claim::OtherRequest;
    if (query.value(1).toInt() == 0)
        return Claim::StillRunning;
    answer->status = query.value(1).toInt();
    answer->body = query.value(2).toString().toUtf8();
    answer->headers = query.value(3).toString().toUtf8();
    return Claim::Repeat;
}

void IdempotencyStore::finish(const QString &owner, const QString &key, const Answer &answer) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE sleutels SET status = ?, antwoord = ?, kopjes = ? WHERE "
                                 "eigenaar = ? AND sleutel = ?"));
    query.addBindValue(answer.status);
    query.addBindValue(QString::fromUtf8(answer.body));
    query.addBindValue(QString::fromUtf8(answer.headers));
    query.addBindValue(owner);
    query.addBindValue(key);
    query.exec();
}

void IdempotencyStore::release(const QString &owner, const QString &key) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sleutels WHERE eigenaar = ? AND sleutel = ?"));
    query.addBindValue(owner);
    query.addBindValue(key);
    query.exec();
}

void IdempotencyStore::forgetBefore(const QDateTime &before) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sleutels WHERE gemaakt_op < ?"));
    query.addBindValue(before.toMSecsSinceEpoch());
    query.exec();
}

} // namespace mapje::endpoint
