#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mapje::endpoint {

/**
 * Wrong sign-ins (table aanmeldpogingen), counted per account and per client address, as the
 * wrong pairing codes are: after `perWindow` in 15 minutes that account or address waits until
 * the oldest of them is 15 minutes old. The account's key is an HMAC of the typed name under the
 * server secret, so a password typed into the name field is never stored as it was typed.
 */
class SignInTries {
public:
    static constexpr qint64 WindowSeconds = 15 * 60;

    SignInTries(const Database &database, QByteArray serverSecret, int perWindow)
        : m_database(database), m_serverSecret(std::move(serverSecret)), m_perWindow(perWindow)
    {
    }

    /** When this name or address may try again; invalid when it may try now. */
    [[nodiscard]] QDateTime lockedUntil(
        const QString &name, const QString &address, const QDateTime &now) const;
    /** One wrong try for this name and this address. */
    void addWrong(const QString &name, const QString &address, const QDateTime &at) const;
    /** A right password: the account's wrong tries are forgotten (the address's stay). */
    void forgetName(const QString &name) const;
    /** Deletes tries older than a day. */
    void forgetBefore(const QDateTime &before) const;

private:
    [[nodiscard]] QString nameKey(const QString &name) const;
    [[nodiscard]] static QString addressKey(const QString &address);
    [[nodiscard]] QDateTime lockedUntil(const QString &key, const QDateTime &now) const;
    void add(const QString &key, const QDateTime &at) const;

    const Database &m_database;
    QByteArray m_serverSecret;
    int m_perWindow;
};

} // namespace mapje::endpoint
