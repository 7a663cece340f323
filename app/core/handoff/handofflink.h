#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace mapje {

/**
 * What the kiosk's QR code says: mapje://zuil?u=<endpoint>&c=<code>&k=<kiosk key>. The phone
 * learns from it where the mailbox is, which code to claim, and which kiosk key to expect: when
 * the endpoint answers the claim with another key, someone is in between and the phone refuses.
 */
struct HandoffLink {
    /** The endpoint's address with /v1, as the kiosk uses it. */
    QUrl endpoint;
    /** The mailbox's code as the kiosk shows it ("KM4T-X7RA"). */
    QString code;
    /** The kiosk's public key, 32 bytes. */
    QByteArray kioskKey;

    /** The text of the QR code. */
    [[nodiscard]] QString toText() const;
    /** The link in a QR code's text; nothing when it is not one of ours or a part is missing or
     * malformed (an http address that is not loopback is refused later, by the client). */
    [[nodiscard]] static std::optional<HandoffLink> fromText(const QString &text);
};

} // namespace mapje
