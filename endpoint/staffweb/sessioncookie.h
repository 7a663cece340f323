#pragma once

#include <QString>
#include <string>

namespace httplib {
struct Request;
}

namespace mapje::endpoint {

/**
 * The staff page's session cookie: "__Host-mapje-sessie", Secure, HttpOnly, SameSite=Strict,
 * Path=/, no Domain and no Max-Age (it ends with the browser; the server ends it sooner).
 * With plainHttpForTests (a browser test on 127.0.0.1 only) it is "mapje-sessie-test", without
 * Secure and so without the prefix, which a browser refuses on plain http.
 */
namespace SessionCookie {

[[nodiscard]] QString name(bool plainHttpForTests);
/** The Set-Cookie value that gives the browser this session id. */
[[nodiscard]] std::string set(const QString &id, bool plainHttpForTests);
/** The Set-Cookie value that makes the browser forget it. */
[[nodiscard]] std::string cleared(bool plainHttpForTests);
/** The session id the request carries; "" when none. */
[[nodiscard]] QString read(const httplib::Request &request, bool plainHttpForTests);

} // namespace SessionCookie

} // namespace mapje::endpoint
