// The routes of what the municipality proposes (afspraken, momenten) and of the citizen's
// requests for another moment (verzoeken), each read with a cursor (docs/api/openapi.yaml).
#include "http/endpointserver.h"
#include "http/page.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <httplib.h>

#include "sync/protocol/messages.h"

namespace mapje::endpoint {

namespace {

// A page after the cursor: the rows' JSON, the number of the last one as the next cursor.
Answer cursorPage(const QString &name, const QList<NumberedStore::Row> &rows, const Page &page)
{
    QJsonArray items;
    qint64 cursor = page.from;
    for (qsizetype i = 0; i < rows.size() && i < page.size; ++i) {
        items.append(QJsonDocument::fromJson(rows.at(i).json).object());
        cursor = rows.at(i).number;
    }
    const QJsonObject json {{QStringLiteral("versie"), 1}, {name, items},
        {QStringLiteral("cursor"), QString::number(cursor)},
        {QStringLiteral("meer"), rows.size() > page.size}};
    return Answer::json(200, QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

Answer EndpointServer::propose(const PairingStore::Pairing &pairing, const QString &kind,
    QByteArrayView body, const QString &member, AuditLog::Via via)
{
    const bool appointment = kind == QLatin1String("afspraken");
    const QString id = Secrets::newId();
    // The proposal as the codec read it, with the id and the time the server gives it.
    const auto stamped = [&](auto decoded) -> Answer {
        if (!decoded.ok())
            return Answer::refusedBody(decoded.error());
        decoded.value().id = id;
        decoded.value().proposedAt = m_clock();
        return Answer::json(201, protocol::encode(decoded.value()));
    };
    const Answer made = appointment ? stamped(protocol::decodeAppointment(body, true))
                                    : stamped(protocol::decodeMoment(body, true));
    if (made.status != 201)
        return made;
    const QByteArray &json = made.body;
    if (m_proposals.add(pairing.id, id, kind, json) < 0)
        return Answer::problem(500, QStringLiteral("serverfout"),
            QStringLiteral("Het voorstel is niet bewaard. Probeer het opnieuw."));
    m_audit.add(m_clock(), member,
        appointment ? AuditLog::Action::AppointmentProposed : AuditLog::Action::MomentProposed, via,
        pairing.id);
    return made;
}

void EndpointServer::addProposalRoutes()
{
    // A staff member proposes an appointment or an agreed moment to one of their citizens.
    for (const QString kind : {QStringLiteral("afspraken"), QStringLiteral("momenten")}) {
        const std::string route = R"(/v1/koppelingen/([A-Za-z0-9-]{8,64})/)" + kind.toStdString();
        m_server->Post(route,
            forOwnPairing([this, kind](const httplib::Request &request, httplib::Response &response,
                              const QString &member, const PairingStore::Pairing &pairing) {
                once(request, response, QStringLiteral("m:") + member, [&]() -> Answer {
                    return propose(pairing, kind, request.body, member, AuditLog::Via::Api);
                });
            }));
        // The device reads what was proposed to it, after its cursor.
        m_server->Get("/v1/" + kind.toStdString(),
            forDevice([this, kind](const httplib::Request &request, httplib::Response &response,
                          const PairingStore::Pairing &pairing) {
                const Page page = Page::of(request);
                if (!page.ok)
                    return Page::refused().sendTo(response);
                cursorPage(
                    kind, m_proposals.after(pairing.id, kind, page.from, int(page.size)), page)
                    .sendTo(response);
            }));
    }

    // "Ik kan niet komen, kan het een ander moment?" for an appointment proposed to this device.
    m_server->Post("/v1/verzoeken",
        forDevice([this](const httplib::Request &request, httplib::Response &response,
                      const PairingStore::Pairing &pairing) {
            once(request, response, QStringLiteral("k:") + pairing.id, [&]() -> Answer {
                const auto decoded = protocol::decodeRescheduleRequest(request.body);
                if (!decoded.ok())
                    return Answer::refusedBody(decoded.error());
                if (!m_proposals.has(
                        pairing.id, QStringLiteral("afspraken"), decoded.value().appointmentId))
                    return Answer::problem(404, QStringLiteral("niet-gevonden"),
                        QStringLiteral("Deze afspraak kennen we niet."));
                const QString id = Secrets::newId();
                QJsonObject json {{QStringLiteral("versie"), 1}, {QStringLiteral("verzoekId"), id},
                    {QStringLiteral("afspraakId"), decoded.value().appointmentId},
                    {QStringLiteral("ontvangenOp"), m_clock().toUTC().toString(Qt::ISODate)}};
                if (!decoded.value().message.isEmpty())
                    json.insert(QStringLiteral("bericht"), decoded.value().message);
                const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
                if (m_requests.add(pairing.id, id, {}, body) < 0)
                    return Answer::problem(500, QStringLiteral("serverfout"),
                        QStringLiteral("Het verzoek is niet bewaard. Probeer het opnieuw."));
                return Answer::json(201, body);
            });
        }));

    // The staff member reads their citizen's requests, after a cursor.
    m_server->Get(R"(/v1/koppelingen/([A-Za-z0-9-]{8,64})/verzoeken)",
        forOwnPairing([this](const httplib::Request &request, httplib::Response &response,
                          const QString &, const PairingStore::Pairing &pairing) {
            const Page page = Page::of(request);
            if (!page.ok)
                return Page::refused().sendTo(response);
            cursorPage(QStringLiteral("verzoeken"),
                m_requests.after(pairing.id, {}, page.from, int(page.size)), page)
                .sendTo(response);
        }));
}

} // namespace mapje::endpoint
