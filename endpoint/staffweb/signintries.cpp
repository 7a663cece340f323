#include "staffweb/signintries.h"

#include <QMessageAuthenticationCode>
#include <QSqlQuery>
#include <QVariant>

namespace mapje::endpoint {

QString SignInTries::nameKey(const QString &name) const
{
    return QStringLiteral("n:")
        + QString::fromLatin1(QMessageAuthenticationCode::hash(
            "aanmelden:" + name.toUtf8(), m_serverSecret, QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(40));
}

QString SignInTries::addressKey(const QString &address)
{
    return QStringLiteral("a:") + address.left(60);
}

QDateTime SignInTries::lockedUntil(const QString &key, const QDateTime &now) const
{
    const qint64 since = now.toMSecsSinceEpoch() - WindowSeconds * 1000;
    QSqlQuery query(m_database.connection());
    // The tries in the window, newest first: the perWindow-th newest decides when it lifts.
    query.prepare(QStringLiteral(
        "SELECT op FROM aanmeldpogingen WHERE sleutel = ? AND op > ? ORDER BY op DESC LIMIT ?"));
    query.addBindValue(key);
    query.addBindValue(since);
    query.addBindValue(m_perWindow);
    if (!query.exec())
        return {};
    int count = 0;
    qint64 oldest = 0;
    while (query.next()) {
        ++count;
        oldest = query.value(0).toLongLong();
    }
    if (count < m_perWindow)
        return {};
    return QDateTime::fromMSecsSinceEpoch(oldest + WindowSeconds * 1000, Qt::UTC);
}

QDateTime SignInTries::lockedUntil(
    const QString &name, const QString &address, const QDateTime &now) const
{
    const QDateTime byName = lockedUntil(nameKey(name), now);
    const QDateTime byAddress = lockedUntil(addressKey(address), now);
    if (!byName.isValid())
        return byAddress;
    if (!byAddress.isValid())
        return byName;
    return std::max(byName, byAddress);
}

void SignInTries::add(const QString &key, const QDateTime &at) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO aanmeldpogingen (sleutel, op) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(at.toMSecsSinceEpoch());
    query.exec();
}

void SignInTries::addWrong(const QString &name, const QString &address, const QDateTime &at) const
{
    add(nameKey(name), at);
    add(addressKey(address), at);
}

void SignInTries::forgetName(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM aanmeldpogingen WHERE sleutel = ?"));
    query.addBindValue(nameKey(name));
    query.exec();
}

void SignInTries::forgetBefore(const QDateTime &before) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM aanmeldpogingen WHERE op < ?"));
    query.addBindValue(before.toMSecsSinceEpoch());
    query.exec();
}

} // namespace mapje::endpoint
