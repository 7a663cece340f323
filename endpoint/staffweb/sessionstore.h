#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace mapje::endpoint {

/** Signed-in staff (table sessies): only the SHA-256 of a session id, whose it is, when it began
 * and when it was last used. Its id itself lives only in the staff member's cookie. */
class SessionStore {
public:
    struct Limits {
        qint64 idleSeconds = 20 * 60;
        qint64 maxSeconds = 10 * 60 * 60;
    };

    SessionStore(const Database &database, Limits limits) : m_database(database), m_limits(limits)
    {
    }

    /** A new random session id (32 bytes, base64url), for the cookie only. */
    [[nodiscard]] static QString newId();
    /** What the database keeps of an id: SHA-256, hex. */
    [[nodiscard]] static QString hashOf(const QString &id);

    [[nodiscard]] bool add(const QString &id, const QString &member, const QDateTime &now) const;
    /** The staff member of a live session, which counts as used now; an idle or too old one is
     * deleted and gives nothing. */
    [[nodiscard]] std::optional<QString> use(const QString &id, const QDateTime &now) const;
    /** Signed out: the session is deleted; its cookie is worth nothing from now on. */
    void remove(const QString &id) const;
    /** Every session of one staff member (a new password, an account removed). */
    void removeAllOf(const QString &member) const;
    /** Deletes the idle and too old sessions. */
    void forgetExpired(const QDateTime &now) const;

private:
    const Database &m_database;
    Limits m_limits;
};

} // namespace mapje::endpoint
