#include "storage/keyheader.h"

#include "storage/directorysync.h"
#include "storage/securebytes.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <limits>
#include <sodium.h>

namespace mapje {

namespace {
constexpr quint16 MaxPlausibleVersion = 255;
constexpr char Magic[8] = {'M', 'A', 'P', 'J', 'E', 'K', 'E', 'Y'};
constexpr qsizetype NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype WrappedBytes = KeyHeader::DataKeyBytes + TagBytes;
// Layout (little endian): magic 8, version 2, algorithm 1, reserved 1, opslimit 8, memlimit 8,
// salt 16, nonce 24 | wrapped key 48 | failed tries 4, last failure (ms since epoch, 0 = none) 8.
constexpr qsizetype AuthenticatedBytes = 8 + 2 + 1 + 1 + 8 + 8 + KeyHeader::SaltBytes + NonceBytes;
static_assert(AuthenticatedBytes + WrappedBytes + 4 + 8 == KeyHeader::Size);

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecureBytes deriveWrappingKey(
    const SecureBytes &secret, const QByteArray &salt, KdfCost cost, bool *outOfMemory)
{
    SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    *outOfMemory = false;
    if (key.isNull() || !sodiumReady()) {
        *outOfMemory = true;
        return {};
    }
    const auto *password = reinterpret_cast<const char *>(secret.data());
    if (crypto_pwhash(key.data(), key.size(), password, secret.size(),
            reinterpret_cast<const unsigned char *>(salt.constData()), cost.opsLimit(),
            std::size_t(cost.memLimit()), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        // crypto_pwhash only fails when it cannot get its memory.
        *outOfMemory = true;
        return {};
    }
    return key;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), std::size_t(size));
    return bytes;
}

template<typename T> void append(QByteArray &out, T value)
{
    char buffer[sizeof(T)];
    qToLittleEndian(value, buffer);
    out.append(buffer, sizeof(T));
}

template<typename T> T take(const QByteArray &in, qsizetype offset)
{
    return qFromLittleEndian<T>(in.constData() + offset);
}
} // namespace

std::optional<KeyHeader> KeyHeader::seal(
    const SecureBytes &dataKey, const SecureBytes &secret, KdfCost cost)
{
    if (!sodiumReady() || dataKey.size() != DataKeyBytes || !cost.isValid())
        return std::nullopt;
    KeyHeader header;
    header.m_algorithm = crypto_pwhash_ALG_ARGON2ID13;
    header.m_cost = cost;
    header.m_salt = randomBytes(qsizetype(SaltBytes));
    header.m_nonce = randomBytes(NonceBytes);

    bool outOfMemory = false;
    const SecureBytes wrappingKey = deriveWrappingKey(secret, header.m_salt, cost, &outOfMemory);
    if (outOfMemory)
        return std::nullopt;
    const QByteArray ad = header.authenticatedPart();
    header.m_wrappedKey.resize(WrappedBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(header.m_wrappedKey.data()), &written, dataKey.data(),
        dataKey.size(), reinterpret_cast<const unsigned char *>(ad.constData()),
        std::size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(header.m_nonce.constData()), wrappingKey.data());
    if (written != std::size_t(WrappedBytes))
        return std::nullopt;
    return header;
}

KeyHeader::Unwrap KeyHeader::unwrap(const SecureBytes &secret, SecureBytes *dataKey) const
{
    bool outOfMemory = false;
    const SecureBytes wrappingKey = deriveWrappingKey(secret, m_salt, m_cost, &outOfMemory);
    if (outOfMemory)
        return Unwrap::OutOfMemory;
    SecureBytes key(DataKeyBytes);
    if (key.isNull())
        return Unwrap::OutOfMemory;
    const QByteArray ad = authenticatedPart();
    unsigned long long opened = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &opened, nullptr,
        reinterpret_cast<const unsigned char *>(m_wrappedKey.constData()),
        std::size_t(m_wrappedKey.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
        std::size_t(ad.size()), reinterpret_cast<const unsigned char *>(m_nonce.constData()),
        wrappingKey.data());
    if (rc != 0 || opened != DataKeyBytes)
        return Unwrap::WrongSecret;
    *dataKey = std::move(key);
    return Unwrap::Opened;
}

KeyHeader::Parse KeyHeader::parse(const QByteArray &bytes, KeyHeader *header)
{
    if (bytes.size() < qsizetype(sizeof(Magic) + 2)
        || QByteArrayView(bytes).first(sizeof(Magic)) != QByteArrayView(Magic, sizeof(Magic)))
        return Parse::Damaged;
    const quint16 version = take<quint16>(bytes, 8);
    // A newer app wrote this: leave it alone. A wild number is damage, not the future.
    if (version > FormatVersion && version <= MaxPlausibleVersion)
        return Parse::TooNew;
    if (version != FormatVersion || bytes.size() != Size)
        return Parse::Damaged;

    KeyHeader parsed;
    parsed.m_version = version;
    parsed.m_algorithm = quint8(bytes.at(10));
    if (parsed.m_algorithm != crypto_pwhash_ALG_ARGON2ID13 || bytes.at(11) != 0)
        return Parse::Damaged;
    parsed.m_cost = KdfCost(take<quint64>(bytes, 12), take<quint64>(bytes, 20));
    if (!parsed.m_cost.isValid())
        return Parse::Damaged;
    qsizetype offset = 28;
    parsed.m_salt = bytes.mid(offset, qsizetype(SaltBytes));
    offset += qsizetype(SaltBytes);
    parsed.m_nonce = bytes.mid(offset, NonceBytes);
    offset += NonceBytes;
    parsed.m_wrappedKey = bytes.mid(offset, WrappedBytes);
    offset += WrappedBytes;
    parsed.m_failedAttempts = take<quint32>(bytes, offset);
    const qint64 lastFailureMs = take<qint64>(bytes, offset + 4);
    if (lastFailureMs != 0)
        parsed.m_lastFailure = QDateTime::fromMSecsSinceEpoch(lastFailureMs, Qt::UTC);
    if (header)
        *header = parsed;
    return Parse::Valid;
}

QByteArray KeyHeader::authenticatedPart() const
{
    QByteArray out;
    out.reserve(AuthenticatedBytes);
    out.append(Magic, sizeof(Magic));
    append<quint16>(out, m_version);
    out.append(char(m_algorithm));
    out.append('\0');
    append<quint64>(out, m_cost.opsLimit());
    append<quint64>(out, m_cost.memLimit());
    out.append(m_salt);
    out.append(m_nonce);
    return out;
}

QByteArray KeyHeader::toBytes() const
{
    QByteArray out = authenticatedPart();
    out.append(m_wrappedKey);
    append<quint32>(out, m_failedAttempts);
    append<qint64>(out, m_lastFailure.isValid() ? m_lastFailure.toMSecsSinceEpoch() : 0);
    return out;
}

KeyHeader::Parse KeyHeader::read(const QString &path, KeyHeader *header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Parse::Damaged;
    // Read one byte more than allowed, so an oversized file is caught without reading it all.
    return parse(file.read(Size + 1), header);
}

bool KeyHeader::write(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes = toBytes();
    if (file.write(bytes) != bytes.size())
        return false;
    // QSaveFile flushes to disk and renames; the folder sync makes the rename itself durable.
    if (!file.commit())
        return false;
    DirectorySync::sync(QFileInfo(path).absolutePath());
    return true;
}

void KeyHeader::recordFailure(const QDateTime &at)
{
    if (m_failedAttempts < std::numeric_limits<quint32>::max())
        ++m_failedAttempts;
    m_lastFailure = at.toUTC();
}

void KeyHeader::clearFailures()
{
    m_failedAttempts = 0;
    m_lastFailure = {};
}

} // namespace mapje
