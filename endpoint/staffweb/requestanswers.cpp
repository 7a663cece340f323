#include "staffweb/requestanswers.h"

#include <QSqlQuery>
#include <QVariant>

namespace mapje::endpoint {

bool RequestAnswers::answer(
    const QString &pairingId, const QString &requestId, const QString &proposalId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE verzoeken SET beantwoord_met = ? WHERE koppeling_id = ? AND id = ?"));
    query.addBindValue(proposalId);
    query.addBindValue(pairingId);
    query.addBindValue(requestId);
    return query.exec() && query.numRowsAffected() == 1;
}

QHash<QString, QString> RequestAnswers::ofPairing(const QString &pairingId) const
{
    QHash<QString, QString> answered;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, beantwoord_met FROM verzoeken WHERE koppeling_id = ? "
                                 "AND beantwoord_met IS NOT NULL"));
    query.addBindValue(pairingId);
    if (query.exec()) {
        while (query.next())
            answered.insert(query.value(0).toString(), query.value(1).toString());
    }
    return answered;
}

QSet<QString> RequestAnswers::pairingsWaiting(const QString &staff) const
{
    QSet<QString> waiting;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT DISTINCT verzoeken.koppeling_id FROM verzoeken JOIN koppelingen ON koppelingen.id "
        "= verzoeken.koppeling_id WHERE koppelingen.medewerker = ? AND "
        "verzoeken.beantwoord_met IS NULL"));
    query.addBindValue(staff);
    if (query.exec()) {
        while (query.next())
            waiting.insert(query.value(0).toString());
    }
    return waiting;
}

} // namespace mapje::endpoint
