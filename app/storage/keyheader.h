#pragma once

#include "storage/kdfcost.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace mapje {

class SecureBytes;

/** One copy of the small file beside the database that holds the data key, wrapped by a key from
 * the PIN, and the wait state after wrong PINs.
 *
 * Format 2 ends in a checksum over all its bytes, so a damaged copy is told apart from a wrong
 * PIN; the vault keeps two copies (see KeyHeaderCopies). Format 1 (one copy, no checksum) is still
 * read, and replaced by format 2 at the next unlock. */
class KeyHeader {
public:
    enum class Parse { Valid, Damaged, TooNew };
    enum class Unwrap { Opened, WrongSecret, OutOfMemory };

    static constexpr quint16 FormatVersion = 2;
    static constexpr quint16 LegacyVersion = 1;
    static constexpr qsizetype Size = 172;
    static constexpr qsizetype LegacySize = 128;
    static constexpr std::size_t DataKeyBytes = 32;
    static constexpr std::size_t SaltBytes = 16;

    KeyHeader() = default;

    /** Wraps dataKey under a key derived from secret with a fresh salt and nonce (format 2). */
    [[nodiscard]] static std::optional<KeyHeader> seal(
        const SecureBytes &dataKey, const SecureBytes &secret, KdfCost cost);
    /** Derives from secret and opens the wrapped key; any change to the parameters fails too. */
    [[nodiscard]] Unwrap unwrap(const SecureBytes &secret, SecureBytes *dataKey) const;

    /** Strict: exact size, magic, known version, sane parameters, and for format 2 a matching
     * checksum; never guesses. */
    [[nodiscard]] static Parse parse(const QByteArray &bytes, KeyHeader *header);
    /** The bytes of this copy in its own format. */
    [[nodiscard]] QByteArray toBytes() const;

    [[nodiscard]] bool isValid() const { return m_version != 0; }
    [[nodiscard]] quint16 version() const { return m_version; }
    [[nodiscard]] bool isLegacy() const { return m_version == LegacyVersion; }
    [[nodiscard]] int algorithm() const { return m_algorithm; }
    [[nodiscard]] KdfCost kdfCost() const { return m_cost; }
    [[nodiscard]] QByteArray salt() const { return m_salt; }
    /** True when both wrap the same key the same way (the wait state may differ). */
    [[nodiscard]] bool sameSealAs(const KeyHeader &other) const;

    /** Counts the writes of a vault's header, so the newer of two whole copies is known. */
    [[nodiscard]] quint64 generation() const { return m_generation; }
    void setGeneration(quint64 generation) { m_generation = generation; }
    /** Set once the database exists: from then on a missing or empty database is damage. */
    [[nodiscard]] bool databaseMade() const { return m_databaseMade; }
    void setDatabaseMade(bool made) { m_databaseMade = made; }

    [[nodiscard]] int failedAttempts() const { return int(m_failedAttempts); }
    /** Milliseconds since the epoch; 0 when there was no failure since the last success. */
    [[nodiscard]] qint64 lastFailureMs() const { return m_lastFailureMs; }
    /** Invalid when there was no failure since the last success. */
    [[nodiscard]] QDateTime lastFailure() const;

    // The wait state is deliberately outside the authenticated part: it changes without the key.
    void recordFailure(const QDateTime &at);
    void setLastFailure(const QDateTime &at);
    void clearFailures();
    /** Takes the wait state (counter, time, database flag) of other. */
    void takeStateOf(const KeyHeader &other);

private:
    [[nodiscard]] QByteArray authenticatedPart() const;
    [[nodiscard]] static Parse parseLegacy(const QByteArray &bytes, KeyHeader *header);
    /** The part both formats share (bytes 0-115, the magic and version already checked):
     * algorithm, costs within bounds, salt, nonce, wrapped key. */
    [[nodiscard]] bool readSeal(const QByteArray &bytes);

    quint16 m_version = 0;
    int m_algorithm = 0;
    KdfCost m_cost;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_wrappedKey;
    quint64 m_generation = 0;
    bool m_databaseMade = false;
    quint32 m_failedAttempts = 0;
    qint64 m_lastFailureMs = 0;
};

} // namespace mapje
