// The routes of koppelcodes and koppelingen (docs/api/openapi.yaml).
#include "http/endpointserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <httplib.h>

#include "sync/protocol/messages.h"

namespace mapje::endpoint {

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

Answer wrongCode()
{
    // Unknown, used and expired are one answer: nobody learns which codes exist.
    return Answer::problem(400, QStringLiteral("code-ongeldig"),
        QStringLiteral("Deze code werkt niet."),
        QStringLiteral(
            "De code is onbekend, al gebruikt of verlopen. Vraag je klantmanager om een nieuwe."));
}

QJsonObject pairingJson(
    const PairingStore::Pairing &pairing, const QString &municipality, bool withLabel)
{
    QJsonObject json {{QStringLiteral("versie"), 1}, {QStringLiteral("koppelingId"), pairing.id},
        {QStringLiteral("gemeente"), municipality},
        {QStringLiteral("gekoppeldOp"), timeText(pairing.pairedAt)}};
    if (withLabel)
        json.insert(QStringLiteral("label"), pairing.label);
    return json;
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Answer codeAnswer(const QString &code, const QString &label, const QDateTime &expires)
{
    Answer answer = Answer::json(201,
        compact({{QStringLiteral("versie"), 1}, {QStringLiteral("code"), code},
            {QStringLiteral("label"), label}, {QStringLiteral("verlooptOp"), timeText(expires)}}));
    // The code is not kept with the answer.
    answer.keptBody = compact(
        {{QStringLiteral("label"), label}, {QStringLiteral("verlooptOp"), timeText(expires)}});
    return answer;
}

} // namespace

Answer EndpointServer::issuePairingCode(
    const QString &member, const QString &key, QByteArrayView body, AuditLog::Via via)
{
    const auto decoded = protocol::decodePairingCodeRequest(body);
    if (!decoded.ok())
        return Answer::refusedBody(decoded.error());
    // Derived, not stored: a repeat of this request shows the same code again.
    const QString code = m_secrets.pairingCode(member, key);
    const QDateTime expires = m_clock().addSecs(qint64(decoded.value().validMinutes) * 60);
    if (!m_pairings.addCode(m_secrets.codeHash(Secrets::normalisedCode(code)), member,
            decoded.value().label, expires))
        return Answer::problem(500, QStringLiteral("serverfout"),
            QStringLiteral("De code is niet bewaard. Probeer het opnieuw."));
    m_audit.add(m_clock(), member, AuditLog::Action::CodeIssued, via);
    return codeAnswer(code, decoded.value().label, expires);
}

bool EndpointServer::endPairing(
    const PairingStore::Pairing &pairing, const QString &member, AuditLog::Via via)
{
    if (!m_pairings.remove(pairing.id))
        return false;
    if (!member.isEmpty())
        m_audit.add(m_clock(), member, AuditLog::Action::PairingEnded, via, pairing.id);
    return true;
}

void EndpointServer::addPairingRoutes()
{
    // A staff member issues a one-time code for a citizen.
    m_server->Post("/v1/koppelcodes",
        forStaff([this](const httplib::Request &request, httplib::Response &response,
                     const QString &member) {
            const QString key = QString::fromStdString(request.get_header_value("Idempotency-Key"));
            once(
                request, response, QStringLiteral("m:") + member,
                [&]() -> Answer {
                    return issuePairingCode(member, key, request.body, AuditLog::Via::Api);
                },
                [&](const Answer &kept) {
                    const QJsonObject json = QJsonDocument::fromJson(kept.body).object();
                    return codeAnswer(m_secrets.pairingCode(member, key),
                        json.value(QStringLiteral("label")).toString(),
                        QDateTime::fromString(
                            json.value(QStringLiteral("verlooptOp")).toString(), Qt::ISODate));
                });
        }));

    // A device exchanges the code for its token.
    m_server->Post(
        "/v1/koppelingen", [this](const httplib::Request &request, httplib::Response &response) {
            const QString address = clientAddress(request);
            const QDateTime now = m_clock();
            if (const auto locked = lockedOut(address, now))
                return locked->sendTo(response);
            const QString key = QString::fromStdString(request.get_header_value("Idempotency-Key"));
            const auto answerFor = [this, key](const PairingStore::Pairing &pairing) {
                QJsonObject json = pairingJson(pairing, m_config.municipality, false);
                json.insert(
                    QStringLiteral("apparaattoken"), m_secrets.deviceToken(pairing.id, key));
                Answer answer = Answer::json(201, compact(json));
                answer.headers.append({"Location", "/v1/koppelingen/" + pairing.id.toUtf8()});
                // The token is never kept: a repeat derives it again from the id and the key.
                answer.keptBody = compact(pairingJson(pairing, m_config.municipality, false));
                return answer;
            };
            once(
                request, response, QStringLiteral("a:") + address,
                [&]() -> Answer {
                    const auto decoded = protocol::decodePairingRequest(request.body);
                    if (!decoded.ok())
                        return Answer::refusedBody(decoded.error());
                    const QString code = Secrets::normalisedCode(decoded.value().code);
                    const QString pairingId = Secrets::newId();
                    const auto pairing = code.isEmpty()
                        ? std::nullopt
                        : m_pairings.redeem(m_secrets.codeHash(code), pairingId,
                            Secrets::tokenHash(m_secrets.deviceToken(pairingId, key).toUtf8()),
                            now);
                    if (!pairing) {
                        m_pairings.addWrongTry(address, now);
                        return wrongCode();
                    }
                    return answerFor(*pairing);
                },
                [&](const Answer &kept) {
                    const QJsonObject json = QJsonDocument::fromJson(kept.body).object();
                    const auto pairing
                        = m_pairings.byId(json.value(QStringLiteral("koppelingId")).toString());
                    if (!pairing) // ended since: the token is no use any more
                        return Answer::problem(404, QStringLiteral("niet-gevonden"),
                            QStringLiteral("Deze koppeling bestaat niet meer."));
                    return answerFor(*pairing);
                });
        });

    // A staff member's own pairings.
    m_server->Get("/v1/koppelingen",
        forStaff(
            [this](const httplib::Request &, httplib::Response &response, const QString &member) {
                QJsonArray list;
                for (const PairingStore::Pairing &pairing : m_pairings.ofStaff(member))
                    list.append(pairingJson(pairing, m_config.municipality, true));
                Answer::json(200,
                    compact({{QStringLiteral("versie"), 1}, {QStringLiteral("koppelingen"), list}}))
                    .sendTo(response);
            }));

    static const std::string onePairing = R"(/v1/koppelingen/([A-Za-z0-9-]{8,64}))";
    m_server->Get(onePairing, [this](const httplib::Request &request, httplib::Response &response) {
        Answer refusal;
        bool asStaff = false;
        const auto pairing
            = pairingFor(request, QString::fromStdString(request.matches[1]), &asStaff, &refusal);
        if (!pairing)
            return refusal.sendTo(response);
        Answer::json(200, compact(pairingJson(*pairing, m_config.municipality, asStaff)))
            .sendTo(response);
    });

    // Ended by the device or by the municipality: deleted with all it shared.
    m_server->Delete(
        onePairing, [this](const httplib::Request &request, httplib::Response &response) {
            Answer refusal;
            bool asStaff = false;
            const QString pairingId = QString::fromStdString(request.matches[1]);
            const auto pairing = pairingFor(request, pairingId, &asStaff, &refusal);
            if (!pairing)
                return refusal.sendTo(response);
            const QString owner = asStaff ? QStringLiteral("m:") + pairing->staff
                                          : QStringLiteral("k:") + pairingId;
            once(request, response, owner, [&]() -> Answer {
                if (!endPairing(*pairing, asStaff ? pairing->staff : QString(), AuditLog::Via::Api))
                    return Answer::problem(500, QStringLiteral("serverfout"),
                        QStringLiteral("De koppeling is niet beëindigd. Probeer het opnieuw."));
                return Answer::empty(204);
            });
        });
}

} // namespace mapje::endpoint
