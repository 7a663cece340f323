#include "sync/client/endpointhttp.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace mapje {

QNetworkRequest EndpointHttp::request(const QUrl &base, const QString &path, int timeoutMs)
{
    QUrl url = base;
    url.setPath(base.path() + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    // Plain bodies: small anyway, no compression next to secrets under TLS (BREACH), and a
    // Content-Length that Qt keeps, so an answer cut short is seen as no answer.
    request.setRawHeader("Accept-Encoding", "identity");
    // Answers are never kept by a cache on the way, and no redirect is followed with the token.
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

int EndpointHttp::statusOf(QNetworkReply *reply)
{
    const QNetworkReply::NetworkError error = reply->error();
    // Qt numbers transport and proxy errors below 200; above are answers with an HTTP status.
    if (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        return 0;
    // Qt 6.4 does not always call a body that ended before its Content-Length an error.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && reply->bytesAvailable() < length.toLongLong())
        return 0;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void EndpointHttp::whenDone(QNetworkReply *reply, QObject *context, const QList<QByteArray> &pins,
    const std::function<void(QNetworkReply *)> &handle)
{
    if (!pins.isEmpty()) {
        // After the system's own checks passed: the key must also be one the municipality named.
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pins] {
            const QByteArray key = reply->sslConfiguration().peerCertificate().publicKey().toDer();
            if (!pins.contains(QCryptographicHash::hash(key, QCryptographicHash::Sha256)))
                reply->abort();
        });
    }
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, handle] {
        handle(reply);
        reply->deleteLater();
    });
}

} // namespace mapje
