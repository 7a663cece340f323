// The routes of overdrachten (docs/api/openapi.yaml): a lobby kiosk hands a session to one phone
// through a mailbox that holds only public keys and ciphertext, takes one phone, is deleted when
// fetched and expires after five minutes (docs/decisions/handoff-mailbox.md).
#include "http/endpointserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <httplib.h>

#include "sync/protocol/handoffmessages.h"

namespace mapje::endpoint {

namespace {

constexpr QByteArray::Base64Options Base64Url
    = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
// How long a phone waits before it asks again for content that is not there yet.
constexpr int FetchAgainSeconds = 2;

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(Base64Url));
}

QByteArray keyBytes(const QString &base64UrlText)
{
    return QByteArray::fromBase64(base64UrlText.toLatin1(), QByteArray::Base64UrlEncoding);
}

Answer failed()
{
    return Answer::problem(500, QStringLiteral("serverfout"),
        QStringLiteral("De overdracht is niet bewaard. Probeer het opnieuw."));
}

} // namespace

void EndpointServer::addHandoffRoutes()
{
    // The code as the route's first match; case, dashes and spaces do not count.
    static const std::string oneHandoff = R"(/v1/overdrachten/([A-Za-z0-9-]{8,16}))";
    // Every request to a mailbox first deletes the expired ones: the ciphertext of an expired
    // mailbox is really gone, not only out of sight. Then the code's HMAC, "" for no code.
    const auto codeHashOf = [this](const httplib::Request &request, const QDateTime &now) {
        m_handoffs.forgetExpired(now);
        const QString code = Secrets::normalisedCode(QString::fromStdString(request.matches[1]));
        return code.isEmpty() ? QString() : m_secrets.handoffCodeHash(code);
    };
    // The kiosk's own mailbox, or nothing: another kiosk's looks as if it did not exist.
    const auto ownMailbox = [this](const QString &codeHash, const QString &kiosk,
                                const QDateTime &now) -> std::optional<HandoffStore::Mailbox> {
        const auto mailbox = codeHash.isEmpty() ? std::nullopt : m_handoffs.find(codeHash, now);
        if (!mailbox || mailbox->kiosk != kiosk)
            return std::nullopt;
        return mailbox;
    };

    // A kiosk opens a mailbox with its public key; the code is shown once and derived from the
    // Idempotency-Key, so a repeat shows it again without it being stored.
    m_server->Post("/v1/overdrachten",
        forKiosk([this](const httplib::Request &request, httplib::Response &response,
                     const QString &kiosk) {
            const QDateTime now = m_clock();
            m_handoffs.forgetExpired(now);
            const QString key = QString::fromStdString(request.get_header_value("Idempotency-Key"));
            const QString code = m_secrets.handoffCode(kiosk, key);
            const QString codeHash = m_secrets.handoffCodeHash(Secrets::normalisedCode(code));
            const auto answerFor = [&code](const QDateTime &expires) {
                Answer answer
                    = Answer::json(201, protocol::encode(protocol::NewHandoff {code, expires}));
                answer.keptBody = QJsonDocument(QJsonObject {{QStringLiteral("verlooptOp"),
                                                    expires.toUTC().toString(Qt::ISODate)}})
                                      .toJson(QJsonDocument::Compact);
                return answer;
            };
            once(
                request, response, QStringLiteral("z:") + kiosk,
                [&]() -> Answer {
                    const auto decoded = protocol::decodeHandoffRequest(request.body);
                    if (!decoded.ok())
                        return Answer::refusedBody(decoded.error());
                    const QDateTime expires = now.addSecs(m_config.handoffSeconds);
                    if (!m_handoffs.add(
                            codeHash, kiosk, base64Url(decoded.value().kioskKey), expires))
                        return failed();
                    return answerFor(expires);
                },
                [&](const Answer &) {
                    const auto mailbox = m_handoffs.find(codeHash, now);
                    return mailbox ? answerFor(mailbox->expiresAt) : Answer::notFound();
                });
        }));

    // A phone claims the mailbox with the code it scanned or typed: the code is the credential,
    // so wrong codes count against the address as wrong pairing codes do.
    m_server->Post(oneHandoff + "/telefoon",
        [this, codeHashOf](const httplib::Request &request, httplib::Response &response) {
            const QString address = clientAddress(request);
            const QDateTime now = m_clock();
            if (const auto locked = lockedOut(address, now))
                return locked->sendTo(response);
            const QString codeHash = codeHashOf(request, now);
            const QString key = QString::fromStdString(request.get_header_value("Idempotency-Key"));
            const auto answerFor = [&](const HandoffStore::Mailbox &mailbox) {
                return Answer::json(200,
                    protocol::encode(protocol::ClaimedHandoff {keyBytes(mailbox.kioskKey),
                        m_secrets.phoneToken(codeHash, key), mailbox.expiresAt}));
            };
            once(
                request, response, QStringLiteral("a:") + address,
                [&]() -> Answer {
                    const auto decoded = protocol::decodeHandoffClaim(request.body);
                    if (!decoded.ok())
                        return Answer::refusedBody(decoded.error());
                    const HandoffStore::Change change = codeHash.isEmpty()
                        ? HandoffStore::Change::Gone
                        : m_handoffs.claim(codeHash, base64Url(decoded.value().phoneKey),
                            Secrets::tokenHash(m_secrets.phoneToken(codeHash, key).toUtf8()), now);
                    const auto mailbox = m_handoffs.find(codeHash, now);
                    if (change == HandoffStore::Change::Done && mailbox) {
                        Answer answer = answerFor(*mailbox);
                        answer.keptBody = "{}"; // the token is never kept: a repeat derives it
                        return answer;
                    }
                    if (change == HandoffStore::Change::Taken)
                        return Answer::problem(409, QStringLiteral("overdracht-bezet"),
                            QStringLiteral("Een andere telefoon haalt deze sessie al op."),
                            QStringLiteral("Vraag bij de zuil om een nieuwe code."));
                    if (change == HandoffStore::Change::Failed)
                        return failed();
                    // Unknown and expired are one answer: nobody learns which codes exist.
                    m_pairings.addWrongTry(address, now);
                    return Answer::notFound();
                },
                [&](const Answer &) {
                    const auto mailbox = m_handoffs.find(codeHash, now);
                    return mailbox ? answerFor(*mailbox) : Answer::notFound();
                });
        });

    // The kiosk polls: has a phone come, and with which key (for the check code)?
    m_server->Get(oneHandoff,
        forKiosk([codeHashOf, ownMailbox, this](const httplib::Request &request,
                     httplib::Response &response, const QString &kiosk) {
            const QDateTime now = m_clock();
            const auto mailbox = ownMailbox(codeHashOf(request, now), kiosk, now);
            if (!mailbox)
                return Answer::notFound().sendTo(response);
            using Stage = protocol::HandoffState::Stage;
            const Stage stage = mailbox->phoneKey.isEmpty()
                ? Stage::WaitingForPhone
                : (mailbox->uploaded ? Stage::Sent : Stage::PhoneClaimed);
            Answer::json(200,
                protocol::encode(protocol::HandoffState {
                    stage, keyBytes(mailbox->phoneKey), mailbox->expiresAt}))
                .sendTo(response);
        }));

    // The kiosk uploads the sealed session, once, after the visitor confirmed the check code.
    m_server->Put(oneHandoff + "/inhoud",
        forKiosk([codeHashOf, this](const httplib::Request &request, httplib::Response &response,
                     const QString &kiosk) {
            const QDateTime now = m_clock();
            const QString codeHash = codeHashOf(request, now);
            once(request, response, QStringLiteral("z:") + kiosk, [&]() -> Answer {
                const auto decoded = protocol::decodeHandoffContent(request.body);
                if (!decoded.ok())
                    return Answer::refusedBody(decoded.error());
                switch (codeHash.isEmpty()
                        ? HandoffStore::Change::Gone
                        : m_handoffs.upload(codeHash, kiosk, base64Url(decoded.value().header),
                            base64Url(decoded.value().ciphertext), now)) {
                case HandoffStore::Change::Done:
                    return Answer::empty(204);
                case HandoffStore::Change::NotClaimed:
                    return Answer::problem(409, QStringLiteral("nog-geen-telefoon"),
                        QStringLiteral("Er is nog geen telefoon voor deze overdracht."));
                case HandoffStore::Change::Taken:
                    return Answer::problem(409, QStringLiteral("al-verstuurd"),
                        QStringLiteral("Deze sessie is al verstuurd."));
                case HandoffStore::Change::Failed:
                    return failed();
                default:
                    return Answer::notFound();
                }
            });
        }));

    // The phone fetches the sealed session once: the mailbox is deleted in the same transaction.
    m_server->Get(oneHandoff + "/inhoud",
        [codeHashOf, this](const httplib::Request &request, httplib::Response &response) {
            const QString token = bearerToken(request);
            const QString tokenHash = Secrets::tokenHash(token.toUtf8());
            if (auto limited = limitedFor(QStringLiteral("t:") + tokenHash))
                return limited->sendTo(response);
            const QDateTime now = m_clock();
            const QString codeHash = codeHashOf(request, now);
            QString header;
            QString ciphertext;
            switch (codeHash.isEmpty() || token.isEmpty()
                    ? HandoffStore::Change::Gone
                    : m_handoffs.fetch(codeHash, tokenHash, now, &header, &ciphertext)) {
            case HandoffStore::Change::Done:
                return Answer::json(200,
                    protocol::encode(
                        protocol::HandoffContent {keyBytes(header), keyBytes(ciphertext)}))
                    .sendTo(response);
            case HandoffStore::Change::NotUploaded: {
                Answer notYet = Answer::problem(409, QStringLiteral("nog-niet-verstuurd"),
                    QStringLiteral("De zuil heeft de sessie nog niet verstuurd."),
                    QStringLiteral("Kijk op de zuil of de controlecode klopt."));
                notYet.headers.append({"Retry-After", QByteArray::number(FetchAgainSeconds)});
                return notYet.sendTo(response);
            }
            case HandoffStore::Change::Failed:
                return failed().sendTo(response);
            default:
                // Gone, fetched already, or not this phone's token: one answer.
                return Answer::notFound().sendTo(response);
            }
        });

    // The kiosk ends the session: the mailbox goes at once.
    m_server->Delete(oneHandoff,
        forKiosk([codeHashOf, this](const httplib::Request &request, httplib::Response &response,
                     const QString &kiosk) {
            const QDateTime now = m_clock();
            const QString codeHash = codeHashOf(request, now);
            once(request, response, QStringLiteral("z:") + kiosk, [&]() -> Answer {
                return !codeHash.isEmpty() && m_handoffs.remove(codeHash, kiosk)
                    ? Answer::empty(204)
                    : Answer::notFound();
            });
        }));
}

} // namespace mapje::endpoint
