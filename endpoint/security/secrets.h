#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace mapje::endpoint {

/**
 * The endpoint's secrets, with one server secret from the configuration (never in the database):
 * pairing codes are kept as an HMAC under it, so a copy of the database alone cannot try all
 * codes; device tokens are derived from it, so a retried pairing gets the same token back
 * without the token ever being stored.
 */
class Secrets {
public:
    explicit Secrets(QByteArray serverSecret);

    /** Eight characters from an alphabet without look-alikes (no 0/O/Q, 1/I/L, 2/Z, 5/S, 6/G,
     * 8/B), as "KM4T-X7RA": about 36 bits, single use, short-lived, attempts limited. Derived
     * from the staff member's Idempotency-Key under the server secret, so a retried request
     * shows the same code without the code being stored. */
    [[nodiscard]] QString pairingCode(const QString &staff, const QString &idempotencyKey) const;
    /** As the citizen may type it: case, spaces and dashes do not count. Empty when it cannot
     * be a code at all. */
    [[nodiscard]] static QString normalisedCode(const QString &typed);
    [[nodiscard]] QString codeHash(const QString &normalisedCode) const;

    /** A hand-off mailbox's code (overdracht), in the same alphabet and form as a pairing code,
     * derived from the kiosk's Idempotency-Key so a retry shows the same code unstored. */
    [[nodiscard]] QString handoffCode(const QString &kiosk, const QString &idempotencyKey) const;
    /** What the database keeps of a hand-off code: an HMAC apart from the pairing codes'. */
    [[nodiscard]] QString handoffCodeHash(const QString &normalisedCode) const;
    /** The token of the phone that claimed a mailbox, the same for a retried claim. */
    [[nodiscard]] QString phoneToken(
        const QString &handoffCodeHash, const QString &idempotencyKey) const;

    /** The device token of a pairing, the same for a retry with the same Idempotency-Key. */
    [[nodiscard]] QString deviceToken(
        const QString &pairingId, const QString &idempotencyKey) const;
    /** What the database keeps of a token: SHA-256, hex. */
    [[nodiscard]] static QString tokenHash(QByteArrayView token);

    /** A random id for a resource the server makes. */
    [[nodiscard]] static QString newId();

    /** Equal in a time that does not depend on where the first difference is. */
    [[nodiscard]] static bool sameInConstantTime(QByteArrayView a, QByteArrayView b);

private:
    /** Eight readable characters, "KM4T-X7RA", from an HMAC of purpose. */
    [[nodiscard]] QString readableCode(const QByteArray &purpose) const;
    /** A token: the HMAC of purpose, base64url. */
    [[nodiscard]] QString macToken(const QByteArray &purpose) const;

    QByteArray m_serverSecret;
};

} // namespace mapje::endpoint
