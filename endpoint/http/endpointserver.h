#pragma once

#include "config/endpointconfig.h"
#include "http/answer.h"
#include "http/ratelimiter.h"
#include "security/secrets.h"
#include "staffweb/auditlog.h"
#include "staffweb/formfields.h"
#include "staffweb/requestanswers.h"
#include "staffweb/sessionstore.h"
#include "staffweb/signintries.h"
#include "staffweb/staffaccountstore.h"
#include "storage/database.h"
#include "storage/handoffstore.h"
#include "storage/idempotencystore.h"
#include "storage/numberedstore.h"
#include "storage/pairingstore.h"
#include "storage/sharestore.h"

#include <QDateTime>
#include <functional>
#include <memory>
#include <optional>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace mapje::endpoint {

/**
 * The HTTP side of mapje-endpoint (docs/api/openapi.yaml): cpp-httplib with the limits set
 * (body size, time-outs, a fixed pool of threads), every request counted per address and per
 * token, every unsafe request once per Idempotency-Key, every answer with the standard headers
 * and errors as problem+json. Stateless: all it knows is in the database.
 */
class EndpointServer {
public:
    using Clock = std::function<QDateTime()>;

    EndpointServer(EndpointConfig config, const Database &database, Clock clock);
    ~EndpointServer();

    /** Forgets what is no longer needed: Idempotency-Keys and wrong tries older than a day,
     * expired pairing codes. Every instance may run it; it only deletes. */
    void tidy();

    /** Binds and serves until stop(); false (and a log line) when it cannot bind. */
    bool listen();
    void stop();

private:
    void addRoutes();
    void addPairingRoutes();
    void addShareRoutes();
    void addProposalRoutes();
    void addHandoffRoutes();
    void addStaffWebRoutes(); ///< the staff page, /medewerkers/ (docs/staff-page.md)
    void addStaffCitizenRoutes(); ///< its pages of one citizen

    using DeviceHandler = std::function<void(
        const httplib::Request &, httplib::Response &, const PairingStore::Pairing &)>;
    using StaffHandler
        = std::function<void(const httplib::Request &, httplib::Response &, const QString &)>;
    /** A route for a device (its pairing) or a staff member (their name) only; others get 401. */
    std::function<void(const httplib::Request &, httplib::Response &)> forDevice(
        DeviceHandler handler);
    std::function<void(const httplib::Request &, httplib::Response &)> forStaff(
        StaffHandler handler);
    /** A route for a lobby kiosk only (its name, from [zuilen]); others get 401. */
    std::function<void(const httplib::Request &, httplib::Response &)> forKiosk(
        StaffHandler handler);
    using OwnPairingHandler = std::function<void(const httplib::Request &, httplib::Response &,
        const QString &, const PairingStore::Pairing &)>;
    /** A staff route on one pairing (its id the route's first match): only the staff member who
     * made it gets there; anyone else gets 404. */
    std::function<void(const httplib::Request &, httplib::Response &)> forOwnPairing(
        OwnPairingHandler handler);
    /** The pairing if this staff member made it; another professional's citizen is never shown,
     * not even that it exists. */
    [[nodiscard]] std::optional<PairingStore::Pairing> ownPairing(
        const QString &pairingId, const QString &member) const;

    /** The token of "Authorization: Bearer …", or "". */
    [[nodiscard]] static QString bearerToken(const httplib::Request &request);
    /** Who sent the request: X-Real-IP when it came through a trusted proxy, else the peer. */
    [[nodiscard]] QString clientAddress(const httplib::Request &request) const;

    /** The pairing of the device token in the Authorization header; else the 401 to send. */
    std::optional<PairingStore::Pairing> device(const httplib::Request &request, Answer *refusal);
    /** The staff member of the staff token; else the 401 to send. */
    std::optional<QString> staff(const httplib::Request &request, Answer *refusal);
    /** The name of the bearer token among these hashes (staff or kiosks); else the 401 to send. */
    std::optional<QString> named(const httplib::Request &request,
        const QHash<QString, QString> &tokenHashes, const QString &refusalTitle, Answer *refusal);
    /** The 429 to send when this address typed too many wrong codes (pairing or hand-off). */
    std::optional<Answer> lockedOut(const QString &address, const QDateTime &now) const;
    /** Runs an unsafe request once per Idempotency-Key of this owner, and sends the answer. */
    /** With `rebuild`, a repeat's answer is made again from what was kept (Answer::keptBody). */
    void once(const httplib::Request &request, httplib::Response &response, const QString &owner,
        const std::function<Answer()> &work,
        const std::function<Answer(const Answer &kept)> &rebuild = {});
    /** The staff member's or the device's view of one pairing; nothing when neither may see it. */
    std::optional<PairingStore::Pairing> pairingFor(
        const httplib::Request &request, const QString &pairingId, bool *asStaff, Answer *refusal);
    /** Too many requests for this token: the 429 to send. */
    std::optional<Answer> limitedFor(const QString &key);

    /** Issues a pairing code for a staff member (the API and the staff page alike): the body is
     * a KoppelcodeAanvraag, the code derived from the key; 201 with the code, or the refusal. */
    [[nodiscard]] Answer issuePairingCode(
        const QString &member, const QString &key, QByteArrayView body, AuditLog::Via via);
    /** Proposes an appointment ("afspraken") or a moment ("momenten") to one of the member's
     * citizens, from its JSON proposal: the one path of the API and the staff page. */
    [[nodiscard]] Answer propose(const PairingStore::Pairing &pairing, const QString &kind,
        QByteArrayView body, const QString &member, AuditLog::Via via);
    /** Ends a pairing and deletes all it shared; `member` is "" when the device ended it. */
    [[nodiscard]] bool endPairing(
        const PairingStore::Pairing &pairing, const QString &member, AuditLog::Via via);

    /** Who is signed in on the staff page; with the posted form, checked (origin and csrf). */
    struct SignedIn {
        QString member;
        QString sessionId;
        QString csrf;
        FormFields form;
    };
    using PageHandler
        = std::function<void(const httplib::Request &, httplib::Response &, const SignedIn &)>;
    using CitizenPageHandler = std::function<void(const httplib::Request &, httplib::Response &,
        const SignedIn &, const PairingStore::Pairing &)>;
    /** A staff page for a signed-in member: without a live session a GET goes to the sign-in page
     * and a POST is refused; a POST must come from this site with the session's csrf token. */
    std::function<void(const httplib::Request &, httplib::Response &)> signedIn(
        PageHandler handler);
    /** A staff page of one of the member's own citizens (the id the route's first match); any
     * other id, also another professional's citizen, is 404. */
    std::function<void(const httplib::Request &, httplib::Response &)> ownCitizen(
        CitizenPageHandler handler);
    /** The page for a form that did not come from this site or had no right token (403). */
    void refuseForm(httplib::Response &response, const QString &member);

    EndpointConfig m_config;
    const Database &m_database;
    Clock m_clock;
    Secrets m_secrets;
    PairingStore m_pairings;
    ShareStore m_shares;
    IdempotencyStore m_keys;
    NumberedStore m_proposals; ///< afspraken and momenten
    NumberedStore m_requests; ///< verzoeken
    HandoffStore m_handoffs; ///< overdrachten
    StaffAccountStore m_accounts; ///< medewerkers: the staff page's accounts
    SessionStore m_sessions; ///< sessies
    SignInTries m_signInTries; ///< aanmeldpogingen
    AuditLog m_audit; ///< logboek
    RequestAnswers m_answers; ///< which proposal answered which request (verzoeken)
    RateLimiter m_limiter;
    std::unique_ptr<httplib::Server> m_server;
};

} // namespace mapje::endpoint
