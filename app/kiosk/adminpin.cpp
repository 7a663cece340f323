#include "kiosk/adminpin.h"

#include <algorithm>
#include <sodium.h>

namespace mapje {

namespace {
// libsodium's "interactive" cost (64 MiB, a fraction of a second): the waits after wrong tries
// slow down guessing on the kiosk, and the hash in the file only matters if the file leaks.
constexpr auto OpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr auto MemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
constexpr int MinDigits = 6;
constexpr int MaxDigits = 12;
} // namespace

bool AdminPin::acceptable(const QString &pin)
{
    if (pin.size() < MinDigits || pin.size() > MaxDigits)
        return false;
    return std::all_of(pin.begin(), pin.end(),
        [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

QByteArray AdminPin::hash(const QString &pin)
{
    if (!acceptable(pin) || sodium_init() < 0)
        return {};
    QByteArray secret = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    const int made = crypto_pwhash_str_alg(out, secret.constData(), std::size_t(secret.size()),
        OpsLimit, MemLimit, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), std::size_t(secret.size()));
    return made == 0 ? QByteArray(out) : QByteArray();
}

bool AdminPin::isHash(const QByteArray &text)
{
    if (!text.startsWith("$argon2id$") || text.size() >= crypto_pwhash_STRBYTES
        || sodium_init() < 0)
        return false;
    // -1 means libsodium cannot read the string at all; 0 and 1 are readable hashes.
    return crypto_pwhash_str_needs_rehash(text.constData(), OpsLimit, MemLimit) != -1;
}

bool AdminPin::matches(const QByteArray &hash, const QString &pin)
{
    if (!isHash(hash) || pin.isEmpty())
        return false;
    QByteArray secret = pin.toUtf8();
    const bool same
        = crypto_pwhash_str_verify(hash.constData(), secret.constData(), std::size_t(secret.size()))
        == 0;
    sodium_memzero(secret.data(), std::size_t(secret.size()));
    return same;
}

} // namespace mapje
