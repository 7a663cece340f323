#include "handoff/crypto/handoffseal.h"

#include "handoff/crypto/guardedsecret.h"
#include "sync/protocol/readablecode.h"

#include <sodium.h>

namespace mapje {

namespace {

using Stream = crypto_secretstream_xchacha20poly1305_state;

const unsigned char *bytesOf(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.data());
}

} // namespace

QByteArray HandoffSeal::additionalData(const QString &code)
{
    const QString normalised = protocol::ReadableCode::normalised(code);
    return normalised.isEmpty() ? QByteArray()
                                : QByteArrayLiteral("mapje-overdracht-v1|") + normalised.toLatin1();
}

std::unique_ptr<GuardedSecret> HandoffSeal::streamKey(
    const HandoffKeyPair &own, QByteArrayView peerPublicKey, bool ownIsKiosk)
{
    if (own.isNull() || peerPublicKey.size() != crypto_kx_PUBLICKEYBYTES)
        return nullptr;
    auto receiving = std::make_unique<GuardedSecret>(crypto_kx_SESSIONKEYBYTES);
    auto sending = std::make_unique<GuardedSecret>(crypto_kx_SESSIONKEYBYTES);
    if (receiving->isNull() || sending->isNull())
        return nullptr;
    const auto exchange
        = ownIsKiosk ? crypto_kx_server_session_keys : crypto_kx_client_session_keys;
    if (exchange(receiving->bytes(), sending->bytes(), bytesOf(own.m_publicKey),
            own.m_secretKey->bytes(), bytesOf(peerPublicKey))
        != 0)
        return nullptr;
    return ownIsKiosk ? std::move(sending) : std::move(receiving);
}

std::optional<protocol::HandoffContent> HandoffSeal::seal(const HandoffKeyPair &kiosk,
    QByteArrayView phonePublicKey, const QString &code, QByteArrayView plaintext)
{
    const QByteArray boundTo = additionalData(code);
    const auto key = streamKey(kiosk, phonePublicKey, true);
    GuardedSecret state(sizeof(Stream));
    if (boundTo.isEmpty() || !key || state.isNull())
        return std::nullopt;
    auto *stream = reinterpret_cast<Stream *>(state.bytes());
    protocol::HandoffContent sealed;
    sealed.header.resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    sealed.ciphertext.resize(plaintext.size() + crypto_secretstream_xchacha20poly1305_ABYTES);
    if (crypto_secretstream_xchacha20poly1305_init_push(
            stream, reinterpret_cast<unsigned char *>(sealed.header.data()), key->bytes())
            != 0
        || crypto_secretstream_xchacha20poly1305_push(stream,
               reinterpret_cast<unsigned char *>(sealed.ciphertext.data()), nullptr,
               bytesOf(plaintext), static_cast<unsigned long long>(plaintext.size()),
               bytesOf(boundTo), static_cast<unsigned long long>(boundTo.size()),
               crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            != 0)
        return std::nullopt;
    return sealed;
}

std::optional<QByteArray> HandoffSeal::open(const HandoffKeyPair &phone,
    QByteArrayView kioskPublicKey, const QString &code, const protocol::HandoffContent &sealed)
{
    const QByteArray boundTo = additionalData(code);
    const auto key = streamKey(phone, kioskPublicKey, false);
    GuardedSecret state(sizeof(Stream));
    if (boundTo.isEmpty() || !key || state.isNull()
        || sealed.header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES
        || sealed.ciphertext.size() < qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES))
        return std::nullopt;
    auto *stream = reinterpret_cast<Stream *>(state.bytes());
    QByteArray plaintext(
        sealed.ciphertext.size() - crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    unsigned long long length = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            stream, bytesOf(sealed.header), key->bytes())
            != 0
        || crypto_secretstream_xchacha20poly1305_pull(stream,
               reinterpret_cast<unsigned char *>(plaintext.data()), &length, &tag,
               bytesOf(sealed.ciphertext),
               static_cast<unsigned long long>(sealed.ciphertext.size()), bytesOf(boundTo),
               static_cast<unsigned long long>(boundTo.size()))
            != 0
        || tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        // Nothing of a message that failed is handed out.
        sodium_memzero(plaintext.data(), size_t(plaintext.size()));
        return std::nullopt;
    }
    plaintext.truncate(qsizetype(length));
    return plaintext;
}

} // namespace mapje
