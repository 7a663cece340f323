#include "storage/keyheader.h"

#include "storage/securebytes.h"

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
constexpr qsizetype ChecksumBytes = 32;
constexpr quint32 DatabaseMadeFlag = 0x1;
// Both formats start (little endian): magic 8, version 2, algorithm 1, reserved 1, opslimit 8,
// memlimit 8, salt 16, nonce 24 | wrapped key 48.
// Format 1 goes on: failed tries 4, last failure (ms since epoch, 0 = none) 8.
// Format 2 goes on: generation 8, flags 4, failed tries 4, last failure 8 | BLAKE2b-256 checksum
// of everything before it 32.
constexpr qsizetype AuthenticatedBytes = 8 + 2 + 1 + 1 + 8 + 8 + KeyHeader::SaltBytes + NonceBytes;
constexpr qsizetype StateOffset = AuthenticatedBytes + WrappedBytes;
static_assert(StateOffset + 4 + 8 == KeyHeader::LegacySize);
static_assert(StateOffset + 8 + 4 + 4 + 8 + ChecksumBytes == KeyHeader::Size);

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

QByteArray checksum(QByteArrayView bytes)
{
    QByteArray sum(ChecksumBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(sum.data()), std::size_t(sum.size()),
        reinterpret_cast<const unsigned char *>(bytes.data()), std::size_t(bytes.size()), nullptr,
        0);
    return sum;
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
    header.m_version = FormatVersion;
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
    if (!isValid())
        return Unwrap::WrongSecret;
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
    if (!sodiumReady() || bytes.size() < qsizetype(sizeof(Magic) + 2)
        || QByteArrayView(bytes).first(sizeof(Magic)) != QByteArrayView(Magic, sizeof(Magic)))
        return Parse::Damaged;
    const quint16 version = take<quint16>(bytes, 8);
    // A newer app wrote this: leave it alone. A wild number is damage, not the future.
    if (version > FormatVersion && version <= MaxPlausibleVersion)
        return Parse::TooNew;
    if (version == LegacyVersion)
        return parseLegacy(bytes, header);
    if (version != FormatVersion || bytes.size() != Size)
        return Parse::Damaged;
    // The checksum first: a flipped bit anywhere is damage, never a wrong PIN or a longer wait.
    const qsizetype summed = Size - ChecksumBytes;
    if (sodium_memcmp(checksum(QByteArrayView(bytes).first(summed)).constData(),
            bytes.constData() + summed, ChecksumBytes)
        != 0)
        return Parse::Damaged;

    KeyHeader parsed;
    parsed.m_version = version;
    const quint32 flags = take<quint32>(bytes, StateOffset + 8);
    if (!parsed.readSeal(bytes) || (flags & ~DatabaseMadeFlag) != 0)
        return Parse::Damaged;
    parsed.m_generation = take<quint64>(bytes, StateOffset);
    parsed.m_databaseMade = (flags & DatabaseMadeFlag) != 0;
    parsed.m_failedAttempts = take<quint32>(bytes, StateOffset + 12);
    parsed.m_lastFailureMs = take<qint64>(bytes, StateOffset + 16);
    if (header)
        *header = parsed;
    return Parse::Valid;
}

KeyHeader::Parse KeyHeader::parseLegacy(const QByteArray &bytes, KeyHeader *header)
{
    if (bytes.size() != LegacySize)
        return Parse::Damaged;
    KeyHeader parsed;
    parsed.m_version = LegacyVersion;
    if (!parsed.readSeal(bytes))
        return Parse::Damaged;
    // Format 1 was only written once its database existed, or about to (a crash in between is
    // rare): a missing database beside it is treated as damage, to be safe.
    parsed.m_databaseMade = true;
    parsed.m_failedAttempts = take<quint32>(bytes, StateOffset);
    parsed.m_lastFailureMs = take<qint64>(bytes, StateOffset + 4);
    if (header)
        *header = parsed;
    return Parse::Valid;
}

bool KeyHeader::readSeal(const QByteArray &bytes)
{
    m_algorithm = quint8(bytes.at(10));
    m_cost = KdfCost(take<quint64>(bytes, 12), take<quint64>(bytes, 20));
    if (m_algorithm != crypto_pwhash_ALG_ARGON2ID13 || bytes.at(11) != 0 || !m_cost.isValid())
        return false;
    m_salt = bytes.mid(28, qsizetype(SaltBytes));
    m_nonce = bytes.mid(28 + qsizetype(SaltBytes), NonceBytes);
    m_wrappedKey = bytes.mid(AuthenticatedBytes, WrappedBytes);
    return true;
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
    if (!isValid())
        return {};
    QByteArray out = authenticatedPart();
    out.append(m_wrappedKey);
    if (isLegacy()) {
        append<quint32>(out, m_failedAttempts);
        append<qint64>(out, m_lastFailureMs);
        return out;
    }
    append<quint64>(out, m_generation);
    append<quint32>(out, m_databaseMade ? DatabaseMadeFlag : 0);
    append<quint32>(out, m_failedAttempts);
    append<qint64>(out, m_lastFailureMs);
    out.append(checksum(out));
    return out;
}

bool KeyHeader::sameSealAs(const KeyHeader &other) const
{
    return m_version == other.m_version && m_algorithm == other.m_algorithm
        && m_cost == other.m_cost && m_salt == other.m_salt && m_nonce == other.m_nonce
        && m_wrappedKey == other.m_wrappedKey;
}

QDateTime KeyHeader::lastFailure() const
{
    return m_lastFailureMs == 0 ? QDateTime()
                                : QDateTime::fromMSecsSinceEpoch(m_lastFailureMs, Qt::UTC);
}

void KeyHeader::recordFailure(const QDateTime &at)
{
    if (m_failedAttempts < std::numeric_limits<quint32>::max())
        ++m_failedAttempts;
    setLastFailure(at);
}

void KeyHeader::setLastFailure(const QDateTime &at)
{
    const qint64 ms = at.isValid() ? at.toMSecsSinceEpoch() : 0;
    // 0 means "none", so a failure at exactly the epoch is stored one millisecond later.
    m_lastFailureMs = ms == 0 && at.isValid() ? 1 : ms;
}

void KeyHeader::clearFailures()
{
    m_failedAttempts = 0;
    m_lastFailureMs = 0;
}

void KeyHeader::takeStateOf(const KeyHeader &other)
{
    m_databaseMade = other.m_databaseMade;
    m_failedAttempts = other.m_failedAttempts;
    m_lastFailureMs = other.m_lastFailureMs;
}

} // namespace mapje
