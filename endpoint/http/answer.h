#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace httplib {
struct Response;
}

namespace mapje::protocol {
struct ProtocolError;
}

namespace mapje::endpoint {

/** One HTTP answer, kept whole so a repeat with the same Idempotency-Key gets it again. */
struct Answer {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; ///< ETag, Location, Retry-After
    /** What the idempotency store keeps instead of the body, when the body holds a secret (a
     * device token, a pairing code) that must never be stored; a repeat rebuilds it. */
    QByteArray keptBody;

    /** RFC 9457 problem+json in plain Dutch; `slug` names the kind ("code-ongeldig"). */
    [[nodiscard]] static Answer problem(
        int status, const QString &slug, const QString &title, const QString &detail = {});
    [[nodiscard]] static Answer json(int status, QByteArray body);
    /** A body the codec refused: 413 when too large, else 400 with the codec's reason. */
    [[nodiscard]] static Answer refusedBody(const protocol::ProtocolError &error);
    [[nodiscard]] static Answer empty(int status);
    /** 404: not there, or not this device's or this staff member's (which looks the same). */
    [[nodiscard]] static Answer notFound();

    /** The extra headers as JSON, and back, for the idempotency store. */
    [[nodiscard]] QByteArray headersJson() const;
    void setHeadersJson(const QByteArray &json);

    /** Writes it to the response, with the headers every response has. */
    void sendTo(httplib::Response &response) const;
};

/** The headers of every response (API-57, no caching, no sniffing, HSTS). */
void setStandardHeaders(httplib::Response &response);

} // namespace mapje::endpoint
