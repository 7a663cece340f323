#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>
#include <optional>

namespace mapje::endpoint {

/**
 * Hand-off mailboxes (docs/api/openapi.yaml, /overdrachten): one per code, one kiosk, at most
 * one phone, at most one upload, fetched once. Only an HMAC of the code and a hash of the phone's
 * token are kept; the keys are public keys; the content is ciphertext the server cannot open.
 * Every read and change looks only at mailboxes that have not expired, so an expired one is gone
 * for the API even before forgetExpired() deletes its row.
 */
class HandoffStore {
public:
    explicit HandoffStore(const Database &database) : m_database(database) { }

    struct Mailbox {
        QString kiosk;
        QString kioskKey; ///< base64url, as sent
        QString phoneKey; ///< empty until a phone claimed it
        bool uploaded = false;
        QDateTime expiresAt;
    };

    [[nodiscard]] bool add(const QString &codeHash, const QString &kiosk, const QString &kioskKey,
        const QDateTime &expiresAt) const;
    [[nodiscard]] std::optional<Mailbox> find(const QString &codeHash, const QDateTime &now) const;

    enum class Change {
        Done,
        Gone, ///< unknown or expired (one answer for both)
        Taken, ///< claim: another phone came first; upload: uploaded already
        NotClaimed, ///< upload: no phone yet
        NotUploaded, ///< fetch: nothing to fetch yet
        Failed,
    };
    /** The first phone takes it; of two at once, only one. */
    [[nodiscard]] Change claim(const QString &codeHash, const QString &phoneKey,
        const QString &phoneTokenHash, const QDateTime &now) const;
    /** Once, by the kiosk that made it, after a phone claimed it. */
    [[nodiscard]] Change upload(const QString &codeHash, const QString &kiosk,
        const QString &header, const QString &ciphertext, const QDateTime &now) const;
    /** The phone fetches the content and the mailbox is deleted in the same transaction: a second
     * fetch, also one at the same moment, finds nothing. */
    [[nodiscard]] Change fetch(const QString &codeHash, const QString &phoneTokenHash,
        const QDateTime &now, QString *header, QString *ciphertext) const;
    /** The kiosk ends it: deleted at once. False when it was not there or not this kiosk's. */
    [[nodiscard]] bool remove(const QString &codeHash, const QString &kiosk) const;

    /** Deletes every expired mailbox, ciphertext and all. */
    void forgetExpired(const QDateTime &now) const;

private:
    /** Runs one statement; whether it changed exactly one row, nothing when it failed. */
    [[nodiscard]] std::optional<bool> changesOneRow(
        const QString &sql, const QVariantList &values) const;

    const Database &m_database;
};

} // namespace mapje::endpoint
