#pragma once

#include "storage/kdfcost.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace mapje {

class SecureBytes;

/** The small file beside the database that holds the data key, wrapped by a key from the PIN. */
class KeyHeader {
public:
    enum class Parse { Valid, Damaged, TooNew };
    enum class Unwrap { Opened, WrongSecret, OutOfMemory };

    static constexpr quint16 FormatVersion = 1;
    static constexpr qsizetype Size = 128;
    static constexpr std::size_t DataKeyBytes = 32;
    static constexpr std::size_t SaltBytes = 16;

    KeyHeader() = default;

    /** Wraps dataKey under a key derived from secret with a fresh salt and nonce. */
    [[nodiscard]] static std::optional<KeyHeader> seal(
        const SecureBytes &dataKey, const SecureBytes &secret, KdfCost cost);
    /** Derives from secret and opens the wrapped key; any change to the parameters fails too. */
    [[nodiscard]] Unwrap unwrap(const SecureBytes &secret, SecureBytes *dataKey) const;

    /** Strict: exact size, magic, known version, sane parameters; never guesses. */
    [[nodiscard]] static Parse parse(const QByteArray &bytes, KeyHeader *header);
    [[nodiscard]] QByteArray toBytes() const;
    /** Reads and parses path; a file that cannot be read counts as damaged. */
    [[nodiscard]] static Parse read(const QString &path, KeyHeader *header);
    /** Atomic: a temporary file is written, flushed to disk and renamed over path. */
    [[nodiscard]] bool write(const QString &path) const;

    [[nodiscard]] quint16 version() const { return m_version; }
    [[nodiscard]] int algorithm() const { return m_algorithm; }
    [[nodiscard]] KdfCost kdfCost() const { return m_cost; }
    [[nodiscard]] QByteArray salt() const { return m_salt; }
    [[nodiscard]] int failedAttempts() const { return int(m_failedAttempts); }
    /** Invalid when there was no failure since the last success. */
    [[nodiscard]] QDateTime lastFailure() const { return m_lastFailure; }

    // The wait state is deliberately outside the authenticated part: it changes without the key.
    void recordFailure(const QDateTime &at);
    void setLastFailure(const QDateTime &at) { m_lastFailure = at.toUTC(); }
    void clearFailures();

private:
    [[nodiscard]] QByteArray authenticatedPart() const;

    quint16 m_version = FormatVersion;
    int m_algorithm = 0;
    KdfCost m_cost;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_wrappedKey;
    quint32 m_failedAttempts = 0;
    QDateTime m_lastFailure;
};

} // namespace mapje
