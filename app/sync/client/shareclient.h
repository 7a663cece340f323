#pragma once

#include "core/sync/outbox.h"
#include "sync/protocol/messages.h"

#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace mapje {

/**
 * One request at a time to the municipality's endpoint (docs/api/openapi.yaml), its answer turned
 * into what the outbox understands. Every request has a time-out; the device token goes only in
 * the Authorization header and is never logged. Refuses to connect where TransportPolicy says no.
 */
class ShareClient : public QObject {
    Q_OBJECT

public:
    ShareClient(QNetworkAccessManager *network, QUrl base, QObject *parent = nullptr);

    void setToken(const QByteArray &token) { m_token = token; }
    /** SHA-256 digests of the public keys the endpoint may show (from the config); empty: the
     * system's certificate checks alone. A key not in the list ends the connection. */
    void setPinnedKeys(const QList<QByteArray> &sha256Digests) { m_pins = sha256Digests; }
    /** Milliseconds before a request counts as unanswered. */
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    [[nodiscard]] bool allowed() const;

    /** Sends one outbox entry (PUT or DELETE of a share); done gets the outbox's result. */
    void send(const Outbox::Entry &entry, const QString &ifMatch,
        const std::function<void(const Outbox::Result &)> &done);
    /** Reads the server's ETag of a share; done(etag, ok): empty etag when it is not there. */
    void readVersion(
        const QString &shareId, const std::function<void(const QString &, bool)> &done);
    /** Exchanges a code for a pairing; done gets it, or nothing (and the HTTP status, 0 when
     * there was no answer). */
    void pair(const QString &code, const QString &idempotencyKey,
        const std::function<void(std::optional<protocol::NewPairing>, int)> &done);

    /** Reads one page of proposals (GET /afspraken or /momenten) from cursor; done gets the body
     * when the answer was 200, or nothing (and the HTTP status, 0 without an answer). */
    void readPage(const QString &collection, const QString &cursor,
        const std::function<void(std::optional<QByteArray>, int)> &done);
    /** "Ik kan niet komen" (POST /verzoeken); done gets the HTTP status, 0 without an answer. */
    void requestOtherMoment(const protocol::RescheduleRequest &request,
        const QString &idempotencyKey, const std::function<void(int)> &done);
    /** Ends the pairing on the endpoint (DELETE /koppelingen/{id}); done gets the status. */
    void endPairing(const QString &pairingId, const QString &idempotencyKey,
        const std::function<void(int)> &done);

    /** How an HTTP answer maps onto the outbox (status 0: no answer at all). */
    [[nodiscard]] static Outbox::Result resultOf(
        int status, bool isDelete, const QByteArray &etag, const QByteArray &retryAfter);

private:
    [[nodiscard]] QNetworkRequest request(const QString &path, bool withToken = true) const;
    void whenDone(QNetworkReply *reply, const std::function<void(QNetworkReply *)> &handle);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    QByteArray m_token;
    QList<QByteArray> m_pins;
    int m_timeoutMs = 20000;
};

} // namespace mapje
