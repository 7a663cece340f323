#pragma once

#include "handoff/crypto/guardedsecret.h"

#include <QByteArray>
#include <memory>

namespace mapje {

/**
 * One side's crypto_kx key pair for one hand-off: the kiosk's (the key exchange's server) or the
 * phone's (its client). Made fresh for every hand-off and dropped after it, so nothing sealed for
 * one visitor can be opened with a key of another. The secret key stays in guarded memory and
 * only HandoffSeal reads it; the public key goes to the mailbox.
 */
class HandoffKeyPair {
public:
    /** A new random pair; isNull() when libsodium could not be used. */
    [[nodiscard]] static HandoffKeyPair generate();

    HandoffKeyPair(HandoffKeyPair &&) noexcept = default;
    HandoffKeyPair &operator=(HandoffKeyPair &&) noexcept = default;

    /** 32 bytes (crypto_kx_PUBLICKEYBYTES); empty when isNull(). */
    [[nodiscard]] QByteArray publicKey() const { return m_publicKey; }
    [[nodiscard]] bool isNull() const { return m_secretKey == nullptr; }

private:
    friend class HandoffSeal;
    HandoffKeyPair() = default;

    QByteArray m_publicKey;
    std::unique_ptr<GuardedSecret> m_secretKey;
};

} // namespace mapje
