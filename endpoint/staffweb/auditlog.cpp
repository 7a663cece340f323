#include "staffweb/auditlog.h"

#include <QSqlQuery>
#include <QVariant>

namespace mapje::endpoint {

namespace {

// Qt binds a null QString as NULL; the columns are NOT NULL, an empty one is "".
QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QString AuditLog::actionName(Action action)
{
    switch (action) {
    case Action::SignedIn:
        return QStringLiteral("aangemeld");
    case Action::SignInFailed:
        return QStringLiteral("aanmelden-mislukt");
    case Action::SignInLocked:
        return QStringLiteral("aanmelden-wacht");
    case Action::SignedOut:
        return QStringLiteral("afgemeld");
    case Action::CodeIssued:
        return QStringLiteral("koppelcode-gemaakt");
    case Action::CitizenViewed:
        return QStringLiteral("inwoner-bekeken");
    case Action::PrintViewed:
        return QStringLiteral("afdruk-bekeken");
    case Action::AppointmentProposed:
        return QStringLiteral("afspraak-voorgesteld");
    case Action::MomentProposed:
        return QStringLiteral("moment-voorgesteld");
    case Action::PairingEnded:
        return QStringLiteral("koppeling-beeindigd");
    case Action::FormRefused:
        return QStringLiteral("formulier-geweigerd");
    case Action::AccountSet:
        return QStringLiteral("account-gezet");
    case Action::AccountRemoved:
        return QStringLiteral("account-verwijderd");
    }
    Q_UNREACHABLE();
}

void AuditLog::add(const QDateTime &at, const QString &member, Action action, Via via,
    const QString &pairingId) const
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return;
    QSqlQuery query(db);
    // Numbered in the order of commit, so lines of the same millisecond keep their order.
    const qint64 number = Database::nextNumber(query, QStringLiteral("logboek"));
    query.prepare(QStringLiteral("INSERT INTO logboek (volgnummer, op, medewerker, handeling, "
                                 "koppeling_id, via) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(number);
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(orEmpty(member));
    query.addBindValue(actionName(action));
    query.addBindValue(orEmpty(pairingId));
    query.addBindValue(via == Via::Page ? QStringLiteral("pagina")
            : via == Via::Api           ? QStringLiteral("api")
                                        : QStringLiteral("beheer"));
    if (number < 0 || !query.exec() || !db.commit())
        db.rollback();
}

QList<AuditLog::Line> AuditLog::all() const
{
    QList<Line> lines;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT op, medewerker, handeling, koppeling_id, via FROM "
                                  "logboek ORDER BY volgnummer"))) {
        while (query.next())
            lines.append({QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC),
                query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                query.value(4).toString()});
    }
    return lines;
}

void AuditLog::forgetBefore(const QDateTime &before) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM logboek WHERE op < ?"));
    query.addBindValue(before.toMSecsSinceEpoch());
    query.exec();
}

} // namespace mapje::endpoint
