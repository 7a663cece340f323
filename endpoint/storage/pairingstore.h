#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace mapje::endpoint {

/** Pairing codes, pairings and the wrong tries per address. Only hashes of codes and tokens. */
class PairingStore {
public:
    explicit PairingStore(const Database &database) : m_database(database) { }

    struct Pairing {
        QString id;
        QString staff; ///< who issued the code
        QString label;
        QDateTime pairedAt;
    };

    [[nodiscard]] bool addCode(const QString &codeHash, const QString &staff, const QString &label,
        const QDateTime &expiresAt) const;
    /**
     * Uses a code once: in one transaction the code row goes and the pairing is made. Nothing
     * when the code is unknown, used or expired (the three are one answer to the client).
     */
    [[nodiscard]] std::optional<Pairing> redeem(const QString &codeHash, const QString &pairingId,
        const QString &tokenHash, const QDateTime &now) const;
    [[nodiscard]] std::optional<Pairing> byToken(const QString &tokenHash) const;
    [[nodiscard]] std::optional<Pairing> byId(const QString &pairingId) const;
    [[nodiscard]] QList<Pairing> ofStaff(const QString &staff) const;
    /** Ends a pairing: the row, its token and everything it shared are deleted. */
    [[nodiscard]] bool remove(const QString &pairingId) const;

    /** Deletes codes that expired and wrong tries older than a day. */
    void forgetExpired(const QDateTime &now) const;

    /** Wrong codes from one address since a moment, and one more. */
    [[nodiscard]] int wrongTriesSince(const QString &address, const QDateTime &since) const;
    void addWrongTry(const QString &address, const QDateTime &at) const;

private:
    const Database &m_database;
};

} // namespace mapje::endpoint
