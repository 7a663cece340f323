#include "handoff/crypto/handoffkeypair.h"

#include <sodium.h>

namespace mapje {

HandoffKeyPair HandoffKeyPair::generate()
{
    HandoffKeyPair pair;
    auto secret = std::make_unique<GuardedSecret>(crypto_kx_SECRETKEYBYTES);
    if (secret->isNull())
        return pair;
    QByteArray publicKey(crypto_kx_PUBLICKEYBYTES, Qt::Uninitialized);
    if (crypto_kx_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret->bytes())
        != 0)
        return pair;
    pair.m_publicKey = publicKey;
    pair.m_secretKey = std::move(secret);
    return pair;
}

} // namespace mapje
