#include "storage/numberedstore.h"

#include <QSqlQuery>
#include <QVariant>

namespace mapje::endpoint {

QString NumberedStore::kindClause(const QString &kind) const
{
    return kind.isEmpty() ? QString() : QStringLiteral(" AND soort = ?");
}

qint64 NumberedStore::add(
    const QString &pairingId, const QString &id, const QString &kind, const QByteArray &json) const
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return -1;
    QSqlQuery query(db);
    const qint64 number = Database::nextNumber(query, m_sequence);
    if (kind.isEmpty()) {
        query.prepare(QStringLiteral(
            "INSERT INTO %1 (volgnummer, id, koppeling_id, inhoud) VALUES (?, ?, ?, ?)")
                          .arg(m_table));
    } else {
        query.prepare(QStringLiteral("INSERT INTO %1 (volgnummer, id, koppeling_id, soort, inhoud) "
                                     "VALUES (?, ?, ?, ?, ?)")
                          .arg(m_table));
    }
    query.addBindValue(number);
    query.addBindValue(id);
    query.addBindValue(pairingId);
    if (!kind.isEmpty())
        query.addBindValue(kind);
    query.addBindValue(QString::fromUtf8(json));
    if (number < 0 || !query.exec() || !db.commit()) {
        db.rollback();
        return -1;
    }
    return number;
}

QList<NumberedStore::Row> NumberedStore::after(
    const QString &pairingId, const QString &kind, qint64 number, int limit) const
{
    QList<Row> rows;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT volgnummer, id, inhoud FROM %1 WHERE koppeling_id = ?%2 "
                                 "AND volgnummer > ? ORDER BY volgnummer LIMIT ?")
                      .arg(m_table, kindClause(kind)));
    query.addBindValue(pairingId);
    if (!kind.isEmpty())
        query.addBindValue(kind);
    query.addBindValue(number);
    query.addBindValue(limit + 1);
    if (query.exec()) {
        while (query.next())
            rows.append({query.value(0).toLongLong(), query.value(1).toString(),
                query.value(2).toString().toUtf8()});
    }
    return rows;
}

bool NumberedStore::has(const QString &pairingId, const QString &kind, const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE koppeling_id = ?%2 AND id = ?")
                      .arg(m_table, kindClause(kind)));
    query.addBindValue(pairingId);
    if (!kind.isEmpty())
        query.addBindValue(kind);
    query.addBindValue(id);
    return query.exec() && query.next();
}

} // namespace mapje::endpoint
