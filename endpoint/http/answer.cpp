#include "http/answer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <httplib.h>

#include "sync/protocol/protocolerror.h"

namespace mapje::endpoint {

Answer Answer::problem(int status, const QString &slug, const QString &title, const QString &detail)
{
    QJsonObject json {
        {QStringLiteral("type"), QStringLiteral("https://mapje.nl/problemen/") + slug},
        {QStringLiteral("title"), title}, {QStringLiteral("status"), status}};
    if (!detail.isEmpty())
        json.insert(QStringLiteral("detail"), detail);
    Answer answer;
    answer.status = status;
    answer.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    answer.contentType = "application/problem+json";
    return answer;
}

Answer Answer::refusedBody(const protocol::ProtocolError &error)
{
    if (error.kind == protocol::ProtocolError::Kind::TooLarge)
        return problem(413, QStringLiteral("te-groot"), QStringLiteral("De body is te groot."));
    return problem(400, QStringLiteral("ongeldig-verzoek"),
        QStringLiteral("Het verzoek klopt niet."), error.detail());
}

Answer Answer::json(int status, QByteArray body)
{
    Answer answer;
    answer.status = status;
    answer.body = std::move(body);
    return answer;
}

Answer Answer::notFound()
{
    return problem(404, QStringLiteral("niet-gevonden"), QStringLiteral("Niet gevonden."));
}

Answer Answer::empty(int status)
{
    Answer answer;
    answer.status = status;
    answer.contentType.clear();
    return answer;
}

QByteArray Answer::headersJson() const
{
    QJsonObject json;
    for (const auto &[name, value] : headers)
        json.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    json.insert(QStringLiteral("_type"), QString::fromLatin1(contentType));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

void Answer::setHeadersJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    headers.clear();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("_type"))
            contentType = it.value().toString().toLatin1();
        else
            headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    }
}

void setStandardHeaders(httplib::Response &response)
{
    response.set_header("API-Version", "1.0.0");
    response.set_header("Cache-Control", "no-store");
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Strict-Transport-Security", "max-age=31536000");
}

void Answer::sendTo(httplib::Response &response) const
{
    response.status = status;
    setStandardHeaders(response);
    for (const auto &[name, value] : headers)
        response.set_header(name.toStdString(), value.toStdString());
    if (!contentType.isEmpty())
        response.set_content(body.toStdString(), contentType.toStdString());
}

} // namespace mapje::endpoint
