#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mapje::endpoint {

/**
 * What staff did (table logboek): when, who, which action, on which pairing (its id), and how
 * (the page, the API or the server's command line). Never personal content: no label, no share,
 * no message, no code, no password, and no name that was typed but has no account.
 */
class AuditLog {
public:
    explicit AuditLog(const Database &database) : m_database(database) { }

    /** The actions, as they are written in the table. */
    enum class Action {
        SignedIn, ///< aangemeld
        SignInFailed, ///< aanmelden-mislukt
        SignInLocked, ///< aanmelden-wacht (tried while it had to wait)
        SignedOut, ///< afgemeld
        CodeIssued, ///< koppelcode-gemaakt
        CitizenViewed, ///< inwoner-bekeken
        PrintViewed, ///< afdruk-bekeken
        AppointmentProposed, ///< afspraak-voorgesteld
        MomentProposed, ///< moment-voorgesteld
        PairingEnded, ///< koppeling-beeindigd
        FormRefused, ///< formulier-geweigerd (another site, or no right csrf)
        AccountSet, ///< account-gezet (added or new password, by the command line)
        AccountRemoved, ///< account-verwijderd
    };
    enum class Via { Page, Api, CommandLine };

    struct Line {
        QDateTime at;
        QString member; ///< "" when the typed name has no account
        QString action;
        QString pairingId;
        QString via;
    };

    [[nodiscard]] static QString actionName(Action action);

    void add(const QDateTime &at, const QString &member, Action action, Via via,
        const QString &pairingId = {}) const;
    /** Everything, oldest first (for a municipality's own tools and the tests). */
    [[nodiscard]] QList<Line> all() const;
    void forgetBefore(const QDateTime &before) const;

private:
    const Database &m_database;
};

} // namespace mapje::endpoint
