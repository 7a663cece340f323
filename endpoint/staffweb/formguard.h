#pragma once

#include <QByteArray>
#include <QString>

namespace httplib {
struct Request;
}

namespace mapje::endpoint {

/**
 * Cross-site request forgery, refused twice: a posted form must come from this site (Origin, and
 * Sec-Fetch-Site where the browser sends it), and once signed in it must carry the session's
 * token in the hidden field "csrf". The token is derived from the session id under the server
 * secret, so it is never stored, and compared in constant time.
 */
namespace FormGuard {

/** The token for the forms of this session. */
[[nodiscard]] QString token(const QByteArray &serverSecret, const QString &sessionId);
[[nodiscard]] bool rightToken(
    const QByteArray &serverSecret, const QString &sessionId, const QString &sent);
/** False when the browser says the form came from another site, or another origin. A request
 * without Origin and Sec-Fetch-Site (an old browser, a test client) passes this check; the token
 * still has to be right. */
[[nodiscard]] bool fromThisSite(const httplib::Request &request);

} // namespace FormGuard

} // namespace mapje::endpoint
