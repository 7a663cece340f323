#pragma once

#include "staffweb/html.h"

#include <QString>
#include <string>

namespace httplib {
struct Response;
}

namespace mapje::endpoint {

/** Who is signed in on this request: their name and the token their forms carry. */
struct StaffVisitor {
    QString member;
    QString csrf;
};

/**
 * One page of the staff site: the head (language, viewport, the stylesheet), a skip link, the
 * header with the site's name, the navigation and "Afmelden" when someone is signed in, then
 * <main> with the page's one <h1>. The caller writes the content into html(); send() closes the
 * page and writes it with the headers every staff page has.
 */
class StaffPage {
public:
    /** visitor: nullptr before sign-in (no navigation). current: the path of this page when it
     * is in the menu; its link there is marked (aria-current="page", and bold). */
    StaffPage(const QString &title, const StaffVisitor *visitor, const QString &current = {});

    [[nodiscard]] Html &html() { return m_html; }
    /** A hidden field with the visitor's csrf token, for a form. */
    void csrfField();
    void send(httplib::Response &response, int status = 200) const;

private:
    Html m_html;
    const StaffVisitor *m_visitor;
};

/** The headers of every staff page, file and redirect: a strict Content-Security-Policy, no
 * framing, no referrer to other sites, no sniffing; no-store unless `cacheable` (the stylesheet
 * and the faces). */
void setStaffHeaders(httplib::Response &response, bool cacheable = false);
/** Whether a path belongs to the staff page (/medewerkers/…), which answers in HTML. */
[[nodiscard]] bool isStaffPage(const std::string &path);
/** A page in words for response.status (404, 413, 500, …), with navigation for a visitor. */
void staffErrorPage(httplib::Response &response, const StaffVisitor *visitor = nullptr);
/** 303 See Other to a path of this site. */
void redirectTo(httplib::Response &response, const QString &path);

} // namespace mapje::endpoint
