#include "staffwebfixture.h"

#include <QJsonArray>
#include <QSqlRecord>

#include "staffweb/auditlog.h"

using namespace staffweb;
using namespace mapje;

namespace {

const QString Script = QStringLiteral("<script>alert(1)</script>");
const QString BrokenImage = QStringLiteral("\"><img onerror=x>");

std::string citizenPath(const QString &pairingId, const char *below = "")
{
    return "/medewerkers/inwoners/" + pairingId.toStdString() + below;
}

protocol::Share goalShare(const QString &ownWords, const QString &whoHelps = {})
{
    protocol::GoalShare goal;
    goal.domainId = QStringLiteral("money");
    goal.domainName = QStringLiteral("Geld");
    goal.ownWords = ownWords;
    goal.whoHelps = whoHelps;
    goal.steps = {{QStringLiteral("Bellen met de schuldhulp"), true, {}},
        {QStringLiteral("Brief openen"), false, {}}};
    return {goal};
}

protocol::Share boardShare(const QString &note, const QString &otherName)
{
    protocol::BoardShare board;
    board.boardOf = QDate(2026, 12, 1);
    board.domains = {
        {QStringLiteral("housing"), QStringLiteral("Wonen"),
            {{QStringLiteral("ik"), {}, QStringLiteral("verdrietig"), QStringLiteral("ja"), note},
                {QStringLiteral("ervaringswerker"), otherName, QStringLiteral("blij"),
                    QStringLiteral("geen-antwoord"), {}}}},
        {QStringLiteral("money"), QStringLiteral("Geld"),
            {{QStringLiteral("ik"), {}, QStringLiteral("weet-ik-niet"), QStringLiteral("nee"),
                {}}}}};
    return {board};
}

} // namespace

/**
 * The staff page (docs/staff-page.md) through the real EndpointServer on 127.0.0.1 with an
 * injected clock: signing in, the wait after wrong passwords, sessions that end, forms from
 * another site refused, another professional's citizen never shown, everything escaped, a
 * withdrawn item gone, the audit log without content, and a proposal that reaches the device.
 */
class TestStaffWeb : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Fixture> f;

private slots:
    void init()
    {
        f = std::make_unique<Fixture>();
        f->start();
    }

    void cleanup()
    {
        f->stop();
        f.reset();
    }

    void signInWorks()
    {
        const Reply form = f->get("/medewerkers/aanmelden");
        QCOMPARE(form.status, 200);
        QVERIFY(form.body.contains(QStringLiteral("<html lang=\"nl\">")));
        QVERIFY(form.body.contains(QStringLiteral("<label for=\"veld-naam\">Je naam</label>")));
        QVERIFY(form.body.contains(QStringLiteral("<a class=\"overslaan\" href=\"#inhoud\">")));
        QVERIFY(!form.body.contains(QStringLiteral("<script")));
        QCOMPARE(form.header("Content-Security-Policy"),
            std::string("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                        "frame-ancestors 'none'; base-uri 'none'"));
        // Not no-referrer: with it Chromium posts this site's own forms with "Origin: null",
        // which the page refuses, so nobody could sign in (the browser test proves the rest).
        QCOMPARE(form.header("Referrer-Policy"), std::string("same-origin"));
        QCOMPARE(form.header("X-Content-Type-Options"), std::string("nosniff"));
        QCOMPARE(form.header("Cache-Control"), std::string("no-store"));

        // Not signed in: every page goes to the sign-in form.
        QCOMPARE(f->get("/medewerkers/inwoners").status, 303);
        QCOMPARE(f->get("/medewerkers/inwoners").header("Location"),
            std::string("/medewerkers/aanmelden"));

        // The sign-in form as a browser posts it under that policy (this site's origin) is
        // taken; "Origin: null" and another site's origin are still refused, and sign no one in.
        const QByteArray signInBody = "naam=joris&wachtwoord=joris-wachtwoord-1";
        for (const char *origin : {"null", "https://kwaad.example"}) {
            const Reply refused = f->send("POST", "/medewerkers/aanmelden", {}, signInBody,
                {{"Origin", origin}, {"Sec-Fetch-Site", "same-origin"}});
            QCOMPARE(refused.status, 403);
            QVERIFY(refused.header("Set-Cookie").empty());
            // Not signed in: the way on is signing in, not a list that would only redirect.
            QVERIFY(refused.body.contains(
                QStringLiteral("<a href=\"/medewerkers/aanmelden\">Naar aanmelden</a>")));
            QVERIFY(!refused.body.contains(QStringLiteral("Naar je inwoners")));
        }
        const Reply signedIn = f->post("/medewerkers/aanmelden", {},
            {{QStringLiteral("naam"), f->joris.name},
                {QStringLiteral("wachtwoord"), f->joris.password}});
        QCOMPARE(signedIn.status, 303);
        QCOMPARE(signedIn.header("Referrer-Policy"), std::string("same-origin"));
        QCOMPARE(signedIn.header("Location"), std::string("/medewerkers/inwoners"));
        const QString cookie = QString::fromStdString(signedIn.header("Set-Cookie"));
        QVERIFY2(cookie.startsWith(QStringLiteral("__Host-mapje-sessie=")), qPrintable(cookie));
        for (const char *attribute : {"; Path=/", "; Secure", "; HttpOnly", "; SameSite=Strict"})
            QVERIFY2(cookie.contains(QLatin1String(attribute)), attribute);
        QVERIFY(!cookie.contains(QStringLiteral("Domain")));
        const QString session = cookie.section(QLatin1Char('='), 1).section(QLatin1Char(';'), 0, 0);
        QCOMPARE(session.size(), 43);
        // Only its hash is kept.
        QSqlQuery query(f->database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id_hash FROM sessies")) && query.next());
        QCOMPARE(query.value(0).toString(), sha256(session.toUtf8()));

        const Reply list = f->get("/medewerkers/inwoners", session);
        QCOMPARE(list.status, 200);
        QVERIFY(list.body.contains(QStringLiteral("Aangemeld als joris")));
        // The menu marks the page you are on, for a screen reader too.
        QVERIFY(list.body.contains(QStringLiteral(
            "<a href=\"/medewerkers/inwoners\" aria-current=\"page\">Inwoners</a>")));
        QCOMPARE(list.body.count(QStringLiteral("aria-current")), 1);
        const Reply codeForm = f->get("/medewerkers/koppelcode", session);
        QVERIFY(codeForm.body.contains(QStringLiteral("<a href=\"/medewerkers/koppelcode\" "
                                                      "aria-current=\"page\">Nieuwe koppelcode "
                                                      "maken</a>")));
        QCOMPARE(codeForm.body.count(QStringLiteral("aria-current")), 1);
        QVERIFY(list.body.contains(QStringLiteral("Er is nog niemand met je gekoppeld.")));
        // A second sign-in gets a new id, and the one it brought along ends.
        const Reply again = f->send(
            "POST", "/medewerkers/aanmelden", session, "naam=joris&wachtwoord=joris-wachtwoord-1");
        QCOMPARE(again.status, 303);
        QVERIFY(!QString::fromStdString(again.header("Set-Cookie")).contains(session));
        QCOMPARE(f->get("/medewerkers/inwoners", session).status, 303);
    }

    void wrongPasswordsAreLimited()
    {
        const auto tryFrom = [this](const std::string &address, const QString &name) {
            return f->post("/medewerkers/aanmelden", {},
                {{QStringLiteral("naam"), name},
                    {QStringLiteral("wachtwoord"), QStringLiteral("niet-het-wachtwoord")}},
                address);
        };
        // The same words whether the name or the password is wrong.
        const Reply wrongPassword = tryFrom("10.0.0.1", QStringLiteral("joris"));
        const Reply wrongName = tryFrom("10.0.0.1", QStringLiteral("joost"));
        QCOMPARE(wrongPassword.status, 401);
        QCOMPARE(wrongName.status, 401);
        QVERIFY(
            wrongPassword.body.contains(QStringLiteral("Je naam of je wachtwoord klopt niet.")));
        QCOMPARE(QString(wrongName.body).replace(QStringLiteral("joost"), QStringLiteral("joris")),
            wrongPassword.body);

        // Per account: the fifth wrong password for joris, from five addresses, gives a wait,
        // said with the time to try again.
        for (const std::string address : {"10.0.0.2", "10.0.0.3", "10.0.0.4"})
            QCOMPARE(tryFrom(address, QStringLiteral("joris")).status, 401);
        f->advance(60);
        const Reply locked = tryFrom("10.0.0.5", QStringLiteral("joris"));
        QCOMPARE(locked.status, 429);
        // The first wrong try was at 09:00 UTC (10:00 in Amsterdam): the wait lifts at 10:15.
        QVERIFY2(locked.body.contains(QStringLiteral(
                     "Je hebt te vaak een verkeerde naam of een verkeerd wachtwoord getypt. "
                     "Probeer het om 10:15 opnieuw.")),
            qPrintable(locked.body));
        QCOMPARE(locked.header("Retry-After"), std::string("840"));
        // Also the right password waits, and nothing is signed in; anna does not wait.
        QVERIFY(f->signIn(f->joris.name, f->joris.password, "10.0.0.6").isEmpty());
        QVERIFY(!f->signIn(f->anna.name, f->anna.password, "10.0.0.6").isEmpty());

        // Per address: five wrong names from one address, then that address waits, also for anna.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(tryFrom("10.0.0.7", QStringLiteral("naam%1").arg(i)).status, 401);
        QCOMPARE(tryFrom("10.0.0.7", QStringLiteral("naam5")).status, 429);
        QVERIFY(f->signIn(f->anna.name, f->anna.password, "10.0.0.7").isEmpty());

        // The waits lift after their quarter of an hour.
        f->advance(14 * 60 + 1);
        QVERIFY(!f->signIn(f->joris.name, f->joris.password, "10.0.0.5").isEmpty());
        QVERIFY(f->signIn(f->anna.name, f->anna.password, "10.0.0.7").isEmpty());
        f->advance(60);
        QVERIFY(!f->signIn(f->anna.name, f->anna.password, "10.0.0.7").isEmpty());
    }

    void aStolenCookieStopsWorking()
    {
        f->signIn(f->joris);
        const QString stolen = f->joris.session;
        const Reply list = f->get("/medewerkers/inwoners", stolen);
        QCOMPARE(list.status, 200);
        // Signing out ends it on the server: the copy is worth nothing.
        const Reply out
            = f->post("/medewerkers/afmelden", stolen, {{QStringLiteral("csrf"), list.csrf()}});
        QCOMPARE(out.status, 303);
        QVERIFY(out.header("Set-Cookie").find("Max-Age=0") != std::string::npos);
        QCOMPARE(f->get("/medewerkers/inwoners", stolen).status, 303);
        QCOMPARE(f->rows(QStringLiteral("sessies")), 0);

        // Idle for 20 minutes: gone. Used every 19 minutes: alive, until the ten hours.
        f->signIn(f->joris);
        f->advance(19 * 60);
        QCOMPARE(f->get("/medewerkers/inwoners", f->joris.session).status, 200);
        f->advance(20 * 60 + 1);
        QCOMPARE(f->get("/medewerkers/inwoners", f->joris.session).status, 303);
        QCOMPARE(f->rows(QStringLiteral("sessies")), 0);

        f->signIn(f->joris);
        int alive = 0;
        while (f->get("/medewerkers/inwoners", f->joris.session).status == 200 && alive < 100) {
            ++alive;
            f->advance(19 * 60);
        }
        QCOMPARE(alive, 32); // 31 × 19 min = 9 h 49 min; the next, at 10 h 8 min, is too late
    }

    void crossSiteFormsAreRefused()
    {
        f->signIn(f->joris);
        f->signIn(f->anna);
        const auto [pairingId, device] = f->pairCitizen(f->joris, QStringLiteral("K-7"));
        QVERIFY(!pairingId.isEmpty());
        const QString csrf = f->get("/medewerkers/koppelcode", f->joris.session).csrf();
        const QString annasCsrf = f->get("/medewerkers/koppelcode", f->anna.session).csrf();
        QVERIFY(!csrf.isEmpty());
        QVERIFY(csrf != annasCsrf);
        const int codes = f->rows(QStringLiteral("koppelcodes"));
        const QByteArray body = "label=K-8&geldig=1440&csrf=";
        const std::string thisSite = "http://127.0.0.1:" + std::to_string(f->port);
        struct Attempt {
            QByteArray body;
            httplib::Headers headers;
        };
        const QList<Attempt> attempts {
            {"label=K-8&geldig=1440", {{"Origin", thisSite}}}, // no token
            {body + "fout", {{"Origin", thisSite}}}, // a wrong token
            {body + annasCsrf.toUtf8(), {{"Origin", thisSite}}}, // another session's token
            {body + csrf.toUtf8(), {{"Origin", "https://kwaad.example"}}}, // another site
            {body + csrf.toUtf8(), {{"Origin", "null"}}},
            {body + csrf.toUtf8(), {{"Sec-Fetch-Site", "cross-site"}}},
            {body + csrf.toUtf8(), {{"Sec-Fetch-Site", "same-site"}}},
        };
        for (const Attempt &attempt : attempts) {
            const Reply refused = f->send(
                "POST", "/medewerkers/koppelcode", f->joris.session, attempt.body, attempt.headers);
            QCOMPARE(refused.status, 403);
            QVERIFY(refused.body.contains(QStringLiteral("Dit formulier is niet aangenomen")));
            QVERIFY(refused.body.contains(QStringLiteral("Er is niets veranderd.")));
            QVERIFY(refused.body.contains(
                QStringLiteral("<a href=\"/medewerkers/inwoners\">Naar je inwoners</a>")));
        }
        QCOMPARE(f->rows(QStringLiteral("koppelcodes")), codes);
        // Ending a pairing from another site changes nothing either.
        QCOMPARE(f->send("POST", citizenPath(pairingId, "/beeindigen"), f->joris.session,
                      "csrf=" + csrf.toUtf8(), {{"Origin", "https://kwaad.example"}})
                     .status,
            403);
        QCOMPARE(f->send("POST", citizenPath(pairingId, "/beeindigen"), f->joris.session,
                      "csrf=" + csrf.toUtf8(), {{"Origin", thisSite}}, "text/plain")
                     .status,
            403);
        QCOMPARE(f->rows(QStringLiteral("koppelingen")), 1);
        // Without a session a post is not taken at all.
        QCOMPARE(
            f->post(citizenPath(pairingId, "/beeindigen"), {}, {{QStringLiteral("csrf"), csrf}})
                .status,
            401);
        QCOMPARE(f->rows(QStringLiteral("koppelingen")), 1);

        // The same form from this site, with the token, is taken.
        const Reply made = f->post("/medewerkers/koppelcode", f->joris.session,
            {{QStringLiteral("label"), QStringLiteral("K-8")},
                {QStringLiteral("geldig"), QStringLiteral("60")}, {QStringLiteral("csrf"), csrf}});
        QCOMPARE(made.status, 200);
        QVERIFY(made.body.contains(QStringLiteral("id=\"koppelcode\"")));
        QCOMPARE(f->rows(QStringLiteral("koppelcodes")), codes + 1);
        // ... and so is ending it, after the question.
        QVERIFY(f->get(citizenPath(pairingId, "/beeindigen"), f->joris.session)
                    .body.contains(QStringLiteral("Ja, beëindig de koppeling")));
        const Reply ended = f->post(citizenPath(pairingId, "/beeindigen"), f->joris.session,
            {{QStringLiteral("csrf"), csrf}});
        QCOMPARE(ended.status, 303);
        QCOMPARE(f->rows(QStringLiteral("koppelingen")), 0);
        QCOMPARE(f->api("GET", "/deelnames", device).status, 401);
    }

    void anotherProfessionalsCitizenIsNeverShown()
    {
        f->signIn(f->joris);
        f->signIn(f->anna);
        const auto [pairingId, device] = f->pairCitizen(f->joris, QStringLiteral("Van-Joris-7"));
        QCOMPARE(
            f->share(device, QStringLiteral("doel-0001"), goalShare(QStringLiteral("Rust"))), 201);
        QVERIFY(f->get("/medewerkers/inwoners", f->joris.session)
                    .body.contains(QStringLiteral("Van-Joris-7")));
        const Reply annasList = f->get("/medewerkers/inwoners", f->anna.session);
        QCOMPARE(annasList.status, 200);
        QVERIFY(!annasList.body.contains(QStringLiteral("Van-Joris-7")));
        QVERIFY(!annasList.body.contains(pairingId));

        const Reply unknown
            = f->get(citizenPath(QStringLiteral("bestaat-niet-0000")), f->anna.session);
        QCOMPARE(unknown.status, 404);
        for (const char *below : {"", "/afdrukken", "/afspraak", "/moment", "/beeindigen"}) {
            const Reply guessed = f->get(citizenPath(pairingId, below), f->anna.session);
            QCOMPARE(guessed.status, 404);
            QCOMPARE(guessed.body, unknown.body);
            QVERIFY(!guessed.body.contains(QStringLiteral("Rust")));
        }
        const QString annasCsrf = annasList.csrf();
        QCOMPARE(f->post(citizenPath(pairingId, "/beeindigen"), f->anna.session,
                      {{QStringLiteral("csrf"), annasCsrf}})
                     .status,
            404);
        QCOMPARE(f->post(citizenPath(pairingId, "/afspraak"), f->anna.session,
                      {{QStringLiteral("csrf"), annasCsrf},
                          {QStringLiteral("datum"), QStringLiteral("2026-12-14")},
                          {QStringLiteral("begin"), QStringLiteral("09:30")},
                          {QStringLiteral("waar"), QStringLiteral("Stadhuis")},
                          {QStringLiteral("met"), QStringLiteral("Anna")}})
                     .status,
            404);
        QCOMPARE(f->rows(QStringLiteral("koppelingen")), 1);
        QCOMPARE(f->rows(QStringLiteral("voorstellen")), 0);
        // Joris sees it; and through the API with anna's token it is 404 as well.
        QCOMPARE(f->get(citizenPath(pairingId), f->joris.session).status, 200);
        QCOMPARE(f->api("GET", "/koppelingen/" + pairingId.toStdString() + "/deelnames",
                      f->anna.apiToken)
                     .status,
            404);
    }

    void aWebAccountAndItsTokenSeeTheSameCitizens()
    {
        f->signIn(f->joris);
        const auto [viaApi, device] = f->pairCitizen(f->joris, QStringLiteral("Via-API"));
        QVERIFY(f->get("/medewerkers/inwoners", f->joris.session)
                    .body.contains(QStringLiteral("Via-API")));
        // A code made on the page pairs a citizen whom the API token sees.
        const QString csrf = f->get("/medewerkers/koppelcode", f->joris.session).csrf();
        const Reply made = f->post("/medewerkers/koppelcode", f->joris.session,
            {{QStringLiteral("label"), QStringLiteral("Via-pagina")},
                {QStringLiteral("geldig"), QStringLiteral("1440")},
                {QStringLiteral("csrf"), csrf}});
        static const QRegularExpression codeForm(QStringLiteral("id=\"koppelcode\">([A-Z0-9-]+)<"));
        const QString code = codeForm.match(made.body).captured(1);
        QCOMPARE(code.size(), 9);
        QCOMPARE(
            f->api("POST", "/koppelingen", {}, protocol::encode(protocol::PairingRequest {code}))
                .status,
            201);
        const Reply list = f->api("GET", "/koppelingen", f->joris.apiToken);
        QVERIFY(list.body.contains(QStringLiteral("Via-pagina")));
        QVERIFY(list.body.contains(QStringLiteral("Via-API")));
        QVERIFY(
            !f->api("GET", "/koppelingen", f->anna.apiToken).body.contains(QStringLiteral("Via")));
    }

    void everythingTheyWroteIsEscaped()
    {
        f->signIn(f->joris);
        const auto [pairingId, device]
            = f->pairCitizen(f->joris, QStringLiteral("K<script>1") + BrokenImage);
        QCOMPARE(f->share(device, QStringLiteral("bord-0001"),
                     boardShare(Script + QStringLiteral(" lekkage"), BrokenImage)),
            201);
        QCOMPARE(
            f->share(device, QStringLiteral("doel-0001"), goalShare(Script, BrokenImage)), 201);
        for (const char *below : {"", "/afdrukken"}) {
            const Reply page = f->get(citizenPath(pairingId, below), f->joris.session);
            QCOMPARE(page.status, 200);
            QVERIFY(!page.body.contains(QStringLiteral("<script")));
            QVERIFY(!page.body.contains(QStringLiteral("<img onerror")));
            QVERIFY(page.body.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
            QVERIFY(page.body.contains(QStringLiteral("&quot;&gt;&lt;img onerror=x&gt;")));
            // Her own words, in her order, with faces as pictures with words.
            QVERIFY(page.body.contains(
                QStringLiteral("“&lt;script&gt;alert(1)&lt;/script&gt; lekkage”")));
            QVERIFY(page.body.indexOf(QStringLiteral("<h4>Wonen</h4>")) >= 0
                || page.body.indexOf(QStringLiteral("<h3>Wonen</h3>")) >= 0);
            QVERIFY(page.body.indexOf(QStringLiteral("Wonen</h"))
                < page.body.indexOf(QStringLiteral("Geld</h")));
            QVERIFY(page.body.contains(QStringLiteral(
                "<img src=\"/medewerkers/beelden/sad.svg\" alt=\"Gezicht: verdrietig\"")));
            QVERIFY(page.body.contains(QStringLiteral("<span>Verdrietig</span>")));
            QVERIFY(page.body.contains(QStringLiteral("Iets veranderen: Ja")));
            QVERIFY(page.body.contains(
                QStringLiteral("&quot;&gt;&lt;img onerror=x&gt; (ervaringswerker) zegt:")));
        }
        QVERIFY(!f->get("/medewerkers/inwoners", f->joris.session)
                     .body.contains(QStringLiteral("<script")));
        // The face itself comes from this server, as a picture.
        const Reply face = f->get("/medewerkers/beelden/sad.svg");
        QCOMPARE(face.status, 200);
        QCOMPARE(face.header("Content-Type"), std::string("image/svg+xml"));
        QVERIFY(face.body.contains(QStringLiteral("<svg")));
        QCOMPARE(f->get("/medewerkers/stijl.css").status, 200);
    }

    void aWithdrawnItemIsGoneAtOnce()
    {
        f->signIn(f->joris);
        const auto [pairingId, device] = f->pairCitizen(f->joris, QStringLiteral("K-3"));
        const QString marker = QStringLiteral("Teruggehaald-") + newKey();
        QCOMPARE(f->share(device, QStringLiteral("doel-0002"), goalShare(marker)), 201);
        QVERIFY(f->get(citizenPath(pairingId), f->joris.session).body.contains(marker));
        QCOMPARE(f->api("DELETE", "/deelnames/doel-0002", device).status, 204);
        const Reply after = f->get(citizenPath(pairingId), f->joris.session);
        QVERIFY(!after.body.contains(marker));
        QVERIFY(after.body.contains(QStringLiteral("Deze inwoner deelt nu niets met je.")));
        QVERIFY(
            !f->get(citizenPath(pairingId, "/afdrukken"), f->joris.session).body.contains(marker));
    }

    void thePrintViewSaysHowToPrint()
    {
        f->signIn(f->joris);
        const auto [pairingId, device] = f->pairCitizen(f->joris, QStringLiteral("K-4"));
        const Reply print = f->get(citizenPath(pairingId, "/afdrukken"), f->joris.session);
        QCOMPARE(print.status, 200);
        // No JavaScript, so no print button: a hint in words, which the paper leaves out.
        QVERIFY(print.body.contains(QStringLiteral(
            "<p class=\"afdrukhint\">Druk af met Ctrl+P, of kies Afdrukken in het menu van je "
            "browser.</p>")));
        const QString style = f->get("/medewerkers/stijl.css").body;
        const qsizetype print_ = style.indexOf(QStringLiteral("@media print"));
        QVERIFY(print_ > 0);
        QVERIFY(style.indexOf(QStringLiteral(".afdrukhint"), print_) > print_);
    }

    void aRequestForAnotherMomentIsAToDoUntilAnswered()
    {
        f->signIn(f->joris);
        const auto [pairingId, device] = f->pairCitizen(f->joris, QStringLiteral("K-9"));
        const auto [otherId, otherDevice] = f->pairCitizen(f->joris, QStringLiteral("K-10"));
        QCOMPARE(
            f->share(device, QStringLiteral("doel-0009"), goalShare(QStringLiteral("Werk"))), 201);
        const QString csrf = f->get("/medewerkers/inwoners", f->joris.session).csrf();
        QCOMPARE(f->post(citizenPath(pairingId, "/afspraak"), f->joris.session,
                      {{QStringLiteral("csrf"), csrf},
                          {QStringLiteral("datum"), QStringLiteral("2026-12-14")},
                          {QStringLiteral("begin"), QStringLiteral("09:30")},
                          {QStringLiteral("eind"), QStringLiteral("10:15")},
                          {QStringLiteral("waar"), QStringLiteral("Stadhuis, balie 3")},
                          {QStringLiteral("met"), QStringLiteral("Joris")},
                          {QStringLiteral("meenemen"), QStringLiteral("ID-kaart\nBrief")}})
                     .status,
            303);
        // A proposal is a compact list, not a paragraph per field.
        const Reply proposed = f->get(citizenPath(pairingId), f->joris.session);
        QVERIFY(proposed.body.contains(QStringLiteral(
            "<dl class=\"gegevens\"><dt>Tot</dt><dd>10:15</dd><dt>Waar</dt><dd>Stadhuis, balie "
            "3</dd><dt>Met "
            "wie</dt><dd>Joris</dd><dt>Meenemen</dt><dd>ID-kaart</dd><dd>Brief</dd>")));
        QVERIFY(!proposed.body.contains(QStringLiteral("<strong>Waar:</strong>")));
        // No request yet: nothing waits, on the list or above what she shares.
        QVERIFY(!proposed.body.contains(QStringLiteral("id=\"verzoeken\"")));
        QVERIFY(!f->get("/medewerkers/inwoners", f->joris.session)
                     .body.contains(QStringLiteral("Vraagt om een ander moment")));

        const auto appointments
            = protocol::decodeAppointmentsPage(f->api("GET", "/afspraken", device).body.toUtf8());
        QVERIFY(appointments.ok());
        const QString message = QStringLiteral("Ik werk dan. Kan het in de middag?");
        QCOMPARE(f->api("POST", "/verzoeken", device,
                      protocol::encode(protocol::RescheduleRequest {
                          appointments.value().items.first().id, message}))
                     .status,
            201);
        const QString requestId
            = f->api("GET", "/koppelingen/" + pairingId.toStdString() + "/verzoeken",
                   f->joris.apiToken)
                  .json()
                  .value(QStringLiteral("verzoeken"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("verzoekId"))
                  .toString();
        QVERIFY(!requestId.isEmpty());

        // The list says it in words on that citizen's line only: no number, no mark.
        const QString list = f->get("/medewerkers/inwoners", f->joris.session).body;
        QCOMPARE(list.count(QStringLiteral("Vraagt om een ander moment")), 1);
        const qsizetype line = list.indexOf(QStringLiteral(">K-9</a>"));
        const qsizetype other = list.indexOf(QStringLiteral(">K-10</a>"));
        const qsizetype todo = list.indexOf(
            QStringLiteral("<span class=\"taak\">Vraagt om een ander moment</span>"));
        QVERIFY(line > 0 && other > 0 && todo > line);
        QVERIFY(todo < list.indexOf(QStringLiteral("</li>"), line));

        // Her page: the open request first, above what she shares, with her words and the
        // appointment she cannot come to; that proposal says so.
        const QString page = f->get(citizenPath(pairingId), f->joris.session).body;
        const qsizetype requests = page.indexOf(QStringLiteral("id=\"verzoeken\""));
        QVERIFY(requests > 0);
        QVERIFY(requests < page.indexOf(QStringLiteral("id=\"gedeeld\"")));
        QVERIFY(page.indexOf(QStringLiteral("“Ik werk dan. Kan het in de middag?”"), requests)
            > requests);
        QVERIFY(page.indexOf(QStringLiteral("<dt>Kan niet op</dt><dd>Afspraak op maandag 14 "
                                            "december 2026 om 09:30</dd><dt>Waar</dt><dd>Stadhuis, "
                                            "balie 3</dd>"),
                    requests)
            > requests);
        const qsizetype ours = page.indexOf(QStringLiteral("id=\"voorstellen\""));
        QVERIFY(page.indexOf(
                    QStringLiteral("De inwoner kan hier niet komen en vroeg om een ander moment."),
                    ours)
            > ours);
        QVERIFY(page.indexOf(QStringLiteral("<dt>Antwoord</dt><dd>Nog niet beantwoord.</dd>"), ours)
            > ours);

        // The answer form says which request it answers, and carries it.
        const Reply form
            = f->get(citizenPath(pairingId, "/afspraak?verzoek=") + requestId.toStdString(),
                f->joris.session);
        QCOMPARE(form.status, 200);
        const qsizetype question = form.body.indexOf(QStringLiteral("Je antwoordt op deze vraag"));
        QVERIFY(question > 0);
        QVERIFY(question < form.body.indexOf(QStringLiteral("name=\"datum\"")));
        for (const QString &words : {QStringLiteral("“Ik werk dan. Kan het in de middag?”"),
                 QStringLiteral("Afspraak op maandag 14 december 2026 om 09:30"),
                 QStringLiteral("<dt>Waar</dt><dd>Stadhuis, balie 3</dd>")})
            QVERIFY2(form.body.indexOf(words, question) > question, qPrintable(words));
        QVERIFY(form.body.contains(
            QStringLiteral("<input type=\"hidden\" name=\"verzoek\" value=\"%1\">")
                .arg(requestId)));
        // An unknown request: the plain form, nothing about a request.
        QVERIFY(!f->get(citizenPath(pairingId, "/afspraak?verzoek=bestaat-niet"), f->joris.session)
                     .body.contains(QStringLiteral("Je antwoordt op")));

        // A new proposal at 14:00 from the answer form (with the request's id) of one pairing.
        const auto answerFrom = [&](const QString &pairing, const QString &date) {
            return f
                ->post(citizenPath(pairing, "/afspraak"), f->joris.session,
                    {{QStringLiteral("csrf"), csrf}, {QStringLiteral("verzoek"), requestId},
                        {QStringLiteral("datum"), date},
                        {QStringLiteral("begin"), QStringLiteral("14:00")},
                        {QStringLiteral("waar"), QStringLiteral("Stadhuis, balie 3")},
                        {QStringLiteral("met"), QStringLiteral("Joris")}})
                .status;
        };
        f->advance(10 * 60);
        QCOMPARE(answerFrom(pairingId, QStringLiteral("2026-12-15")), 303);
        // Answered: off the list, no longer above her shares, and said so at the proposal.
        QVERIFY(!f->get("/medewerkers/inwoners", f->joris.session)
                     .body.contains(QStringLiteral("Vraagt om een ander moment")));
        const QString after = f->get(citizenPath(pairingId), f->joris.session).body;
        QVERIFY(!after.contains(QStringLiteral("id=\"verzoeken\"")));
        QVERIFY(after.contains(QStringLiteral("De inwoner kan hier niet komen")));
        QVERIFY(after.contains(QStringLiteral(
            "<dt>Antwoord</dt><dd>Je stuurde op maandag 7 december 2026 om 10:10 een nieuw "
            "voorstel: Afspraak op dinsdag 15 december 2026 om 14:00.</dd>")));
        QVERIFY(after.contains(QStringLiteral("“Ik werk dan. Kan het in de middag?”")));
        // The API's requests stay as they were: the answer is the page's own note.
        QVERIFY(!f->api("GET", "/koppelingen/" + pairingId.toStdString() + "/verzoeken",
                      f->joris.apiToken)
                     .body.contains(QStringLiteral("beantwoord")));
        // Another pairing's request id answers nothing here.
        QCOMPARE(answerFrom(otherId, QStringLiteral("2026-12-16")), 303);
        QVERIFY(f->get(citizenPath(pairingId), f->joris.session)
                    .body.contains(
                        QStringLiteral("Afspraak op dinsdag 15 december 2026 om 14:00.</dd>")));
    }

    void aProposalFromThePageReachesTheDevice()
    {
        f->signIn(f->joris);
        const auto [pairingId, device] = f->pairCitizen(f->joris, QStringLiteral("K-5"));
        const QString csrf = f->get(citizenPath(pairingId, "/afspraak"), f->joris.session).csrf();
        // A refused form: the reasons beside the fields, nothing sent.
        const Reply refused = f->post(citizenPath(pairingId, "/afspraak"), f->joris.session,
            {{QStringLiteral("csrf"), csrf},
                {QStringLiteral("datum"), QStringLiteral("2026-12-14")},
                {QStringLiteral("begin"), QStringLiteral("09:30")},
                {QStringLiteral("waar"), QStringLiteral("")},
                {QStringLiteral("met"), QStringLiteral("Joris <b>")}});
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.contains(QStringLiteral("Vul in waar de afspraak is.")));
        QVERIFY(refused.body.contains(QStringLiteral("value=\"Joris &lt;b&gt;\"")));
        QVERIFY(refused.body.contains(QStringLiteral("aria-invalid=\"true\"")));
        QCOMPARE(f->rows(QStringLiteral("voorstellen")), 0);

        const Reply sent = f->post(citizenPath(pairingId, "/afspraak"), f->joris.session,
            {{QStringLiteral("csrf"), csrf},
                {QStringLiteral("datum"), QStringLiteral("2026-12-14")},
                {QStringLiteral("begin"), QStringLiteral("09:30")},
                {QStringLiteral("eind"), QStringLiteral("10:15")},
                {QStringLiteral("waar"), QStringLiteral("Stadhuis, balie 3")},
                {QStringLiteral("met"), QStringLiteral("Joris, klantmanager")},
                {QStringLiteral("onderwerp"), QStringLiteral("Je bord")},
                {QStringLiteral("meenemen"), QStringLiteral("ID-kaart\r\n\r\nLaatste brief\r\n")}});
        QCOMPARE(sent.status, 303);
        QCOMPARE(
            sent.header("Location"), citizenPath(pairingId, "?verstuurd=afspraak#voorstellen"));
        const Reply moment = f->post(citizenPath(pairingId, "/moment"), f->joris.session,
            {{QStringLiteral("csrf"), csrf}, {QStringLiteral("datum"), QStringLiteral("11-1-2027")},
                {QStringLiteral("tijd"), QStringLiteral("14.00")},
                {QStringLiteral("waar"), QString()}, {QStringLiteral("met"), QString()}});
        QCOMPARE(moment.status, 303);

        // The device reads them through the API, exactly as typed, in UTC.
        const auto appointments
            = protocol::decodeAppointmentsPage(f->api("GET", "/afspraken", device).body.toUtf8());
        QVERIFY(appointments.ok());
        QCOMPARE(appointments.value().items.size(), 1);
        const protocol::Appointment &appointment = appointments.value().items.first();
        QCOMPARE(appointment.begin, QDateTime(QDate(2026, 12, 14), QTime(8, 30), Qt::UTC));
        QCOMPARE(appointment.end, QDateTime(QDate(2026, 12, 14), QTime(9, 15), Qt::UTC));
        QCOMPARE(appointment.where, QStringLiteral("Stadhuis, balie 3"));
        QCOMPARE(appointment.withWhom, QStringLiteral("Joris, klantmanager"));
        QCOMPARE(appointment.subject, QStringLiteral("Je bord"));
        QCOMPARE(appointment.bring,
            (QStringList {QStringLiteral("ID-kaart"), QStringLiteral("Laatste brief")}));
        QCOMPARE(appointment.proposedAt, f->now());
        const auto moments
            = protocol::decodeMomentsPage(f->api("GET", "/momenten", device).body.toUtf8());
        QVERIFY(moments.ok());
        QCOMPARE(moments.value().items.size(), 1);
        QCOMPARE(
            moments.value().items.first().at, QDateTime(QDate(2027, 1, 11), QTime(13, 0), Qt::UTC));

        // "Ik kan niet komen": on her page, with her message as text, and a new proposal from it.
        QCOMPARE(f->api("POST", "/verzoeken", device,
                      protocol::encode(protocol::RescheduleRequest {appointment.id, Script}))
                     .status,
            201);
        const Reply page = f->get(citizenPath(pairingId), f->joris.session);
        QVERIFY(page.body.contains(QStringLiteral("Ik kan niet komen, kan het een ander moment?")));
        QVERIFY(page.body.contains(QStringLiteral("“&lt;script&gt;alert(1)&lt;/script&gt;”")));
        QVERIFY(
            page.body.contains(QStringLiteral("Afspraak op maandag 14 december 2026 om 09:30")));
        static const QRegularExpression again(
            QStringLiteral("href=\"([^\"]+/afspraak\\?verzoek=[^\"]+)\""));
        const QString againPath = again.match(page.body).captured(1);
        QVERIFY(!againPath.isEmpty());
        const Reply prefilled = f->get(againPath.toStdString(), f->joris.session);
        QVERIFY(prefilled.body.contains(QStringLiteral("value=\"Stadhuis, balie 3\"")));
        QVERIFY(prefilled.body.contains(QStringLiteral(">ID-kaart\nLaatste brief</textarea>")));
    }

    void theAuditLogHasTheActionsAndNoContent()
    {
        const QString label = QStringLiteral("Label-") + newKey();
        const QString marker = QStringLiteral("Inhoud-") + newKey();
        QVERIFY(f->signIn(QStringLiteral("joris"), marker).isEmpty());
        QVERIFY(f->signIn(marker, marker).isEmpty());
        f->signIn(f->joris);
        const auto [pairingId, device] = f->pairCitizen(f->joris, label);
        QCOMPARE(f->share(device, QStringLiteral("doel-0003"), goalShare(marker)), 201);
        QCOMPARE(f->get(citizenPath(pairingId), f->joris.session).status, 200);
        QCOMPARE(f->get(citizenPath(pairingId, "/afdrukken"), f->joris.session).status, 200);
        const QString csrf = f->get("/medewerkers/inwoners", f->joris.session).csrf();
        QCOMPARE(f->post(citizenPath(pairingId, "/moment"), f->joris.session,
                      {{QStringLiteral("csrf"), csrf},
                          {QStringLiteral("datum"), QStringLiteral("2026-12-20")},
                          {QStringLiteral("tijd"), QStringLiteral("10:00")},
                          {QStringLiteral("waar"), marker}, {QStringLiteral("met"), marker}})
                     .status,
            303);
        QCOMPARE(
            f->send("POST", "/medewerkers/koppelcode", f->joris.session, "csrf=fout").status, 403);
        QCOMPARE(f->post(citizenPath(pairingId, "/beeindigen"), f->joris.session,
                      {{QStringLiteral("csrf"), csrf}})
                     .status,
            303);
        QCOMPARE(
            f->post("/medewerkers/afmelden", f->joris.session, {{QStringLiteral("csrf"), csrf}})
                .status,
            303);

        const QList<AuditLog::Line> lines = AuditLog(*f->database).all();
        QStringList actions;
        for (const AuditLog::Line &line : lines)
            actions.append(line.action + QLatin1Char(' ') + line.member + QLatin1Char(' ')
                + (line.pairingId.isEmpty() ? QStringLiteral("-") : QStringLiteral("P"))
                + QLatin1Char(' ') + line.via);
        QCOMPARE(actions,
            (QStringList {QStringLiteral("aanmelden-mislukt joris - pagina"),
                QStringLiteral("aanmelden-mislukt  - pagina"),
                QStringLiteral("aangemeld joris - pagina"),
                QStringLiteral("koppelcode-gemaakt joris - api"),
                QStringLiteral("inwoner-bekeken joris P pagina"),
                QStringLiteral("afdruk-bekeken joris P pagina"),
                QStringLiteral("moment-voorgesteld joris P pagina"),
                QStringLiteral("formulier-geweigerd joris - pagina"),
                QStringLiteral("koppeling-beeindigd joris P pagina"),
                QStringLiteral("afgemeld joris - pagina")}));
        for (const AuditLog::Line &line : lines) {
            if (!line.pairingId.isEmpty())
                QCOMPARE(line.pairingId, pairingId);
            QCOMPARE(line.at, f->now());
        }
        // Nothing personal in any column: no label, no share, no password, no typed name.
        QSqlQuery query(f->database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT * FROM logboek")));
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column) {
                const QString value = query.value(column).toString();
                QVERIFY(!value.contains(label));
                QVERIFY(!value.contains(marker));
                QVERIFY(!value.contains(f->joris.password));
            }
        }
        // What the citizen shared went with the pairing.
        QCOMPARE(f->rows(QStringLiteral("deelnames")), 0);
        QCOMPARE(f->rows(QStringLiteral("voorstellen")), 0);
    }
};

QTEST_GUILESS_MAIN(TestStaffWeb)
#include "tst_staffweb.moc"
