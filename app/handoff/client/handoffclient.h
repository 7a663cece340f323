#pragma once

#include "handoff/client/handoffanswer.h"
#include "sync/protocol/handoffmessages.h"

#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace mapje {

/**
 * The hand-off mailbox on the municipality's endpoint (/overdrachten, docs/api/openapi.yaml),
 * one request per call, each answered once through its callback (on this object's thread):
 *
 * - the kiosk (with setKioskToken): openMailbox(), then readMailbox() until a phone came, then,
 *   after the visitor confirmed the check code, upload(); endMailbox() when the session ends;
 * - the phone: claim() with the code it scanned or typed, then fetch() with the token it got,
 *   again after retryAfterSeconds while the answer is NotYet.
 *
 * Only public keys and sealed bytes pass through here (HandoffSeal seals and opens them). The
 * same transport rules as the sync (HTTPS only, loopback HTTP for tests, a time-out on every
 * request, no redirects, optional key pinning); where TransportPolicy says no, every call
 * answers Refused at once, without a connection. Tokens go only in the Authorization header.
 */
class HandoffClient : public QObject {
    Q_OBJECT

public:
    /** network is not owned; base is the endpoint's address with /v1. */
    HandoffClient(QNetworkAccessManager *network, QUrl base, QObject *parent = nullptr);

    /** The kiosk's own token (its SHA-256 is in the endpoint's [zuilen]). */
    void setKioskToken(const QByteArray &token) { m_kioskToken = token; }
    /** SHA-256 digests of the public keys the endpoint may show; empty: the system's checks. */
    void setPinnedKeys(const QList<QByteArray> &sha256Digests) { m_pins = sha256Digests; }
    /** Milliseconds before a request counts as unanswered. */
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    [[nodiscard]] bool allowed() const;

    /** A fresh Idempotency-Key; a retry of the same change keeps the key it had. */
    [[nodiscard]] static QString newIdempotencyKey();

    template<typename T>
    using Done = std::function<void(const HandoffAnswer &, const std::optional<T> &)>;
    using DoneEmpty = std::function<void(const HandoffAnswer &)>;

    /** Kiosk: a new mailbox for its public key; the code to show, and when it expires. */
    void openMailbox(const QByteArray &kioskPublicKey, const QString &idempotencyKey,
        const Done<protocol::NewHandoff> &done);
    /** Kiosk: whether a phone came, and its public key (for the check code) once it did. */
    void readMailbox(const QString &code, const Done<protocol::HandoffState> &done);
    /** Kiosk: the sealed session, once, after a phone came and the visitor said yes. */
    void upload(const QString &code, const protocol::HandoffContent &sealed,
        const QString &idempotencyKey, const DoneEmpty &done);
    /** Kiosk: the session ends; the mailbox is deleted at once. */
    void endMailbox(const QString &code, const QString &idempotencyKey, const DoneEmpty &done);

    /** Phone: claims the mailbox of this code (as typed: case, spaces and dashes do not count)
     * with its public key; the kiosk's public key and the phone's token, shown once. A string
     * that cannot be a code is Gone at once, without a request. */
    void claim(const QString &code, const QByteArray &phonePublicKey, const QString &idempotencyKey,
        const Done<protocol::ClaimedHandoff> &done);
    /** Phone: the sealed session. The endpoint deletes the mailbox as it answers: a second
     * fetch is Gone. */
    void fetch(const QString &code, const QByteArray &phoneToken,
        const Done<protocol::HandoffContent> &done);

private:
    using Answered = std::function<void(const HandoffAnswer &, const QByteArray &body)>;
    /** One request; done gets its outcome and, when Done, the body. */
    void send(const QByteArray &method, const QString &path, const QByteArray &token,
        const QString &idempotencyKey, const QByteArray &body, const Answered &done);
    /** Sends to a mailbox's path (code normalised), or answers Gone for no code. */
    void sendToMailbox(const QByteArray &method, const QString &code, const QString &below,
        const QByteArray &token, const QString &idempotencyKey, const QByteArray &body,
        const Answered &done);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    QByteArray m_kioskToken;
    QList<QByteArray> m_pins;
    int m_timeoutMs = 20000;
};

} // namespace mapje
