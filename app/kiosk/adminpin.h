#pragma once

#include <QByteArray>
#include <QString>

namespace mapje {

/**
 * The kiosk's admin PIN, kept in kiosk.ini only as an Argon2id hash (libsodium's
 * crypto_pwhash_str, which carries its own salt and cost). `mapje --kiosk-hash-pin` makes one.
 */
class AdminPin {
public:
    /** Digits only, 6 to 12 of them: long enough that the waits after wrong tries make guessing
     * hopeless, short enough to type on a touch screen. */
    [[nodiscard]] static bool acceptable(const QString &pin);
    /** The hash to put in kiosk.ini, or empty when pin is not acceptable or memory ran out. */
    [[nodiscard]] static QByteArray hash(const QString &pin);
    /** True when text is a hash libsodium can check (an Argon2id one, as hash() makes). */
    [[nodiscard]] static bool isHash(const QByteArray &text);
    /** True when pin matches the hash; false for anything else, a malformed hash included. */
    [[nodiscard]] static bool matches(const QByteArray &hash, const QString &pin);
};

} // namespace mapje
