#include "handoff/client/handoffclient.h"

#include "sync/client/endpointhttp.h"
#include "sync/client/transportpolicy.h"
#include "sync/protocol/readablecode.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace mapje {

namespace {

// The value of a Done answer, decoded; a body that is not what the API promises is no answer.
template<typename T, typename Decode>
void decodeInto(const HandoffAnswer &answer, const QByteArray &body, Decode decode,
    const HandoffClient::Done<T> &done)
{
    if (answer.outcome != HandoffAnswer::Outcome::Done) {
        done(answer, std::nullopt);
        return;
    }
    const auto decoded = decode(body);
    if (!decoded.ok()) {
        done({HandoffAnswer::Outcome::NoAnswer, answer.status, 0}, std::nullopt);
        return;
    }
    done(answer, decoded.value());
}

} // namespace

HandoffClient::HandoffClient(QNetworkAccessManager *network, QUrl base, QObject *parent)
    : QObject(parent), m_network(network), m_base(std::move(base))
{
}

bool HandoffClient::allowed() const
{
    return TransportPolicy::allows(m_base);
}

QString HandoffClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

void HandoffClient::send(const QByteArray &method, const QString &path, const QByteArray &token,
    const QString &idempotencyKey, const QByteArray &body, const Answered &done)
{
    if (!allowed()) {
        done({HandoffAnswer::Outcome::Refused, 0, 0}, {});
        return;
    }
    QNetworkRequest request = EndpointHttp::request(m_base, path, m_timeoutMs);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    if (!body.isEmpty())
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    EndpointHttp::whenDone(reply, this, m_pins, [done](QNetworkReply *answer) {
        const int status = EndpointHttp::statusOf(answer);
        const QByteArray content = status == 0 ? QByteArray() : answer->readAll();
        done(HandoffAnswer::of(status, content, answer->rawHeader("Retry-After")), content);
    });
}

void HandoffClient::sendToMailbox(const QByteArray &method, const QString &code,
    const QString &below, const QByteArray &token, const QString &idempotencyKey,
    const QByteArray &body, const Answered &done)
{
    const QString normalised = protocol::ReadableCode::normalised(code);
    if (normalised.isEmpty()) {
        done({HandoffAnswer::Outcome::Gone, 0, 0}, {});
        return;
    }
    send(method, QStringLiteral("/overdrachten/") + normalised + below, token, idempotencyKey, body,
        done);
}

void HandoffClient::openMailbox(const QByteArray &kioskPublicKey, const QString &idempotencyKey,
    const Done<protocol::NewHandoff> &done)
{
    send("POST", QStringLiteral("/overdrachten"), m_kioskToken, idempotencyKey,
        protocol::encode(protocol::HandoffRequest {kioskPublicKey}),
        [done](const HandoffAnswer &answer, const QByteArray &body) {
            decodeInto(answer, body, protocol::decodeNewHandoff, done);
        });
}

void HandoffClient::readMailbox(const QString &code, const Done<protocol::HandoffState> &done)
{
    sendToMailbox("GET", code, {}, m_kioskToken, {}, {},
        [done](const HandoffAnswer &answer, const QByteArray &body) {
            decodeInto(answer, body, protocol::decodeHandoffState, done);
        });
}

void HandoffClient::upload(const QString &code, const protocol::HandoffContent &sealed,
    const QString &idempotencyKey, const DoneEmpty &done)
{
    sendToMailbox("PUT", code, QStringLiteral("/inhoud"), m_kioskToken, idempotencyKey,
        protocol::encode(sealed),
        [done](const HandoffAnswer &answer, const QByteArray &) { done(answer); });
}

void HandoffClient::endMailbox(
    const QString &code, const QString &idempotencyKey, const DoneEmpty &done)
{
    sendToMailbox("DELETE", code, {}, m_kioskToken, idempotencyKey, {},
        [done](const HandoffAnswer &answer, const QByteArray &) { done(answer); });
}

void HandoffClient::claim(const QString &code, const QByteArray &phonePublicKey,
    const QString &idempotencyKey, const Done<protocol::ClaimedHandoff> &done)
{
    // No token: the code is the credential.
    sendToMailbox("POST", code, QStringLiteral("/telefoon"), {}, idempotencyKey,
        protocol::encode(protocol::HandoffClaim {phonePublicKey}),
        [done](const HandoffAnswer &answer, const QByteArray &body) {
            decodeInto(answer, body, protocol::decodeClaimedHandoff, done);
        });
}

void HandoffClient::fetch(
    const QString &code, const QByteArray &phoneToken, const Done<protocol::HandoffContent> &done)
{
    sendToMailbox("GET", code, QStringLiteral("/inhoud"), phoneToken, {}, {},
        [done](const HandoffAnswer &answer, const QByteArray &body) {
            decodeInto(answer, body, protocol::decodeHandoffContent, done);
        });
}

} // namespace mapje
