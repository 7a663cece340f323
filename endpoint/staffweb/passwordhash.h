#pragma once

#include <QByteArray>
#include <QString>

namespace mapje::endpoint {

/**
 * Staff passwords as Argon2id strings (libsodium crypto_pwhash_str: algorithm, cost and salt in
 * the string), normalised to Unicode NFC first, as the app does with a PIN. At most two
 * derivations run at once, so a burst of sign-ins cannot take all memory.
 */
namespace PasswordHash {

/** 12 to 1024 characters, and not only spaces. */
[[nodiscard]] bool acceptable(const QString &password);
/** The string to store; empty when libsodium could not make it (out of memory). */
[[nodiscard]] QByteArray make(const QString &password);
/** Whether the password matches the stored string. Also runs the full derivation for an empty
 * or damaged string, so a name that has no account takes as long as one that has. */
[[nodiscard]] bool matches(const QString &password, const QByteArray &stored);
/** Whether the stored string was made with another cost than make() uses now. */
[[nodiscard]] bool needsRehash(const QByteArray &stored);

} // namespace PasswordHash

} // namespace mapje::endpoint
