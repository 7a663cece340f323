// The staff page (docs/staff-page.md): signing in and out, the list of one's citizens, a new
// pairing code, the stylesheet and the faces. HTML made on the server, no JavaScript.
#include "http/endpointserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <httplib.h>

#include "staffweb/dutchtime.h"
#include "staffweb/formguard.h"
#include "staffweb/formhtml.h"
#include "staffweb/passwordhash.h"
#include "staffweb/sessioncookie.h"
#include "staffweb/staffpage.h"
#include "sync/protocol/messages.h"

namespace mapje::endpoint {

namespace {

const QString SignInPath = QStringLiteral("/medewerkers/aanmelden");
const QString CitizensPath = QStringLiteral("/medewerkers/inwoners");

bool isForm(const httplib::Request &request)
{
    return request.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0)
        == 0;
}

// Sent as it is in the resource, with the type and the headers of the staff page.
void sendResource(httplib::Response &response, const QString &path, const char *type)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        response.status = 404;
        return staffErrorPage(response);
    }
    response.status = 200;
    setStaffHeaders(response, true);
    response.set_content(file.readAll().toStdString(), type);
}

void signInForm(httplib::Response &response, int status, const QString &name,
    const QString &problem, qint64 retryAfterSeconds = 0)
{
    StaffPage page(QStringLiteral("Aanmelden"), nullptr);
    Html &html = page.html();
    if (!problem.isEmpty())
        FormHtml::refusal(html, problem, {});
    html.element("p", QStringLiteral("Meld je aan om te lezen wat inwoners met je delen."));
    html.open("form", {{"method", QStringLiteral("post")}, {"action", SignInPath}});
    FormHtml::field(
        html, {"naam", QStringLiteral("Je naam"), "text", name, {}, {}, true, 64, "username"});
    FormHtml::field(html,
        {"wachtwoord", QStringLiteral("Je wachtwoord"), "password", {}, {}, {}, true, 1024,
            "current-password"});
    html.element("button", QStringLiteral("Aanmelden"), {{"type", QStringLiteral("submit")}})
        .close();
    html.element("p",
        QStringLiteral("Nog geen account, of je wachtwoord vergeten? Vraag het aan de beheerder "
                       "van Mapje bij je gemeente."));
    page.send(response, status);
    if (retryAfterSeconds > 0)
        response.set_header("Retry-After", std::to_string(retryAfterSeconds));
}

qint64 secondsUntil(const QDateTime &until, const QDateTime &now)
{
    return std::max<qint64>(1, now.secsTo(until));
}

QString waitWords(const QDateTime &until)
{
    return QStringLiteral("Je hebt te vaak een verkeerde naam of een verkeerd wachtwoord getypt. "
                          "Probeer het om %1 opnieuw.")
        .arg(DutchTime::time(until));
}

void codeForm(const StaffVisitor &visitor, httplib::Response &response, int status,
    const QString &label, const QString &minutes, const QString &error)
{
    StaffPage page(QStringLiteral("Nieuwe koppelcode maken"), &visitor,
        QStringLiteral("/medewerkers/koppelcode"));
    Html &html = page.html();
    if (!error.isEmpty())
        FormHtml::refusal(html, QStringLiteral("De code is nog niet gemaakt. Kijk bij:"),
            {QStringLiteral("Kenmerk")});
    html.element("p",
        QStringLiteral("Met een koppelcode koppelt een inwoner Mapje aan jou. Daarna kan de "
                       "inwoner dingen met je delen, en kun jij een afspraak voorstellen."));
    html.open("form",
        {{"method", QStringLiteral("post")},
            {"action", QStringLiteral("/medewerkers/koppelcode")}});
    page.csrfField();
    FormHtml::field(html,
        {"label", QStringLiteral("Kenmerk"), "text", label,
            QStringLiteral("Een woord of nummer waaraan jij de inwoner herkent. Geen BSN en geen "
                           "naam nodig. Alleen jij ziet het."),
            error, true, 80});
    FormHtml::choice(html, "geldig", QStringLiteral("Hoe lang werkt de code?"),
        {{QStringLiteral("60"), QStringLiteral("1 uur")},
            {QStringLiteral("1440"), QStringLiteral("1 dag")},
            {QStringLiteral("10080"), QStringLiteral("1 week")}},
        minutes);
    html.element("button", QStringLiteral("Maak de code"), {{"type", QStringLiteral("submit")}})
        .close();
    page.send(response, status);
}

} // namespace

void EndpointServer::refuseForm(httplib::Response &response, const QString &member)
{
    m_audit.add(m_clock(), member, AuditLog::Action::FormRefused, AuditLog::Via::Page);
    StaffPage page(QStringLiteral("Dit formulier is niet aangenomen"), nullptr);
    page.html()
        .element("p",
            QStringLiteral(
                "Het formulier kwam niet van deze pagina, of de pagina was te oud. Er is "
                "niets veranderd."))
        .element("p", QStringLiteral("Ga terug, laad de pagina opnieuw en probeer het nog eens."))
        .open("p");
    // Without a session (a refused sign-in) the way on is signing in, not the citizens' list.
    if (member.isEmpty())
        page.html().element("a", QStringLiteral("Naar aanmelden"), {{"href", SignInPath}});
    else
        page.html().element("a", QStringLiteral("Naar je inwoners"), {{"href", CitizensPath}});
    page.html().close();
    page.send(response, 403);
}

std::function<void(const httplib::Request &, httplib::Response &)> EndpointServer::signedIn(
    PageHandler handler)
{
    return [this, handler](const httplib::Request &request, httplib::Response &response) {
        const bool plain = m_config.staffWeb.plainHttpForTests;
        const QString sessionId = SessionCookie::read(request, plain);
        const auto member = m_sessions.use(sessionId, m_clock());
        const bool posting = request.method == "POST";
        if (!member) {
            if (!posting)
                return redirectTo(response, SignInPath);
            StaffPage page(QStringLiteral("Je bent niet meer aangemeld"), nullptr);
            page.html()
                .element("p",
                    QStringLiteral("Je was een tijd niet actief, of je hebt je afgemeld. Er is "
                                   "niets veranderd."))
                .open("p")
                .element("a", QStringLiteral("Meld je opnieuw aan"), {{"href", SignInPath}})
                .close();
            return page.send(response, 401);
        }
        SignedIn who {*member, sessionId, FormGuard::token(m_config.serverSecret, sessionId), {}};
        if (posting) {
            const auto form = isForm(request) ? FormFields::parse(request.body) : std::nullopt;
            if (!form || !FormGuard::fromThisSite(request)
                || !FormGuard::rightToken(
                    m_config.serverSecret, sessionId, form->raw(QStringLiteral("csrf"))))
                return refuseForm(response, *member);
            who.form = *form;
        }
        handler(request, response, who);
    };
}

std::function<void(const httplib::Request &, httplib::Response &)> EndpointServer::ownCitizen(
    CitizenPageHandler handler)
{
    return signedIn([this, handler](const httplib::Request &request, httplib::Response &response,
                        const SignedIn &who) {
        // Another professional's citizen is as absent as an id that never existed.
        const auto pairing = ownPairing(QString::fromStdString(request.matches[1]), who.member);
        if (!pairing) {
            const StaffVisitor visitor {who.member, who.csrf};
            response.status = 404;
            return staffErrorPage(response, &visitor);
        }
        handler(request, response, who, *pairing);
    });
}

void EndpointServer::addStaffWebRoutes()
{
    const auto start = [this](const httplib::Request &request, httplib::Response &response) {
        const bool signedInNow
            = m_sessions
                  .use(SessionCookie::read(request, m_config.staffWeb.plainHttpForTests), m_clock())
                  .has_value();
        redirectTo(response, signedInNow ? CitizensPath : SignInPath);
    };
    m_server->Get("/medewerkers", start);
    m_server->Get("/medewerkers/", start);

    m_server->Get(
        "/medewerkers/stijl.css", [](const httplib::Request &, httplib::Response &response) {
            sendResource(response, QStringLiteral(":/endpoint/medewerkers/stijl.css"),
                "text/css; charset=utf-8");
        });
    m_server->Get(R"(/medewerkers/beelden/(happy|sad|unsure|citizen|close|professional|peer)\.svg)",
        [](const httplib::Request &request, httplib::Response &response) {
            sendResource(response,
                QStringLiteral(":/endpoint/medewerkers/beelden/%1.svg")
                    .arg(QString::fromStdString(request.matches[1])),
                "image/svg+xml");
        });

    m_server->Get(SignInPath.toStdString(),
        [this](const httplib::Request &request, httplib::Response &response) {
            if (m_sessions.use(
                    SessionCookie::read(request, m_config.staffWeb.plainHttpForTests), m_clock()))
                return redirectTo(response, CitizensPath);
            signInForm(response, 200, {}, {});
        });

    m_server->Post(SignInPath.toStdString(),
        [this](const httplib::Request &request, httplib::Response &response) {
            const bool plain = m_config.staffWeb.plainHttpForTests;
            const auto form = isForm(request) ? FormFields::parse(request.body) : std::nullopt;
            if (!form || !FormGuard::fromThisSite(request))
                return refuseForm(response, {});
            const QString name = form->value(QStringLiteral("naam"));
            const QString password = form->raw(QStringLiteral("wachtwoord"));
            const QString address = clientAddress(request);
            const QDateTime now = m_clock();
            const std::optional<QByteArray> hash
                = StaffAccountStore::validName(name) ? m_accounts.hashOf(name) : std::nullopt;
            // Only a name with an account goes into the log: a typed password never does.
            const QString logged = hash ? name : QString();
            if (const QDateTime until = m_signInTries.lockedUntil(name, address, now);
                until.isValid()) {
                m_audit.add(now, logged, AuditLog::Action::SignInLocked, AuditLog::Via::Page);
                return signInForm(response, 429, name, waitWords(until), secondsUntil(until, now));
            }
            // The derivation runs also without an account, so the time says nothing either.
            if (!PasswordHash::matches(password, hash.value_or(QByteArray()))) {
                m_signInTries.addWrong(name, address, now);
                m_audit.add(now, logged, AuditLog::Action::SignInFailed, AuditLog::Via::Page);
                if (const QDateTime until = m_signInTries.lockedUntil(name, address, now);
                    until.isValid())
                    return signInForm(
                        response, 429, name, waitWords(until), secondsUntil(until, now));
                return signInForm(response, 401, name,
                    QStringLiteral("Je naam of je wachtwoord klopt niet. Probeer het opnieuw."));
            }
            m_signInTries.forgetName(name);
            if (PasswordHash::needsRehash(*hash)) {
                const QByteArray renewed = PasswordHash::make(password);
                if (!renewed.isEmpty())
                    (void)m_accounts.set(name, renewed, now);
            }
            // Always a new session id: one the browser brought along is ended, never taken over.
            if (const QString old = SessionCookie::read(request, plain); !old.isEmpty())
                m_sessions.remove(old);
            const QString sessionId = SessionStore::newId();
            if (!m_sessions.add(sessionId, name, now)) {
                response.status = 500;
                return staffErrorPage(response);
            }
            m_audit.add(now, name, AuditLog::Action::SignedIn, AuditLog::Via::Page);
            redirectTo(response, CitizensPath);
            response.set_header("Set-Cookie", SessionCookie::set(sessionId, plain));
        });

    m_server->Post("/medewerkers/afmelden",
        signedIn([this](
                     const httplib::Request &, httplib::Response &response, const SignedIn &who) {
            m_sessions.remove(who.sessionId);
            m_audit.add(m_clock(), who.member, AuditLog::Action::SignedOut, AuditLog::Via::Page);
            redirectTo(response, SignInPath);
            response.set_header(
                "Set-Cookie", SessionCookie::cleared(m_config.staffWeb.plainHttpForTests));
        }));

    m_server->Get(CitizensPath.toStdString(),
        signedIn([this](const httplib::Request &request, httplib::Response &response,
                     const SignedIn &who) {
            const StaffVisitor visitor {who.member, who.csrf};
            StaffPage page(QStringLiteral("Je inwoners"), &visitor, CitizensPath);
            Html &html = page.html();
            if (request.has_param("beeindigd"))
                html.element("p",
                    QStringLiteral(
                        "De koppeling is beëindigd. Alles wat deze inwoner met je deelde, "
                        "is verwijderd."),
                    {{"class", QStringLiteral("melding")}, {"role", QStringLiteral("status")}});
            const QList<PairingStore::Pairing> pairings = m_pairings.ofStaff(who.member);
            // Who asked for another moment and has no answer yet: a to-do, in words, per citizen.
            const QSet<QString> waiting = m_answers.pairingsWaiting(who.member);
            if (pairings.isEmpty()) {
                html.element("p",
                    QStringLiteral(
                        "Er is nog niemand met je gekoppeld. Maak een koppelcode en geef "
                        "die aan de inwoner."));
            } else {
                html.element("p",
                    QStringLiteral("De inwoners die Mapje aan jou koppelden. Kies een "
                                   "inwoner om te lezen wat die met je deelt."));
                html.open("ul", {{"class", QStringLiteral("inwoners")}});
                for (const PairingStore::Pairing &pairing : pairings) {
                    html.open("li")
                        .element("a", pairing.label,
                            {{"href", CitizensPath + QLatin1Char('/') + pairing.id}})
                        .element("span",
                            QStringLiteral("Gekoppeld op %1")
                                .arg(DutchTime::date(DutchTime::day(pairing.pairedAt))),
                            {{"class", QStringLiteral("datum")}});
                    if (waiting.contains(pairing.id))
                        html.element("span", QStringLiteral("Vraagt om een ander moment"),
                            {{"class", QStringLiteral("taak")}});
                    html.close();
                }
                html.close();
            }
            html.open("p")
                .element("a", QStringLiteral("Nieuwe koppelcode maken"),
                    {{"href", QStringLiteral("/medewerkers/koppelcode")}})
                .close();
            page.send(response);
        }));

    m_server->Get("/medewerkers/koppelcode",
        signedIn([](const httplib::Request &, httplib::Response &response, const SignedIn &who) {
            codeForm({who.member, who.csrf}, response, 200, {}, QStringLiteral("1440"), {});
        }));

    m_server->Post("/medewerkers/koppelcode",
        signedIn([this](
                     const httplib::Request &, httplib::Response &response, const SignedIn &who) {
            const StaffVisitor visitor {who.member, who.csrf};
            const QString label = who.form.value(QStringLiteral("label"));
            QString minutes = who.form.value(QStringLiteral("geldig"));
            if (minutes != QLatin1String("60") && minutes != QLatin1String("10080"))
                minutes = QStringLiteral("1440");
            // The same code path as POST /v1/koppelcodes, with a fresh key for each code.
            const Answer answer = issuePairingCode(who.member, Secrets::newId(),
                protocol::encode(protocol::PairingCodeRequest {label, minutes.toInt()}),
                AuditLog::Via::Page);
            if (answer.status == 400 || answer.status == 413)
                return codeForm(visitor, response, 400, label, minutes,
                    QStringLiteral("Vul een kenmerk in van hoogstens 80 tekens."));
            if (answer.status != 201) {
                response.status = 500;
                return staffErrorPage(response, &visitor);
            }
            const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
            StaffPage page(QStringLiteral("De koppelcode"), &visitor,
                QStringLiteral("/medewerkers/koppelcode"));
            page.html()
                .open("p")
                .text(QStringLiteral("Voor: "))
                .element("strong", json.value(QStringLiteral("label")).toString())
                .close()
                .element("p", json.value(QStringLiteral("code")).toString(),
                    {{"class", QStringLiteral("code")}, {"id", QStringLiteral("koppelcode")}})
                .element("p",
                    QStringLiteral("De code werkt één keer, tot %1.")
                        .arg(DutchTime::dateTime(QDateTime::fromString(
                            json.value(QStringLiteral("verlooptOp")).toString(), Qt::ISODate))))
                .element("p",
                    QStringLiteral("Geef de code alleen aan deze inwoner. De inwoner typt hem in "
                                   "Mapje bij ‘Delen met de gemeente’."))
                .open("p")
                .element("a", QStringLiteral("Naar je inwoners"), {{"href", CitizensPath}})
                .close();
            page.send(response);
        }));
}

} // namespace mapje::endpoint
