#include "handoff/crypto/handoffcheckcode.h"

#include "handoff/crypto/guardedsecret.h"

#include <QByteArray>
#include <sodium.h>

namespace mapje {

QString HandoffCheckCode::of(QByteArrayView kioskPublicKey, QByteArrayView phonePublicKey)
{
    if (kioskPublicKey.size() != crypto_kx_PUBLICKEYBYTES
        || phonePublicKey.size() != crypto_kx_PUBLICKEYBYTES || !GuardedSecret::sodiumReady())
        return {};
    // A domain of its own, then the kiosk's key, then the phone's: the order is the roles'.
    const QByteArray input = QByteArrayLiteral("mapje-overdracht-controle-v1")
        + kioskPublicKey.toByteArray() + phonePublicKey.toByteArray();
    unsigned char digest[8];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(input.data()),
        static_cast<unsigned long long>(input.size()), nullptr, 0);
    quint64 number = 0;
    for (const unsigned char byte : digest)
        number = (number << 8) | byte;
    // 2^64 mod 10^6 leaves a bias far below one in a billion.
    const QString digits = QStringLiteral("%1").arg(number % 1000000, 6, 10, QLatin1Char('0'));
    return digits.left(3) + QLatin1Char(' ') + digits.mid(3);
}

} // namespace mapje
