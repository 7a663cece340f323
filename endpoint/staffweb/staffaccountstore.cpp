#include "staffweb/staffaccountstore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace mapje::endpoint {

bool StaffAccountStore::validName(const QString &name)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return form.match(name).hasMatch();
}

bool StaffAccountStore::set(const QString &name, const QByteArray &hash, const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    const bool known = exists(name);
    query.prepare(known ? QStringLiteral("UPDATE medewerkers SET wachtwoord_hash = ?, gewijzigd_op "
                                         "= ? WHERE naam = ?")
                        : QStringLiteral("INSERT INTO medewerkers (wachtwoord_hash, gewijzigd_op, "
                                         "naam) VALUES (?, ?, ?)"));
    query.addBindValue(QString::fromLatin1(hash));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(name);
    return query.exec() && query.numRowsAffected() == 1;
}

bool StaffAccountStore::exists(const QString &name) const
{
    return hashOf(name).has_value();
}

std::optional<QByteArray> StaffAccountStore::hashOf(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT wachtwoord_hash FROM medewerkers WHERE naam = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString().toLatin1();
}

bool StaffAccountStore::remove(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM medewerkers WHERE naam = ?"));
    query.addBindValue(name);
    return query.exec() && query.numRowsAffected() == 1;
}

} // namespace mapje::endpoint
