#pragma once

#include "handoff/crypto/handoffkeypair.h"
#include "sync/protocol/handoffmessages.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <optional>

namespace mapje {

/**
 * Seals a session on the kiosk and opens it on the phone, end to end: the keys come from
 * crypto_kx (kiosk = server, phone = client) and never leave the two devices; the endpoint
 * carries only ciphertext. One crypto_secretstream_xchacha20poly1305 message with TAG_FINAL,
 * whose additional data binds it to the mailbox's code. The plaintext is opaque bytes here.
 */
class HandoffSeal {
public:
    /** Kiosk: plaintext sealed for the phone whose public key came from the mailbox. Nothing
     * when a key or the code is not one, or libsodium could not be used. */
    [[nodiscard]] static std::optional<protocol::HandoffContent> seal(const HandoffKeyPair &kiosk,
        QByteArrayView phonePublicKey, const QString &code, QByteArrayView plaintext);

    /** Phone: the kiosk's plaintext. Nothing when the header, the ciphertext, the code or a key
     * is not the one it was sealed with, or the stream does not end with its final message. */
    [[nodiscard]] static std::optional<QByteArray> open(const HandoffKeyPair &phone,
        QByteArrayView kioskPublicKey, const QString &code, const protocol::HandoffContent &sealed);

    /** What the sealed bytes are bound to: "mapje-overdracht-v1|" and the code as typed or
     * shown ("km4t-x7ra" and "KM4T-X7RA" are one code); empty for something that is no code. */
    [[nodiscard]] static QByteArray additionalData(const QString &code);

private:
    /** The one key of the stream, the same on both sides: the kiosk's tx key (the exchange's
     * server) or the phone's rx key (its client); null when a key is not one. */
    [[nodiscard]] static std::unique_ptr<GuardedSecret> streamKey(
        const HandoffKeyPair &own, QByteArrayView peerPublicKey, bool ownIsKiosk);
};

} // namespace mapje
