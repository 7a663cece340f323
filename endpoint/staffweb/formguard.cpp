#include "staffweb/formguard.h"

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <httplib.h>

#include "security/secrets.h"

namespace mapje::endpoint::FormGuard {

QString token(const QByteArray &serverSecret, const QString &sessionId)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash("medewerkerspagina-csrf:" + sessionId.toUtf8(),
            serverSecret, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool rightToken(const QByteArray &serverSecret, const QString &sessionId, const QString &sent)
{
    if (sessionId.isEmpty() || sent.isEmpty())
        return false;
    return Secrets::sameInConstantTime(token(serverSecret, sessionId).toLatin1(), sent.toUtf8());
}

bool fromThisSite(const httplib::Request &request)
{
    if (request.has_header("Sec-Fetch-Site")
        && request.get_header_value("Sec-Fetch-Site") != "same-origin")
        return false;
    if (!request.has_header("Origin"))
        return true;
    // The origin must name this host: the Host header as nginx passes it on (without the port
    // when it is the default one), or as the browser sent it.
    const QUrl origin(QString::fromStdString(request.get_header_value("Origin")));
    const QUrl host(
        QStringLiteral("http://") + QString::fromStdString(request.get_header_value("Host")));
    if (!origin.isValid() || origin.host().isEmpty() || !host.isValid())
        return false;
    if (origin.host().compare(host.host(), Qt::CaseInsensitive) != 0)
        return false;
    return host.port() < 0 || origin.port() == host.port();
}

} // namespace mapje::endpoint::FormGuard
