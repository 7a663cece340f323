#include "sync/client/shareclient.h"

#include "sync/client/endpointhttp.h"
#include "sync/client/transportpolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace mapje {

ShareClient::ShareClient(QNetworkAccessManager *network, QUrl base, QObject *parent)
    : QObject(parent), m_network(network), m_base(std::move(base))
{
}

bool ShareClient::allowed() const
{
    return TransportPolicy::allows(m_base);
}

Outbox::Result ShareClient::resultOf(
    int status, bool isDelete, const QByteArray &etag, const QByteArray &retryAfter)
{
    using Kind = Outbox::Result::Kind;
    if ((status == 200 || status == 201) && !isDelete && !etag.isEmpty())
        return {Kind::Done, QString::fromLatin1(etag), {}};
    // Withdrawn, or gone already: either way it is not there any more.
    if (isDelete && (status == 204 || status == 404))
        return {Kind::Done, {}, {}};
    if (status == 401)
        return {Kind::PairingGone, {}, {}};
    if (status == 412 || status == 428)
        return {Kind::VersionChanged, {}, {}};
    if (status == 400 || status == 413 || status == 415 || status == 422)
        return {Kind::Refused, {}, {}};
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    // No answer, a time-out, 5xx, 429, or an answer that makes no sense: later, with backoff.
    return {Kind::TryLater, {},
        ok && seconds > 0 ? std::optional<int>(std::min(seconds, 3600)) : std::nullopt};
}

QNetworkRequest ShareClient::request(const QString &path, bool withToken) const
{
    QNetworkRequest request = EndpointHttp::request(m_base, path, m_timeoutMs);
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + m_token);
    return request;
}

void ShareClient::whenDone(QNetworkReply *reply, const std::function<void(QNetworkReply *)> &handle)
{
    EndpointHttp::whenDone(reply, this, m_pins, handle);
}

void ShareClient::send(const Outbox::Entry &entry, const QString &ifMatch,
    const std::function<void(const Outbox::Result &)> &done)
{
    if (!allowed()) {
        done({Outbox::Result::Kind::TryLater, {}, {}});
        return;
    }
    QNetworkRequest put = request(QStringLiteral("/deelnames/") + entry.shareId);
    put.setRawHeader("Idempotency-Key", entry.idempotencyKey.toLatin1());
    const bool isDelete = entry.action == Outbox::Entry::Action::Delete;
    QNetworkReply *reply = nullptr;
    if (isDelete) {
        reply = m_network->deleteResource(put);
    } else {
        put.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!ifMatch.isEmpty())
            put.setRawHeader("If-Match", ifMatch.toLatin1());
        reply = m_network->put(put, entry.body);
    }
    whenDone(reply, [done, isDelete](QNetworkReply *answer) {
        done(resultOf(EndpointHttp::statusOf(answer), isDelete, answer->rawHeader("ETag"),
            answer->rawHeader("Retry-After")));
    });
}

void ShareClient::readVersion(
    const QString &shareId, const std::function<void(const QString &, bool)> &done)
{
    if (!allowed()) {
        done({}, false);
        return;
    }
    whenDone(m_network->get(request(QStringLiteral("/deelnames/") + shareId)),
        [done](QNetworkReply *answer) {
            const int status = EndpointHttp::statusOf(answer);
            if (status == 200 && !answer->rawHeader("ETag").isEmpty())
                done(QString::fromLatin1(answer->rawHeader("ETag")), true);
            else
                done({}, status == 404);
        });
}

void ShareClient::pair(const QString &code, const QString &idempotencyKey,
    const std::function<void(std::optional<protocol::NewPairing>, int)> &done)
{
    if (!allowed()) {
        done(std::nullopt, 0);
        return;
    }
    // No token yet: the code is the credential.
    QNetworkRequest post = request(QStringLiteral("/koppelingen"), false);
    post.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    whenDone(m_network->post(post, protocol::encode(protocol::PairingRequest {code})),
        [done](QNetworkReply *answer) {
            const int status = EndpointHttp::statusOf(answer);
            if (status != 201) {
                done(std::nullopt, status);
                return;
            }
            // A body that is not a pairing is no pairing, whatever the status said.
            const auto pairing = protocol::decodeNewPairing(answer->readAll());
            done(pairing.ok() ? std::optional(pairing.value()) : std::nullopt,
                pairing.ok() ? status : 0);
        });
}

void ShareClient::readPage(const QString &collection, const QString &cursor,
    const std::function<void(std::optional<QByteArray>, int)> &done)
{
    if (!allowed()) {
        done(std::nullopt, 0);
        return;
    }
    QNetworkRequest get = request(QLatin1Char('/') + collection);
    if (!cursor.isEmpty()) {
        QUrl url = get.url();
        url.setQuery(QUrlQuery {{QStringLiteral("sinds"), cursor}});
        get.setUrl(url);
    }
    whenDone(m_network->get(get), [done](QNetworkReply *answer) {
        const int status = EndpointHttp::statusOf(answer);
        if (status == 200 && answer->error() == QNetworkReply::NoError)
            done(answer->readAll(), status);
        else
            done(std::nullopt, status);
    });
}

void ShareClient::requestOtherMoment(const protocol::RescheduleRequest &request,
    const QString &idempotencyKey, const std::function<void(int)> &done)
{
    if (!allowed()) {
        done(0);
        return;
    }
    QNetworkRequest post = this->request(QStringLiteral("/verzoeken"));
    post.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    whenDone(m_network->post(post, protocol::encode(request)),
        [done](QNetworkReply *answer) { done(EndpointHttp::statusOf(answer)); });
}

void ShareClient::endPairing(
    const QString &pairingId, const QString &idempotencyKey, const std::function<void(int)> &done)
{
    if (!allowed()) {
        done(0);
        return;
    }
    QNetworkRequest end = request(QStringLiteral("/koppelingen/") + pairingId);
    end.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    whenDone(m_network->deleteResource(end),
        [done](QNetworkReply *answer) { done(EndpointHttp::statusOf(answer)); });
}

} // namespace mapje
