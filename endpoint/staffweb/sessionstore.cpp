#include "staffweb/sessionstore.h"

#include <QSqlQuery>
#include <QVariant>
#include <sodium.h>

#include "security/secrets.h"

namespace mapje::endpoint {

QString SessionStore::newId()
{
    if (sodium_init() < 0)
        return {};
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SessionStore::hashOf(const QString &id)
{
    return Secrets::tokenHash(id.toUtf8());
}

bool SessionStore::add(const QString &id, const QString &member, const QDateTime &now) const
{
    if (id.isEmpty())
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO sessies (id_hash, medewerker, begonnen_op, laatst_op) "
                       "VALUES (?, ?, ?, ?)"));
    query.addBindValue(hashOf(id));
    query.addBindValue(member);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(now.toMSecsSinceEpoch());
    return query.exec();
}

std::optional<QString> SessionStore::use(const QString &id, const QDateTime &now) const
{
    if (id.isEmpty())
        return std::nullopt;
    const QString hash = hashOf(id);
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT medewerker, begonnen_op, laatst_op FROM sessies WHERE id_hash = ?"));
    query.addBindValue(hash);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QString member = query.value(0).toString();
    const qint64 began = query.value(1).toLongLong();
    const qint64 last = query.value(2).toLongLong();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // A clock set back counts as now: the session is not made longer by it.
    if (nowMs - last > m_limits.idleSeconds * 1000 || nowMs - began > m_limits.maxSeconds * 1000
        || nowMs < began) {
        remove(id);
        return std::nullopt;
    }
    query.prepare(QStringLiteral("UPDATE sessies SET laatst_op = ? WHERE id_hash = ?"));
    query.addBindValue(std::max(nowMs, last));
    query.addBindValue(hash);
    query.exec();
    return member;
}

void SessionStore::remove(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sessies WHERE id_hash = ?"));
    query.addBindValue(hashOf(id));
    query.exec();
}

void SessionStore::removeAllOf(const QString &member) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sessies WHERE medewerker = ?"));
    query.addBindValue(member);
    query.exec();
}

void SessionStore::forgetExpired(const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sessies WHERE laatst_op < ? OR begonnen_op < ?"));
    query.addBindValue(now.toMSecsSinceEpoch() - m_limits.idleSeconds * 1000);
    query.addBindValue(now.toMSecsSinceEpoch() - m_limits.maxSeconds * 1000);
    query.exec();
}

} // namespace mapje::endpoint
