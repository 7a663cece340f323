#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkReply;
class QObject;

namespace mapje {

/**
 * What every request of the app to the municipality's endpoint has, whoever sends it (the sync's
 * ShareClient, the hand-off's HandoffClient): a time-out, plain bodies, no cache, no redirects,
 * optional key pinning, and one rule for an answer that did not arrive whole.
 */
class EndpointHttp {
public:
    /** A request to base's path + path. No token: the caller adds the one it has. */
    [[nodiscard]] static QNetworkRequest request(
        const QUrl &base, const QString &path, int timeoutMs);
    /** The HTTP status, or 0 when the answer did not arrive whole: refused, timed out, or cut
     * off in the middle (a 200 whose body was cut is no answer). */
    [[nodiscard]] static int statusOf(QNetworkReply *reply);
    /** Calls handle once reply finished (while context lives) and deletes the reply after. With
     * pins (SHA-256 digests of public keys), a key not among them ends the connection first. */
    static void whenDone(QNetworkReply *reply, QObject *context, const QList<QByteArray> &pins,
        const std::function<void(QNetworkReply *)> &handle);
};

} // namespace mapje
