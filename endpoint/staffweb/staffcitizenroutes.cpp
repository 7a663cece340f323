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

QDateTime timeOf(const QJsonObject &json, const char *key)
{
    return QDateTime::fromString(json.value(QLatin1String(key)).toString(), Qt::ISODate);
}

// "Afspraak op maandag 14 december 2026 om 09:30", or "Moment op …".
QString proposalTitle(const QJsonObject &json)
{
    const bool appointment = json.contains(QStringLiteral("afspraakId"));
    return (appointment ? QStringLiteral("Afspraak op %1") : QStringLiteral("Moment op %1"))
        .arg(DutchTime::dateTime(timeOf(json, appointment ? "begin" : "momentOp")));
}

// A compact list of label and value (dl): one line each at 1280 px, no paragraph per field.
class Details {
public:
    explicit Details(Html &html) : m_html(html)
    {
        m_html.open("dl", {{"class", QStringLiteral("gegevens")}});
    }
    ~Details() { m_html.close(); }
    Details(const Details &) = delete;
    Details &operator=(const Details &) = delete;

    Details &row(const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            m_html.element("dt", label).element("dd", value);
        return *this;
    }
    Details &rows(const QString &label, const QStringList &values)
    {
        if (values.isEmpty())
            return *this;
        m_html.element("dt", label);
        for (const QString &value : values)
            m_html.element("dd", value);
        return *this;
    }

private:
    Html &m_html;
};

// What a proposal says besides its time: until, where, with whom, about what, what to bring.
void proposalRows(Details &details, const QJsonObject &json)
{
    if (json.contains(QStringLiteral("eind")))
        details.row(QStringLiteral("Tot"), DutchTime::time(timeOf(json, "eind")));
    details.row(QStringLiteral("Waar"), json.value(QStringLiteral("waar")).toString())
        .row(QStringLiteral("Met wie"), json.value(QStringLiteral("metWie")).toString())
        .row(QStringLiteral("Waarover"), json.value(QStringLiteral("onderwerp")).toString());
    QStringList bring;
    for (const QJsonValue &item : json.value(QStringLiteral("meenemen")).toArray())
        bring.append(item.toString());
    details.rows(QStringLiteral("Meenemen"), bring);
}

// A request for another moment: when she asked, her message as she wrote it, and the appointment
// she cannot come to (its date, time and place).
void requestRows(Details &details, const QJsonObject &request, const QJsonObject &appointment)
{
    details.row(QStringLiteral("Gevraagd op"), DutchTime::dateTime(timeOf(request, "ontvangenOp")));
    const QString message = request.value(QStringLiteral("bericht")).toString();
    if (!message.isEmpty())
        details.row(QStringLiteral("Bericht"), QStringLiteral("“%1”").arg(message));
    if (!appointment.isEmpty())
        details.row(QStringLiteral("Kan niet op"), proposalTitle(appointment))
            .row(QStringLiteral("Waar"), appointment.value(QStringLiteral("waar")).toString());
}

// A request for another moment with the appointment it is about (empty when either is gone).
struct RequestFor {
    QString id;
    QJsonObject request;
    QJsonObject appointment;
};

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

            QList<NumberedStore::Row> proposed;
            for (const QString kind : {QStringLiteral("afspraken"), QStringLiteral("momenten")})
                proposed += m_proposals.after(pairing.id, kind, 0, 1000);
            std::sort(proposed.begin(), proposed.end(),
                [](const auto &a, const auto &b) { return a.number < b.number; });
            QHash<QString, QJsonObject> proposals;
            for (const NumberedStore::Row &row : proposed)
                proposals.insert(row.id, jsonOf(row));
            // Her requests per appointment, and which of them a new proposal answered.
            const QHash<QString, QString> answered = m_answers.ofPairing(pairing.id);
            QList<RequestFor> open;
            QMultiHash<QString, RequestFor> aboutAppointment;
            for (const NumberedStore::Row &row : m_requests.after(pairing.id, {}, 0, 1000)) {
                const QJsonObject json = jsonOf(row);
                const QString appointmentId = json.value(QStringLiteral("afspraakId")).toString();
                const RequestFor item {row.id, json, proposals.value(appointmentId)};
                aboutAppointment.insert(appointmentId, item);
                if (!answered.contains(row.id))
                    open.append(item);
            }

            // First what waits for an answer: her open requests for another moment.
            if (!open.isEmpty()) {
                html.open("section",
                        {{"id", QStringLiteral("verzoeken")},
                            {"aria-labelledby", QStringLiteral("kop-verzoeken")}})
                    .element("h2", QStringLiteral("Vraagt om een ander moment"),
                        {{"id", QStringLiteral("kop-verzoeken")}});
                for (const RequestFor &item : std::as_const(open)) {
                    html.open("article", {{"class", QStringLiteral("verzoek")}})
                        .element(
                            "h3", QStringLiteral("Ik kan niet komen, kan het een ander moment?"));
                    {
                        Details details(html);
                        requestRows(details, item.request, item.appointment);
                    }
                    html.open("p")
                        .element("a", QStringLiteral("Stel een nieuwe afspraak voor"),
                            {{"href", here + QStringLiteral("/afspraak?verzoek=") + item.id}})
                        .close()
                        .close();
                }
                html.close();
            }

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

            html.open("section",
                    {{"id", QStringLiteral("voorstellen")},
                        {"aria-labelledby", QStringLiteral("kop-voorstellen")}})
                .element("h2", QStringLiteral("Je voorstellen"),
                    {{"id", QStringLiteral("kop-voorstellen")}})
                .element("p",
                    QStringLiteral("Of de inwoner een voorstel overneemt, zie je hier niet. De "
                                   "inwoner kan wel om een ander moment vragen."),
                    {{"class", QStringLiteral("uitleg")}});
            if (proposed.isEmpty())
                html.element("p", QStringLiteral("Je hebt nog niets voorgesteld."));
            for (const NumberedStore::Row &row : proposed) {
                const QJsonObject json = proposals.value(row.id);
                html.open("article", {{"class", QStringLiteral("voorstel")}})
                    .element("h3", proposalTitle(json));
                {
                    Details details(html);
                    proposalRows(details, json);
                    details.row(QStringLiteral("Verstuurd op"),
                        DutchTime::dateTime(timeOf(json, "voorgesteldOp")));
                }
                // The appointment she cannot come to says so, with the answer if there is one.
                const QList<RequestFor> about = aboutAppointment.values(row.id);
                if (!about.isEmpty())
                    html.element("p",
                        QStringLiteral("De inwoner kan hier niet komen en vroeg om een ander "
                                       "moment."),
                        {{"class", QStringLiteral("kan-niet")}});
                for (const RequestFor &item : about) {
                    Details details(html);
                    requestRows(details, item.request, {});
                    const QJsonObject answer = proposals.value(answered.value(item.id));
                    details.row(QStringLiteral("Antwoord"),
                        answer.isEmpty()
                            ? QStringLiteral("Nog niet beantwoord.")
                            : QStringLiteral("Je stuurde op %1 een nieuw voorstel: %2.")
                                  .arg(DutchTime::dateTime(timeOf(answer, "voorgesteldOp")),
                                      proposalTitle(answer)));
                }
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
                    QStringLiteral(
                        "Druk af met Ctrl+P, of kies Afdrukken in het menu van je browser."),
                    {{"class", QStringLiteral("afdrukhint")}})
                .element("p",
                    QStringLiteral("Wat de inwoner met je deelt, in de woorden van de inwoner. "
                                   "Afgedrukt op %1.")
                        .arg(DutchTime::date(DutchTime::day(m_clock()))));
            ShareHtml::write(page.html(), m_shares.list(pairing.id), 2);
            page.send(response);
        }));

    // An appointment or an agreed moment: the form, and the proposal through the same code as
    // the API's (propose()); a refused form comes back with what was typed and the reasons.
    // With `answering`, the form answers her request for another moment: her message and the
    // appointment she cannot come to stand above it, and the form carries the request's id.
    const auto proposalForm = [visitorOf](httplib::Response &response, int status,
                                  const SignedIn &who, const PairingStore::Pairing &pairing,
                                  const Proposal &proposal, const RequestFor &answering) {
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
        if (!answering.id.isEmpty()) {
            html.open("section",
                    {{"class", QStringLiteral("antwoord-op")},
                        {"aria-labelledby", QStringLiteral("kop-vraag")}})
                .element("h2", QStringLiteral("Je antwoordt op deze vraag"),
                    {{"id", QStringLiteral("kop-vraag")}})
                .element("p", QStringLiteral("Ik kan niet komen, kan het een ander moment?"),
                    {{"class", QStringLiteral("label")}});
            {
                Details details(html);
                requestRows(details, answering.request, answering.appointment);
            }
            html.close()
                .element("h2", QStringLiteral("Je nieuwe voorstel"))
                .element("p",
                    QStringLiteral("Kies een nieuwe datum en tijd. Waar, met wie en wat de "
                                   "inwoner meeneemt, staan al ingevuld zoals eerst."));
        } else {
            html.element("p",
                proposal.isAppointment()
                    ? QStringLiteral("De inwoner ziet je voorstel in Mapje. De inwoner kan het "
                                     "overnemen of om een ander moment vragen.")
                    : QStringLiteral("Een moment om samen te kijken hoe het gaat. De inwoner ziet "
                                     "het in Mapje en kiest zelf of die het overneemt."));
        }
        html.open("form",
            {{"method", QStringLiteral("post")},
                {"action", citizenPath(pairing) + QLatin1Char('/') + proposal.path()}});
        page.csrfField();
        if (!answering.id.isEmpty())
            html.empty("input",
                {{"type", QStringLiteral("hidden")}, {"name", QStringLiteral("verzoek")},
                    {"value", answering.id}});
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

    // Her request for another moment with the appointment it is about; an empty id when there is
    // no such request for this pairing.
    const auto requestFor
        = [this](const PairingStore::Pairing &pairing, const QString &requestId) -> RequestFor {
        if (requestId.isEmpty())
            return {};
        for (const NumberedStore::Row &row : m_requests.after(pairing.id, {}, 0, 1000)) {
            if (row.id != requestId)
                continue;
            const QJsonObject request = jsonOf(row);
            const QString appointmentId = request.value(QStringLiteral("afspraakId")).toString();
            for (const NumberedStore::Row &proposal :
                m_proposals.after(pairing.id, QStringLiteral("afspraken"), 0, 1000)) {
                if (proposal.id == appointmentId)
                    return {row.id, request, jsonOf(proposal)};
            }
            return {row.id, request, {}};
        }
        return {};
    };

    for (const bool appointment : {true, false}) {
        const std::string path = OneCitizen + (appointment ? "/afspraak" : "/moment");
        m_server->Get(path,
            ownCitizen([proposalForm, requestFor, appointment](const httplib::Request &request,
                           httplib::Response &response, const SignedIn &who,
                           const PairingStore::Pairing &pairing) {
                Proposal proposal {appointment};
                RequestFor answering;
                // After "Ik kan niet komen": the same place, person and things; a new time.
                if (appointment && request.has_param("verzoek")) {
                    answering = requestFor(
                        pairing, QString::fromStdString(request.get_param_value("verzoek")));
                    proposal.fillFrom(answering.appointment);
                }
                proposalForm(response, 200, who, pairing, proposal, answering);
            }));
        m_server->Post(path,
            ownCitizen([this, proposalForm, requestFor, visitorOf, appointment](
                           const httplib::Request &, httplib::Response &response,
                           const SignedIn &who, const PairingStore::Pairing &pairing) {
                Proposal proposal {appointment};
                const RequestFor answering = appointment
                    ? requestFor(pairing, who.form.value(QStringLiteral("verzoek")))
                    : RequestFor {};
                proposal.read(who.form, m_clock());
                if (proposal.hasErrors())
                    return proposalForm(response, 400, who, pairing, proposal, answering);
                const Answer answer = propose(
                    pairing, proposal.kind(), proposal.body(), who.member, AuditLog::Via::Page);
                if (answer.status == 400 || answer.status == 413) {
                    proposal.refuseLength();
                    return proposalForm(response, 400, who, pairing, proposal, answering);
                }
                if (answer.status != 201) {
                    response.status = 500;
                    const StaffVisitor visitor = visitorOf(who);
                    return staffErrorPage(response, &visitor);
                }
                // The request it answers is no longer open (on the list and her page).
                if (!answering.id.isEmpty())
                    (void)m_answers.answer(pairing.id, answering.id,
                        QJsonDocument::fromJson(answer.body)
                            .object()
                            .value(QStringLiteral("afspraakId"))
                            .toString());
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
