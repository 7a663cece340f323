#include "http/endpointserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <httplib.h>

#include "staffweb/staffpage.h"
#include "sync/protocol/messages.h"

Q_LOGGING_CATEGORY(lcRequests, "mapje.endpoint.requests")

namespace mapje::endpoint {

namespace {

QString headerOf(const httplib::Request &request, const char *name)
{
    return QString::fromStdString(request.get_header_value(name));
}

// The path as logged: a hand-off code in it is the capability of a mailbox, so it never reaches
// the log (docs/decisions/handoff-mailbox.md).
QString loggedPath(const std::string &path)
{
    static const QRegularExpression handoffCode(QStringLiteral("^(/v1/overdrachten/)[^/]+"));
    return QString::fromStdString(path).replace(handoffCode, QStringLiteral("\\1…"));
}

Answer tooMany(int seconds)
{
    Answer answer = Answer::problem(429, QStringLiteral("te-veel-verzoeken"),
        QStringLiteral("Te veel verzoeken. Probeer het zo opnieuw."));
    answer.headers.append({"Retry-After", QByteArray::number(seconds)});
    return answer;
}

} // namespace

EndpointServer::EndpointServer(EndpointConfig config, const Database &database, Clock clock)
    : m_config(std::move(config)),
      m_database(database),
      m_clock(std::move(clock)),
      m_secrets(m_config.serverSecret),
      m_pairings(database),
      m_shares(database),
      m_keys(database),
      m_proposals(database, QStringLiteral("voorstellen"), QStringLiteral("voorstellen")),
      m_requests(database, QStringLiteral("verzoeken"), QStringLiteral("verzoeken")),
      m_handoffs(database),
      m_accounts(database),
      m_sessions(database,
          {qint64(m_config.staffWeb.idleMinutes) * 60, qint64(m_config.staffWeb.maxHours) * 3600}),
      m_signInTries(database, m_config.serverSecret, m_config.staffWeb.wrongSignInsPerWindow),
      m_audit(database),
      m_answers(database),
      m_limiter(m_config.requestsPerMinute),
      m_server(std::make_unique<httplib::Server>())
{
    httplib::Server &server = *m_server;
    // The limits the service keeps itself, also without nginx in front.
    server.set_payload_max_length(size_t(protocol::MaxShareBytes));
    server.set_read_timeout(m_config.readTimeoutSeconds, 0);
    server.set_write_timeout(m_config.writeTimeoutSeconds, 0);
    server.set_keep_alive_max_count(100);
    server.set_keep_alive_timeout(5);
    // Headers and body leave at once: with Nagle on, a keep-alive answer waited for the client's
    // delayed ACK (about 40 ms per request).
    server.set_tcp_nodelay(true);
    const int threads = m_config.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };

    server.set_pre_routing_handler(
        [this](const httplib::Request &request, httplib::Response &response) {
            // Per address: a flood from one place stops here, before any work.
            if (const int wait = m_limiter.secondsToWait(
                    QStringLiteral("a:") + clientAddress(request), m_clock())) {
                tooMany(wait).sendTo(response);
                if (isStaffPage(request.path)) {
                    response.body.clear();
                    staffErrorPage(response);
                }
                return httplib::Server::HandlerResponse::Handled;
            }
            // The staff page takes forms, not JSON (its own routes check them).
            if (isStaffPage(request.path))
                return httplib::Server::HandlerResponse::Unhandled;
            const bool hasBody = request.method == "POST" || request.method == "PUT";
            const std::string type = request.get_header_value("Content-Type");
            if (hasBody && type.rfind("application/json", 0) != 0) {
                Answer::problem(415, QStringLiteral("verkeerd-formaat"),
                    QStringLiteral("Alleen application/json wordt aangenomen."))
                    .sendTo(response);
                return httplib::Server::HandlerResponse::Handled;
            }
            return httplib::Server::HandlerResponse::Unhandled;
        });
    // Anything without a body of its own (no route, a body too large) still answers in
    // problem+json with the standard headers.
    server.set_error_handler([](const httplib::Request &request, httplib::Response &response) {
        if (!response.body.empty())
            return;
        if (isStaffPage(request.path))
            return staffErrorPage(response);
        if (response.status == 404)
            Answer::notFound().sendTo(response);
        else if (response.status == 413)
            Answer::problem(413, QStringLiteral("te-groot"), QStringLiteral("De body is te groot."))
                .sendTo(response);
        else
            Answer::problem(
                response.status, QStringLiteral("fout"), QStringLiteral("Dit verzoek kan niet."))
                .sendTo(response);
    });
    server.set_exception_handler(
        [](const httplib::Request &request, httplib::Response &response, std::exception_ptr) {
            if (isStaffPage(request.path)) {
                response.status = 500;
                return staffErrorPage(response);
            }
            Answer::problem(500, QStringLiteral("serverfout"),
                QStringLiteral("Er ging iets mis bij de server."))
                .sendTo(response);
        });
    // One line per request, without any content: no body, no token, no code.
    server.set_logger([](const httplib::Request &request, const httplib::Response &response) {
        qCInfo(lcRequests).noquote() << QString::fromStdString(request.method)
                                     << loggedPath(request.path) << response.status;
    });
    addRoutes();
}

EndpointServer::~EndpointServer() = default;

bool EndpointServer::listen()
{
    return m_server->listen(m_config.address.toStdString(), m_config.port);
}

void EndpointServer::tidy()
{
    const QDateTime now = m_clock();
    m_keys.forgetBefore(now.addDays(-1));
    m_pairings.forgetExpired(now);
    m_handoffs.forgetExpired(now);
    m_sessions.forgetExpired(now);
    m_signInTries.forgetBefore(now.addDays(-1));
    m_audit.forgetBefore(now.addDays(-m_config.staffWeb.auditDays));
}

void EndpointServer::stop()
{
    m_server->stop();
}

QString EndpointServer::bearerToken(const httplib::Request &request)
{
    const QString value = headerOf(request, "Authorization");
    static const QString prefix = QStringLiteral("Bearer ");
    return value.startsWith(prefix) ? value.mid(prefix.size()).trimmed() : QString();
}

QString EndpointServer::clientAddress(const httplib::Request &request) const
{
    const QString peer = QString::fromStdString(request.remote_addr);
    const QString forwarded = headerOf(request, "X-Real-IP").trimmed();
    if (!forwarded.isEmpty() && forwarded.size() <= 45 && m_config.trustedProxies.contains(peer))
        return forwarded;
    return peer;
}

std::optional<Answer> EndpointServer::limitedFor(const QString &key)
{
    if (const int wait = m_limiter.secondsToWait(key, m_clock()))
        return tooMany(wait);
    return std::nullopt;
}

std::optional<PairingStore::Pairing> EndpointServer::device(
    const httplib::Request &request, Answer *refusal)
{
    const QString token = bearerToken(request);
    const QString hash = Secrets::tokenHash(token.toUtf8());
    if (auto limited = limitedFor(QStringLiteral("t:") + hash)) {
        *refusal = *limited;
        return std::nullopt;
    }
    // Looked up by its hash: the comparison is the database's, on a value that says nothing.
    const auto pairing = token.isEmpty() ? std::nullopt : m_pairings.byToken(hash);
    if (!pairing)
        *refusal = Answer::problem(
            401, QStringLiteral("geen-toegang"), QStringLiteral("Geen geldig apparaattoken."));
    return pairing;
}

std::function<void(const httplib::Request &, httplib::Response &)> EndpointServer::forDevice(
    DeviceHandler handler)
{
    return [this, handler](const httplib::Request &request, httplib::Response &response) {
        Answer refusal;
        const auto pairing = device(request, &refusal);
        if (!pairing)
            return refusal.sendTo(response);
        handler(request, response, *pairing);
    };
}

std::function<void(const httplib::Request &, httplib::Response &)> EndpointServer::forStaff(
    StaffHandler handler)
{
    return [this, handler](const httplib::Request &request, httplib::Response &response) {
        Answer refusal;
        const auto member = staff(request, &refusal);
        if (!member)
            return refusal.sendTo(response);
        handler(request, response, *member);
    };
}

std::function<void(const httplib::Request &, httplib::Response &)> EndpointServer::forOwnPairing(
    OwnPairingHandler handler)
{
    return forStaff([this, handler](const httplib::Request &request, httplib::Response &response,
                        const QString &member) {
        const auto pairing = ownPairing(QString::fromStdString(request.matches[1]), member);
        if (!pairing)
            return Answer::notFound().sendTo(response);
        handler(request, response, member, *pairing);
    });
}

std::optional<PairingStore::Pairing> EndpointServer::ownPairing(
    const QString &pairingId, const QString &member) const
{
    const auto pairing = m_pairings.byId(pairingId);
    if (!pairing || pairing->staff != member)
        return std::nullopt;
    return pairing;
}

std::function<void(const httplib::Request &, httplib::Response &)> EndpointServer::forKiosk(
    StaffHandler handler)
{
    return [this, handler](const httplib::Request &request, httplib::Response &response) {
        Answer refusal;
        const auto kiosk = named(
            request, m_config.kioskTokenHashes, QStringLiteral("Geen geldig zuiltoken."), &refusal);
        if (!kiosk)
            return refusal.sendTo(response);
        handler(request, response, *kiosk);
    };
}

std::optional<QString> EndpointServer::staff(const httplib::Request &request, Answer *refusal)
{
    return named(request, m_config.staffTokenHashes,
        QStringLiteral("Geen geldig medewerkerstoken."), refusal);
}

std::optional<QString> EndpointServer::named(const httplib::Request &request,
    const QHash<QString, QString> &tokenHashes, const QString &refusalTitle, Answer *refusal)
{
    const QString token = bearerToken(request);
    const QString hash = Secrets::tokenHash(token.toUtf8());
    if (auto limited = limitedFor(QStringLiteral("t:") + hash)) {
        *refusal = *limited;
        return std::nullopt;
    }
    std::optional<QString> found;
    // Every hash is compared, in constant time, whether or not one matched already.
    for (auto it = tokenHashes.constBegin(); it != tokenHashes.constEnd(); ++it) {
        if (Secrets::sameInConstantTime(hash.toLatin1(), it.value().toLatin1()) && !token.isEmpty())
            found = it.key();
    }
    if (!found)
        *refusal = Answer::problem(401, QStringLiteral("geen-toegang"), refusalTitle);
    return found;
}

std::optional<Answer> EndpointServer::lockedOut(const QString &address, const QDateTime &now) const
{
    constexpr int WindowMinutes = 15;
    if (m_pairings.wrongTriesSince(address, now.addSecs(-60 * WindowMinutes))
        < m_config.wrongCodesPerWindow)
        return std::nullopt;
    Answer locked = Answer::problem(429, QStringLiteral("te-veel-codes"),
        QStringLiteral("Te veel foute codes. Probeer het over een kwartier opnieuw."));
    locked.headers.append({"Retry-After", QByteArray::number(WindowMinutes * 60)});
    return locked;
}

std::optional<PairingStore::Pairing> EndpointServer::pairingFor(
    const httplib::Request &request, const QString &pairingId, bool *asStaff, Answer *refusal)
{
    const QString token = bearerToken(request);
    const auto asDevice
        = token.isEmpty() ? std::nullopt : m_pairings.byToken(Secrets::tokenHash(token.toUtf8()));
    *asStaff = false;
    if (asDevice) {
        if (asDevice->id == pairingId)
            return asDevice;
        // Another device's pairing: as if it did not exist.
        *refusal = Answer::notFound();
        return std::nullopt;
    }
    const auto member = staff(request, refusal);
    if (!member)
        return std::nullopt;
    const auto pairing = ownPairing(pairingId, *member);
    if (!pairing) {
        *refusal = Answer::notFound();
        return std::nullopt;
    }
    *asStaff = true;
    return pairing;
}

void EndpointServer::once(const httplib::Request &request, httplib::Response &response,
    const QString &owner, const std::function<Answer()> &work,
    const std::function<Answer(const Answer &kept)> &rebuild)
{
    static const QRegularExpression keyForm(QStringLiteral("^[A-Za-z0-9_-]{16,64}$"));
    const QString key = headerOf(request, "Idempotency-Key");
    if (!keyForm.match(key).hasMatch()) {
        Answer::problem(400, QStringLiteral("sleutel-ontbreekt"),
            QStringLiteral("Een Idempotency-Key (16 tot 64 tekens) is nodig."))
            .sendTo(response);
        return;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::fromStdString(request.method + ' ' + request.path + '\n'));
    hash.addData(QByteArray::fromStdString(request.get_header_value("If-Match") + '\n'));
    hash.addData(QByteArray::fromStdString(request.body));
    const QString requestHash = QString::fromLatin1(hash.result().toHex());

    IdempotencyStore::Answer stored;
    switch (m_keys.claim(owner, key, requestHash, m_clock(), &stored)) {
    case IdempotencyStore::Claim::Claimed: {
        const Answer answer = work();
        if (answer.status >= 500)
            m_keys.release(owner, key); // nothing changed: a retry may try again
        else
            m_keys.finish(owner, key,
                {answer.status, answer.keptBody.isEmpty() ? answer.body : answer.keptBody,
                    answer.headersJson()});
        answer.sendTo(response);
        return;
    }
    case IdempotencyStore::Claim::Repeat: {
        Answer answer;
        answer.status = stored.status;
        answer.body = stored.body;
        answer.setHeadersJson(stored.headers);
        (rebuild && answer.status < 300 ? rebuild(answer) : answer).sendTo(response);
        return;
    }
    case IdempotencyStore::Claim::OtherRequest:
        Answer::problem(422, QStringLiteral("sleutel-hergebruikt"),
            QStringLiteral("Deze Idempotency-Key hoorde bij een ander verzoek."))
            .sendTo(response);
        return;
    case IdempotencyStore::Claim::StillRunning:
        Answer::problem(409, QStringLiteral("nog-bezig"),
            QStringLiteral("Een verzoek met deze Idempotency-Key loopt nog."))
            .sendTo(response);
        return;
    case IdempotencyStore::Claim::Failed:
        break;
    }
    Answer::problem(500, QStringLiteral("serverfout"),
        QStringLiteral("De database antwoordt niet. Probeer het zo opnieuw."))
        .sendTo(response);
}

void EndpointServer::addRoutes()
{
    // The spec itself (API-51), as JSON made from docs/api/openapi.yaml at build time.
    m_server->Get("/v1/openapi.json", [](const httplib::Request &, httplib::Response &response) {
        QFile spec(QStringLiteral(":/endpoint/openapi.json"));
        if (!spec.open(QIODevice::ReadOnly)) {
            Answer::problem(
                500, QStringLiteral("serverfout"), QStringLiteral("De beschrijving ontbreekt."))
                .sendTo(response);
            return;
        }
        Answer::json(200, spec.readAll()).sendTo(response);
    });
    addPairingRoutes();
    addShareRoutes();
    addProposalRoutes();
    addHandoffRoutes();
    addStaffWebRoutes();
    addStaffCitizenRoutes();
}

} // namespace mapje::endpoint
