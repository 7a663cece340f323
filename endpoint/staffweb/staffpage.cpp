#include "staffweb/staffpage.h"

#include <httplib.h>

namespace mapje::endpoint {

StaffPage::StaffPage(const QString &title, const StaffVisitor *visitor, const QString &current)
    : m_visitor(visitor)
{
    m_html.open("html", {{"lang", QStringLiteral("nl")}})
        .open("head")
        .empty("meta", {{"charset", QStringLiteral("utf-8")}})
        .empty("meta",
            {{"name", QStringLiteral("viewport")},
                {"content", QStringLiteral("width=device-width, initial-scale=1")}})
        .element("title", title + QStringLiteral(" – Mapje voor medewerkers"))
        .empty("link",
            {{"rel", QStringLiteral("stylesheet")},
                {"href", QStringLiteral("/medewerkers/stijl.css")}})
        .close()
        .open("body")
        .element("a", QStringLiteral("Ga naar de inhoud"),
            {{"class", QStringLiteral("overslaan")}, {"href", QStringLiteral("#inhoud")}})
        .open("header", {{"class", QStringLiteral("kop")}})
        .element(
            "p", QStringLiteral("Mapje voor medewerkers"), {{"class", QStringLiteral("site")}});
    if (m_visitor) {
        m_html.open("nav", {{"aria-label", QStringLiteral("Menu")}}).open("ul");
        for (const auto &[words, path] : QList<QPair<QString, QString>> {
                 {QStringLiteral("Inwoners"), QStringLiteral("/medewerkers/inwoners")},
                 {QStringLiteral("Nieuwe koppelcode maken"),
                     QStringLiteral("/medewerkers/koppelcode")}}) {
            Html::Attributes link {{"href", path}};
            if (path == current)
                link.append({"aria-current", QStringLiteral("page")});
            m_html.open("li").element("a", words, link).close();
        }
        m_html.close()
            .close()
            .open("form",
                {{"method", QStringLiteral("post")},
                    {"action", QStringLiteral("/medewerkers/afmelden")},
                    {"class", QStringLiteral("afmelden")}})
            .element("span", QStringLiteral("Aangemeld als %1").arg(m_visitor->member),
                {{"class", QStringLiteral("wie")}});
        csrfField();
        m_html.element("button", QStringLiteral("Afmelden"), {{"type", QStringLiteral("submit")}})
            .close();
    }
    m_html
        .close() // header
        .open("main", {{"id", QStringLiteral("inhoud")}, {"tabindex", QStringLiteral("-1")}})
        .element("h1", title);
}

void StaffPage::csrfField()
{
    if (m_visitor)
        m_html.empty("input",
            {{"type", QStringLiteral("hidden")}, {"name", QStringLiteral("csrf")},
                {"value", m_visitor->csrf}});
}

void StaffPage::send(httplib::Response &response, int status) const
{
    response.status = status;
    setStaffHeaders(response);
    response.set_content(m_html.page().toStdString(), "text/html; charset=utf-8");
}

void setStaffHeaders(httplib::Response &response, bool cacheable)
{
    response.set_header("Content-Security-Policy",
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'");
    response.set_header("X-Content-Type-Options", "nosniff");
    // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on this site's
    // own form posts, which FormGuard rightly refuses; with same-origin it sends this site's
    // origin there, and still no referrer to any other site.
    response.set_header("Referrer-Policy", "same-origin");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Cross-Origin-Opener-Policy", "same-origin");
    response.set_header("Cross-Origin-Resource-Policy", "same-origin");
    response.set_header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.set_header("Strict-Transport-Security", "max-age=31536000");
    response.set_header("Cache-Control", cacheable ? "public, max-age=3600" : "no-store");
}

bool isStaffPage(const std::string &path)
{
    return path == "/medewerkers" || path.rfind("/medewerkers/", 0) == 0;
}

void staffErrorPage(httplib::Response &response, const StaffVisitor *visitor)
{
    const int status = response.status;
    QString title = QStringLiteral("Dat ging niet goed");
    QString words = QStringLiteral("Er ging iets mis bij de server. Probeer het zo opnieuw.");
    if (status == 404) {
        title = QStringLiteral("Deze pagina bestaat niet");
        words = QStringLiteral("Misschien is de koppeling beëindigd, of is het adres niet goed.");
    } else if (status == 413) {
        title = QStringLiteral("Dat is te veel tekst");
        words = QStringLiteral("Maak de tekst korter en probeer het opnieuw.");
    } else if (status == 415 || status == 400) {
        title = QStringLiteral("Dit formulier klopt niet");
        words = QStringLiteral("Ga terug en probeer het opnieuw.");
    } else if (status == 429) {
        title = QStringLiteral("Even wachten");
        words = QStringLiteral(
            "Er kwamen veel verzoeken tegelijk. Probeer het over een minuut opnieuw.");
    }
    StaffPage page(title, visitor);
    page.html().element("p", words);
    page.html()
        .open("p")
        .element("a",
            visitor ? QStringLiteral("Naar je inwoners") : QStringLiteral("Naar aanmelden"),
            {{"href",
                visitor ? QStringLiteral("/medewerkers/inwoners")
                        : QStringLiteral("/medewerkers/aanmelden")}})
        .close();
    page.send(response, status);
}

void redirectTo(httplib::Response &response, const QString &path)
{
    response.status = 303;
    setStaffHeaders(response);
    response.set_header("Location", path.toStdString());
}

} // namespace mapje::endpoint
