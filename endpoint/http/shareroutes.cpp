// The routes of deelnames (docs/api/openapi.yaml): what a device shares, replaced only from the
// version it last saw, withdrawn by a real delete.
#include "http/endpointserver.h"
#include "http/page.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <httplib.h>

#include "sync/protocol/messages.h"

namespace mapje::endpoint {

namespace {

QByteArray etagOf(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// The stored share as the API shows it: what the device sent, with its id, time and ETag.
QJsonObject storedJson(const ShareStore::Stored &share)
{
    QJsonObject json = QJsonDocument::fromJson(share.body).object();
    json.insert(QStringLiteral("deelnameId"), share.id);
    json.insert(QStringLiteral("ontvangenOp"), timeText(share.receivedAt));
    json.insert(QStringLiteral("etag"), QString::fromLatin1(etagOf(share.version)));
    return json;
}

// The short form, to compare: id, kind, time and ETag.
QJsonObject summaryJson(const ShareStore::Stored &share)
{
    return {{QStringLiteral("deelnameId"), share.id}, {QStringLiteral("soort"), share.kind},
        {QStringLiteral("ontvangenOp"), timeText(share.receivedAt)},
        {QStringLiteral("etag"), QString::fromLatin1(etagOf(share.version))}};
}

Answer storedAnswer(int status, const ShareStore::Stored &share)
{
    Answer answer
        = Answer::json(status, QJsonDocument(storedJson(share)).toJson(QJsonDocument::Compact));
    answer.headers.append({"ETag", etagOf(share.version)});
    return answer;
}

Answer versionChanged()
{
    return Answer::problem(412, QStringLiteral("versie-veranderd"),
        QStringLiteral("Deze deelname is intussen veranderd of weg."),
        QStringLiteral("Haal de nieuwste versie op en vervang die."));
}

} // namespace

void EndpointServer::addShareRoutes()
{
    static const std::string oneShare = R"(/v1/deelnames/([A-Za-z0-9-]{8,64}))";

    m_server->Put(oneShare,
        forDevice([this](const httplib::Request &request, httplib::Response &response,
                      const PairingStore::Pairing &pairing) {
            once(request, response, QStringLiteral("k:") + pairing.id, [&]() -> Answer {
                const auto decoded = protocol::decodeShare(request.body);
                if (!decoded.ok())
                    return Answer::refusedBody(decoded.error());
                std::optional<qint64> ifMatch;
                if (request.has_header("If-Match")) {
                    static const QRegularExpression etag(
                        QStringLiteral(R"re(^"([0-9]{1,18})"$)re"));
                    const auto match
                        = etag.match(QString::fromStdString(request.get_header_value("If-Match")));
                    if (!match.hasMatch())
                        return versionChanged();
                    ifMatch = match.captured(1).toLongLong();
                }
                const QString shareId = QString::fromStdString(request.matches[1]);
                const ShareStore::Stored share {shareId, protocol::shareKind(decoded.value()),
                    QByteArray::fromStdString(request.body), 0, m_clock()};
                ShareStore::Stored saved;
                switch (m_shares.put(pairing.id, share, ifMatch,
                    request.get_header_value("If-None-Match") == "*", &saved)) {
                case ShareStore::PutResult::Created: {
                    Answer answer = storedAnswer(201, saved);
                    answer.headers.append({"Location", "/v1/deelnames/" + shareId.toUtf8()});
                    return answer;
                }
                case ShareStore::PutResult::Replaced:
                    return storedAnswer(200, saved);
                case ShareStore::PutResult::VersionChanged:
                case ShareStore::PutResult::Exists:
                    return versionChanged();
                case ShareStore::PutResult::VersionNeeded:
                    return Answer::problem(428, QStringLiteral("versie-nodig"),
                        QStringLiteral(
                            "Deze deelname bestaat al. Vervangen kan alleen met If-Match."));
                case ShareStore::PutResult::Failed:
                    break;
                }
                return Answer::problem(500, QStringLiteral("serverfout"),
                    QStringLiteral("De deelname is niet bewaard. Probeer het opnieuw."));
            });
        }));

    m_server->Get(oneShare,
        forDevice([this](const httplib::Request &request, httplib::Response &response,
                      const PairingStore::Pairing &pairing) {
            const auto share = m_shares.get(pairing.id, QString::fromStdString(request.matches[1]));
            (share ? storedAnswer(200, *share) : Answer::notFound()).sendTo(response);
        }));

    // Withdrawn: deleted. Also 204 when it was gone already, so a retry is no error.
    m_server->Delete(oneShare,
        forDevice([this](const httplib::Request &request, httplib::Response &response,
                      const PairingStore::Pairing &pairing) {
            once(request, response, QStringLiteral("k:") + pairing.id, [&]() -> Answer {
                if (!m_shares.remove(pairing.id, QString::fromStdString(request.matches[1])))
                    return Answer::problem(500, QStringLiteral("serverfout"),
                        QStringLiteral("Niet teruggehaald. Probeer het opnieuw."));
                return Answer::empty(204);
            });
        }));

    // The device's own shares, short, to compare after a restart.
    m_server->Get("/v1/deelnames",
        forDevice([this](const httplib::Request &request, httplib::Response &response,
                      const PairingStore::Pairing &pairing) {
            const Page page = Page::of(request);
            if (!page.ok)
                return Page::refused().sendTo(response);
            QJsonArray all;
            for (const ShareStore::Stored &share : m_shares.list(pairing.id))
                all.append(summaryJson(share));
            page.answer(QStringLiteral("deelnames"), all).sendTo(response);
        }));

    // A staff member reads what one of their citizens shares, whole.
    m_server->Get(R"(/v1/koppelingen/([A-Za-z0-9-]{8,64})/deelnames)",
        forOwnPairing([this](const httplib::Request &request, httplib::Response &response,
                          const QString &, const PairingStore::Pairing &pairing) {
            const Page page = Page::of(request);
            if (!page.ok)
                return Page::refused().sendTo(response);
            QJsonArray all;
            for (const ShareStore::Stored &share : m_shares.list(pairing.id))
                all.append(storedJson(share));
            page.answer(QStringLiteral("deelnames"), all).sendTo(response);
        }));
}

} // namespace mapje::endpoint
