#pragma once

#include <QByteArrayView>
#include <QString>

namespace mapje {

/**
 * The six digits both screens show before the kiosk sends anything: the visitor sees the same
 * "123 456" on the kiosk and on the phone only when both hold the same two public keys. Someone
 * who claimed the mailbox first (a glance at the code, a log) holds another key, so the digits
 * differ and the visitor does not confirm.
 */
class HandoffCheckCode {
public:
    /** "123 456" (digits 0-9 in every language, a space in the middle); empty when a key is not
     * 32 bytes or libsodium could not be used. */
    [[nodiscard]] static QString of(QByteArrayView kioskPublicKey, QByteArrayView phonePublicKey);
};

} // namespace mapje
