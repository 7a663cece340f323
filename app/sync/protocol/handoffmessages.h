#pragma once

#include "sync/protocol/protocolerror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace mapje::protocol {

/**
 * The bodies of the hand-off mailbox (/overdrachten in docs/api/openapi.yaml, version 1): a
 * kiosk hands a session to one phone, end-to-end encrypted. Keys, the stream header and the
 * ciphertext travel as base64url without padding; here they are raw bytes. The endpoint never
 * sees a secret key: only the two public keys and the sealed bytes pass through it.
 */

/** A crypto_kx public key. */
inline constexpr qsizetype HandoffKeyBytes = 32;
/** A crypto_secretstream_xchacha20poly1305 header. */
inline constexpr qsizetype HandoffHeaderBytes = 24;

/** OverdrachtAanvraag (kiosk): the kiosk's public key. */
struct HandoffRequest {
    QByteArray kioskKey;
    friend bool operator==(const HandoffRequest &, const HandoffRequest &) = default;
};
/** NieuweOverdracht: the code, shown once (as a QR code and in letters), and the expiry. */
struct NewHandoff {
    QString code;
    QDateTime expiresAt;
    friend bool operator==(const NewHandoff &, const NewHandoff &) = default;
};
/** TelefoonAanmelding (phone): the phone's public key. */
struct HandoffClaim {
    QByteArray phoneKey;
    friend bool operator==(const HandoffClaim &, const HandoffClaim &) = default;
};
/** AangemeldeTelefoon: the kiosk's public key and the phone's token, shown once. */
struct ClaimedHandoff {
    QByteArray kioskKey;
    QString phoneToken;
    QDateTime expiresAt;
    friend bool operator==(const ClaimedHandoff &, const ClaimedHandoff &) = default;
};
/** OverdrachtStatus (kiosk): how far the mailbox is; the phone's key once a phone came. */
struct HandoffState {
    enum class Stage {
        WaitingForPhone, ///< "wacht-op-telefoon"
        PhoneClaimed, ///< "telefoon-gekoppeld"
        Sent, ///< "verstuurd": uploaded, not yet fetched (fetched is deleted: 404)
    };
    Stage stage = Stage::WaitingForPhone;
    QByteArray phoneKey; ///< empty while waiting for a phone
    QDateTime expiresAt;
    friend bool operator==(const HandoffState &, const HandoffState &) = default;
};
/** OverdrachtInhoud: the sealed session, uploaded by the kiosk and fetched once by the phone. */
struct HandoffContent {
    QByteArray header;
    QByteArray ciphertext;
    friend bool operator==(const HandoffContent &, const HandoffContent &) = default;
};

[[nodiscard]] QByteArray encode(const HandoffRequest &request);
[[nodiscard]] QByteArray encode(const NewHandoff &handoff);
[[nodiscard]] QByteArray encode(const HandoffClaim &claim);
[[nodiscard]] QByteArray encode(const ClaimedHandoff &claimed);
[[nodiscard]] QByteArray encode(const HandoffState &state);
[[nodiscard]] QByteArray encode(const HandoffContent &content);

[[nodiscard]] Decoded<HandoffRequest> decodeHandoffRequest(QByteArrayView body);
[[nodiscard]] Decoded<NewHandoff> decodeNewHandoff(QByteArrayView body);
[[nodiscard]] Decoded<HandoffClaim> decodeHandoffClaim(QByteArrayView body);
[[nodiscard]] Decoded<ClaimedHandoff> decodeClaimedHandoff(QByteArrayView body);
[[nodiscard]] Decoded<HandoffState> decodeHandoffState(QByteArrayView body);
/** At most MaxShareBytes, the limit of every body that carries a citizen's content. */
[[nodiscard]] Decoded<HandoffContent> decodeHandoffContent(QByteArrayView body);

} // namespace mapje::protocol
