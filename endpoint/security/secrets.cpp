#include "security/secrets.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUuid>

#include "sync/protocol/readablecode.h"

namespace mapje::endpoint {

namespace {

constexpr QLatin1StringView CodeAlphabet = protocol::ReadableCode::Alphabet;

} // namespace

Secrets::Secrets(QByteArray serverSecret) : m_serverSecret(std::move(serverSecret))
{
}

QString Secrets::pairingCode(const QString &staff, const QString &idempotencyKey) const
{
    return readableCode("koppelcode-maken:" + staff.toUtf8() + ':' + idempotencyKey.toUtf8());
}

QString Secrets::handoffCode(const QString &kiosk, const QString &idempotencyKey) const
{
    return readableCode("overdrachtcode-maken:" + kiosk.toUtf8() + ':' + idempotencyKey.toUtf8());
}

QString Secrets::readableCode(const QByteArray &purpose) const
{
    const QByteArray mac
        = QMessageAuthenticationCode::hash(purpose, m_serverSecret, QCryptographicHash::Sha256);
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += QLatin1Char('-');
        // Two bytes per character: the bias of the remainder is below 0.04 %.
        const int value = (static_cast<unsigned char>(mac[2 * i]) << 8)
            | static_cast<unsigned char>(mac[2 * i + 1]);
        code += CodeAlphabet.at(value % CodeAlphabet.size());
    }
    return code;
}

QString Secrets::normalisedCode(const QString &typed)
{
    return protocol::ReadableCode::normalised(typed);
}

QString Secrets::codeHash(const QString &normalisedCode) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(
        "koppelcode:" + normalisedCode.toUtf8(), m_serverSecret, QCryptographicHash::Sha256)
                                   .toHex());
}

QString Secrets::handoffCodeHash(const QString &normalisedCode) const
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(
        "overdrachtcode:" + normalisedCode.toUtf8(), m_serverSecret, QCryptographicHash::Sha256)
                                   .toHex());
}

QString Secrets::phoneToken(const QString &handoffCodeHash, const QString &idempotencyKey) const
{
    return macToken("telefoontoken:" + handoffCodeHash.toUtf8() + ':' + idempotencyKey.toUtf8());
}

QString Secrets::macToken(const QByteArray &purpose) const
{
    const QByteArray mac
        = QMessageAuthenticationCode::hash(purpose, m_serverSecret, QCryptographicHash::Sha256);
    return QString::fromLatin1(
        mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Secrets::deviceToken(const QString &pairingId, const QString &idempotencyKey) const
{
    return macToken("apparaattoken:" + pairingId.toUtf8() + ':' + idempotencyKey.toUtf8());
}

QString Secrets::tokenHash(QByteArrayView token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

QString Secrets::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Secrets::sameInConstantTime(QByteArrayView a, QByteArrayView b)
{
    // Compared as hashes: equal length always, so the length says nothing either.
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < ha.size(); ++i)
        difference |= static_cast<unsigned char>(ha[i] ^ hb[i]);
    return difference == 0;
}

} // namespace mapje::endpoint
