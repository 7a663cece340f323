// The staff page of one citizen (docs/staff-page.md): what she shares, her requests for another
// moment, the proposals made to her; proposing an appointment or a moment; ending the pairing.
#include "http/endpointserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <httplib.h>

#include "staffweb/dutchtime.h"
#include "staffweb/formhtml.h"
#include "staffweb/proposalform.h"
#include "staffweb/sharehtml.h"
#include "staffweb/staffpage.h"
#include "sync/protocol/messages.h"

namespace mapje::endpoint {

namespace {

const std::string OneCitizen = R"(/medewerkers/inwoners/([A-Za-z0-9-]{8,64}))";

QString citizenPath(const PairingStore::Pairing &pairing)
{
    return QStringLiteral("/medewerkers/inwoners/") + pairing.id;
}

QJsonObject jsonOf(const NumberedStore::Row &row)
{
    return QJsonDocument::fromJson(row.json).object();
}

// One proposal in words: "Afspraak op maandag 14 december 2026 om 09:30", where and with whom.
void proposalWords(Html &html, const QJsonObject &json, const char *tag)
{
    const bool appointment = json.contains(QStringLiteral("afspraakId"));
    const QDateTime at = QDateTime::fromString(
        json.value(appointment ? QStringLiteral("begin") : QStringLiteral("momentOp")).toString(),
        Qt::ISODate);
    html.element(tag,
        (appointment ? QStringLiteral("Afspraak op %1") : QStringLiteral("Moment op %1"))
            .arg(DutchTime::dateTime(at)));
    const auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html.open("p").element("strong", label).text(QStringLiteral(" ") + value).close();
    };
    if (json.contains(QStringLiteral("eind")))
        line(QStringLiteral("Tot:"),
            DutchTime::time(
                QDateTime::fromString(json.value(QStringLiteral("eind")).toString(), Qt::ISODate)));
    line(QStringLiteral("Waar:"), json.value(QStringLiteral("waar")).toString());
    line(QStringLiteral("Met wie:"), json.value(QStringLiteral("metWie")).toString());
    line(QStringLiteral("Waarover:"), json.value(QStringLiteral("onderwerp")).toString());
    QStringList bring;
    for (const QJsonValue &item : json.value(QStringLiteral("meenemen")).toArray())
        bring.append(item.toString());
    if (!bring.isEmpty()) {
        html.element("p", QStringLiteral("Meenemen:"), {{"class", QStringLiteral("label")}})
            .open("ul");
        for (const QString &item : bring)
            html.element("li", item);
        html.close();
    }
}

} // namespace

void EndpointServer::addStaffCitizenRoutes()
{
    const auto visitorOf = [](const SignedIn &who) { return StaffVisitor {who.member, who.csrf}; };

    m_server->Get(OneCitizen,
        ownCitizen([this, visitorOf](const httplib::Request &request, httplib::Response &response,
                       const SignedIn &who, const PairingStore::Pairing &pairing) {
            m_audit.add(m_clock(), who.member, AuditLog::Action::CitizenViewed, AuditLog::Via::Page,
                pairing.id);
            const StaffVisitor visitor = visitorOf(who);
            StaffPage page(pairing.label, &visitor);
            Html &html = page.html();
            html.element("p",
                QStringLiteral("Gekoppeld op %1.")
                    .arg(DutchTime::date(DutchTime::day(pairing.pairedAt))));
            if (request.has_param("verstuurd"))
                html.element("p",
                    QStringLiteral(
                        "Je voorstel is verstuurd. De inwoner ziet het in Mapje en kiest "
                        "zelf of die het overneemt."),
                    {{"class", QStringLiteral("melding")}, {"role", QStringLiteral("status")}});
            const QString here = citizenPath(pairing);
            html.open("ul", {{"class", QStringLiteral("acties")}});
            for (const auto &[words, path] :
                QList<QPair<QString, QString>> {
                    {QStringLiteral("Stel een afspraak voor"), here + QStringLiteral("/afspraak")},
                    {QStringLiteral("Stel een moment voor"), here + QStringLiteral("/moment")},
                    {QStringLiteral("Afdrukken"), here + QStringLiteral("/afdrukken")},
                    {QStringLiteral("Koppeling beëindigen"), here + QStringLiteral("/beeindigen")}})
                html.open("li").element("a", words, {{"href", path}}).close();
            html.close();

            html.open("section",
                    {{"id", QStringLiteral("gedeeld")},
                        {"aria-labelledby", QStringLiteral("kop-gedeeld")}})
                .element("h2", QStringLiteral("Wat de inwoner met je deelt"),
                    {{"id", QStringLiteral("kop-gedeeld")}})
                .element("p",
                    QStringLiteral("In de woorden van de inwoner, zoals in het eigen mapje. De "
                                   "inwoner kiest wat hier staat, en kan het terughalen."),
                    {{"class", QStringLiteral("uitleg")}});
            ShareHtml::write(html, m_shares.list(pairing.id), 3);
            html.close();

            const QList<NumberedStore::Row> requests = m_requests.after(pairing.id, {}, 0, 1000);
            QHash<QString, QJsonObject> proposals;
            QList<NumberedStore::Row> proposed;
            for (const QString kind : {QStringLiteral("afspraken"), QStringLiteral("momenten")})
                proposed += m_proposals.after(pairing.id, kind, 0, 1000);
            std::sort(proposed.begin(), proposed.end(),
                [](const auto &a, const auto &b) { return a.number < b.number; });
            for (const NumberedStore::Row &row : proposed)
                proposals.insert(row.id, jsonOf(row));

            html.open("section",
                    {{"id", QStringLiteral("verzoeken")},
                        {"aria-labelledby", QStringLiteral("kop-verzoeken")}})
                .element("h2", QStringLiteral("Vragen om een ander moment"),
                    {{"id", QStringLiteral("kop-verzoeken")}});
            if (requests.isEmpty())
                html.element(
                    "p", QStringLiteral("De inwoner heeft niet om een ander moment gevraagd."));
            for (const NumberedStore::Row &row : requests) {
                const QJsonObject json = jsonOf(row);
                html.open("article", {{"class", QStringLiteral("verzoek")}})
                    .element("h3", QStringLiteral("Ik kan niet komen, kan het een ander moment?"))
                    .element("p",
                        QStringLiteral("Gevraagd op %1.")
                            .arg(DutchTime::dateTime(QDateTime::fromString(
                                json.value(QStringLiteral("ontvangenOp")).toString(),
                                Qt::ISODate))));
                const QString appointmentId = json.value(QStringLiteral("afspraakId")).toString();
                if (proposals.contains(appointmentId)) {
                    html.element("p", QStringLiteral("Over deze afspraak:"),
                        {{"class", QStringLiteral("label")}});
                    proposalWords(html, proposals.value(appointmentId), "p");
                }
                const QString message = json.value(QStringLiteral("bericht")).toString();
                if (!message.isEmpty())
                    html.open("p")
                        .element("strong", QStringLiteral("Bericht van de inwoner:"))
                        .text(QStringLiteral(" “%1”").arg(message))
                        .close();
                html.open("p")
                    .element("a", QStringLiteral("Stel een nieuwe afspraak voor"),
                        {{"href", here + QStringLiteral("/afspraak?verzoek=") + row.id}})
                    .close()
                    .close();
            }
            html.close();

            html.open("section",
                    {{"id", QStringLiteral("voorstellen")},
                        {"aria-labelledby", QStringLiteral("kop-voorstellen")}})
                .element("h2", QStringLiteral("Jouw voorstellen"),
                    {{"id", QStringLiteral("kop-voorstellen")}})
                .element("p",
                    QStringLiteral("Of de inwoner een voorstel overneemt, zie je hier niet. De "
                                   "inwoner kan wel om een ander moment vragen."),
                    {{"class", QStringLiteral("uitleg")}});
            if (proposed.isEmpty())
                html.element("p", QStringLiteral("Je hebt nog niets voorgesteld."));
            for (const NumberedStore::Row &row : proposed) {
                const QJsonObject json = jsonOf(row);
                html.open("article", {{"class", QStringLiteral("voorstel")}});
                proposalWords(html, json, "h3");
                html.element("p",
                    QStringLiteral("Voorgesteld op %1.")
                        .arg(DutchTime::dateTime(QDateTime::fromString(
                            json.value(QStringLiteral("voorgesteldOp")).toString(), Qt::ISODate))));
                html.close();
            }
            html.close();
            page.send(response);
        }));

    m_server->Get(OneCitizen + "/afdrukken",
        ownCitizen([this](const httplib::Request &, httplib::Response &response,
                       const SignedIn &who, const PairingStore::Pairing &pairing) {
            m_audit.add(m_clock(), who.member, AuditLog::Action::PrintViewed, AuditLog::Via::Page,
                pairing.id);
            // No navigation: on paper only what she shares, under the label.
            StaffPage page(pairing.label, nullptr);
            page.html()
                .open("p", {{"class", QStringLiteral("terug")}})
                .element("a", QStringLiteral("Terug naar %1").arg(pairing.label),
                    {{"href", citizenPath(pairing)}})
                .close()
                .element("p",
                    QStringLiteral("Wat de inwoner met je deelt, in de woorden van de inwoner. "
                                   "Afgedrukt op %1.")
                        .arg(DutchTime::date(DutchTime::day(m_clock()))));
            ShareHtml::write(page.html(), m_shares.list(pairing.id), 2);
            page.send(response);
        }));

    // An appointment or an agreed moment: the form, and the proposal through the same code as
    // the API's (propose()); a refused form comes back with what was typed and the reasons.
    const auto proposalForm = [visitorOf](httplib::Response &response, int status,
                                  const SignedIn &who, const PairingStore::Pairing &pairing,
                                  const Proposal &proposal) {
        const StaffVisitor visitor = visitorOf(who);
        StaffPage page(proposal.isAppointment() ? QStringLiteral("Een afspraak voorstellen")
                                                : QStringLiteral("Een moment voorstellen"),
            &visitor);
        Html &html = page.html();
        const QList<FormField> fields = proposal.fields();
        QStringList refused;
        for (const FormField &field : fields) {
            if (!field.error.isEmpty())
                refused.append(field.label);
        }
        if (!refused.isEmpty())
            FormHtml::refusal(
                html, QStringLiteral("Het voorstel is nog niet verstuurd. Kijk bij:"), refused);
        html.open("p").text(QStringLiteral("Voor: ")).element("strong", pairing.label).close();
        html.element("p",
            proposal.isAppointment()
                ? QStringLiteral("De inwoner ziet je voorstel in Mapje. De inwoner kan het "
                                 "overnemen of om een ander moment vragen.")
                : QStringLiteral("Een moment om samen te kijken hoe het gaat. De inwoner ziet het "
                                 "in Mapje en kiest zelf of die het overneemt."));
        html.open("form",
            {{"method", QStringLiteral("post")},
                {"action", citizenPath(pairing) + QLatin1Char('/') + proposal.path()}});
        page.csrfField();
        for (const FormField &field : fields)
            FormHtml::field(html, field);
        html.element("button", QStringLiteral("Stuur het voorstel"),
                {{"type", QStringLiteral("submit")}})
            .close();
        html.open("p")
            .element(
                "a", QStringLiteral("Niet versturen, ga terug"), {{"href", citizenPath(pairing)}})
            .close();
        page.send(response, status);
    };

    // The appointment a request for another moment was about; empty when either is gone.
    const auto requestedAppointment
        = [this](const PairingStore::Pairing &pairing, const QString &requestId) -> QJsonObject {
        for (const NumberedStore::Row &row : m_requests.after(pairing.id, {}, 0, 1000)) {
            if (row.id != requestId)
                continue;
            const QString appointmentId
                = jsonOf(row).value(QStringLiteral("afspraakId")).toString();
            for (const NumberedStore::Row &proposal :
                m_proposals.after(pairing.id, QStringLiteral("afspraken"), 0, 1000)) {
                if (proposal.id == appointmentId)
                    return jsonOf(proposal);
            }
        }
        return {};
    };

    for (const bool appointment : {true, false}) {
        const std::string path = OneCitizen + (appointment ? "/afspraak" : "/moment");
        m_server->Get(path,
            ownCitizen([proposalForm, requestedAppointment, appointment](
                           const httplib::Request &request, httplib::Response &response,
                           const SignedIn &who, const PairingStore::Pairing &pairing) {
                Proposal proposal {appointment};
                // After "Ik kan niet komen": the same place, person and things; a new time.
                if (appointment && request.has_param("verzoek"))
                    proposal.fillFrom(requestedAppointment(
                        pairing, QString::fromStdString(request.get_param_value("verzoek"))));
                proposalForm(response, 200, who, pairing, proposal);
            }));
        m_server->Post(path,
            ownCitizen([this, proposalForm, visitorOf, appointment](const httplib::Request &,
                           httplib::Response &response, const SignedIn &who,
                           const PairingStore::Pairing &pairing) {
                Proposal proposal {appointment};
                proposal.read(who.form, m_clock());
                if (proposal.hasErrors())
                    return proposalForm(response, 400, who, pairing, proposal);
                const Answer answer = propose(
                    pairing, proposal.kind(), proposal.body(), who.member, AuditLog::Via::Page);
                if (answer.status == 400 || answer.status == 413) {
                    proposal.refuseLength();
                    return proposalForm(response, 400, who, pairing, proposal);
                }
                if (answer.status != 201) {
                    response.status = 500;
                    const StaffVisitor visitor = visitorOf(who);
                    return staffErrorPage(response, &visitor);
                }
                redirectTo(response,
                    citizenPath(pairing) + QStringLiteral("?verstuurd=") + proposal.path()
                        + QStringLiteral("#voorstellen"));
            }));
    }

    m_server->Get(OneCitizen + "/beeindigen",
        ownCitizen([visitorOf](const httplib::Request &, httplib::Response &response,
                       const SignedIn &who, const PairingStore::Pairing &pairing) {
            const StaffVisitor visitor = visitorOf(who);
            StaffPage page(
                QStringLiteral("De koppeling met %1 beëindigen?").arg(pairing.label), &visitor);
            Html &html = page.html();
            html.element("p", QStringLiteral("Als je de koppeling beëindigt:"))
                .open("ul")
                .element("li",
                    QStringLiteral("wordt alles wat de inwoner met je deelde meteen verwijderd,"))
                .element("li",
                    QStringLiteral(
                        "worden je voorstellen en de vragen om een ander moment ook verwijderd,"))
                .element("li", QStringLiteral("kan de inwoner niets meer met je delen."))
                .close()
                .element("p",
                    QStringLiteral("Dit kun je niet ongedaan maken. In Mapje van de inwoner blijft "
                                   "alles staan."));
            html.open("form",
                {{"method", QStringLiteral("post")},
                    {"action", citizenPath(pairing) + QStringLiteral("/beeindigen")}});
            page.csrfField();
            html.element("button", QStringLiteral("Ja, beëindig de koppeling"),
                    {{"type", QStringLiteral("submit")}})
                .close();
            html.open("p")
                .element("a", QStringLiteral("Nee, ga terug"), {{"href", citizenPath(pairing)}})
                .close();
            page.send(response);
        }));

    m_server->Post(OneCitizen + "/beeindigen",
        ownCitizen([this](const httplib::Request &, httplib::Response &response,
                       const SignedIn &who, const PairingStore::Pairing &pairing) {
            if (!endPairing(pairing, who.member, AuditLog::Via::Page)) {
                response.status = 500;
                const StaffVisitor visitor {who.member, who.csrf};
                return staffErrorPage(response, &visitor);
            }
            redirectTo(response, QStringLiteral("/medewerkers/inwoners?beeindigd=1"));
        }));
}

} // namespace mapje::endpoint
