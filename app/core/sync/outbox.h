#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace mapje {

/**
 * The changes the citizen said yes to, waiting to reach the municipality: per shared item in the
 * order she made them, each with its own Idempotency-Key, so a retry never makes a second change,
 * and the ETag the server last confirmed, so an older version never overwrites a newer one.
 * Nothing here sends anything: the client asks next(), sends, and reports the result. Plain
 * values, so the vault can keep them and a restart goes on where it was.
 */
class Outbox {
public:
    struct Entry {
        enum class Action { Put, Delete };
        QString entryId;
        QString shareId;
        Action action = Action::Put;
        QByteArray body; ///< the share as encoded by the protocol; empty for a Delete
        QString idempotencyKey;
        int attempts = 0;
        QDateTime nextAttemptAt; ///< invalid: at once
        QDateTime createdAt;
        bool refreshVersion = false; ///< read the server's ETag first (a 412 said ours is old)
        bool parked = false; ///< refused as invalid; never retried by itself
        qint64 sequence = 0; ///< the order she made the changes in, across items and restarts
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    /** What the server confirmed of one item. */
    struct Confirmed {
        QString shareId;
        QString etag; ///< empty: not on the server (never shared, or withdrawn)
        QDateTime at;
        friend bool operator==(const Confirmed &, const Confirmed &) = default;
    };

    /** How one send ended, as the client saw it. */
    struct Result {
        enum class Kind {
            Done, ///< 200/201 with an ETag, or 204 for a delete
            TryLater, ///< no answer, a time-out, 5xx, 429 (retryAfter when given)
            VersionChanged, ///< 412 or 428: read the server's version, then send again
            Refused, ///< 400/413/415/422: this body will never be taken; parked
            PairingGone, ///< 401: the pairing ended; nothing more is sent
        };
        Kind kind = Kind::TryLater;
        QString etag;
        std::optional<int> retryAfterSeconds;
    };

    using KeyMaker = std::function<QString()>;
    /** A number in [0, 1) for the jitter; injected so tests are repeatable. */
    using Random = std::function<double()>;

    Outbox(KeyMaker newKey, Random random);

    /** Restores what the vault kept, in any order: entries are sorted by their sequence. */
    void restore(QList<Entry> entries, QList<Confirmed> confirmed);
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] const QList<Confirmed> &confirmed() const { return m_confirmed; }

    /**
     * A new version she said yes to. A version not yet sent is replaced (only the newest needs to
     * go); one already tried stays ahead of it, as it may have arrived.
     */
    void put(const QString &shareId, const QByteArray &body, const QDateTime &now);
    /** "Haal terug": a delete, retried until confirmed. Versions never tried are dropped; when
     * nothing of the item ever reached the server, nothing needs to be sent at all. */
    void withdraw(const QString &shareId, const QDateTime &now);

    /** The entry to send now, if any: the first of its item, in the order they were made. */
    [[nodiscard]] std::optional<Entry> next(const QDateTime &now) const;
    /** "Nu versturen": every waiting change is due now, whatever its backoff said (not a parked
     * one, and not after the endpoint ended the pairing). */
    void hurry(const QDateTime &now);
    /** When the next entry is due; invalid when nothing waits. */
    [[nodiscard]] QDateTime nextDue() const;
    /** The If-Match for an entry's item: the ETag last confirmed, if any. */
    [[nodiscard]] QString ifMatch(const QString &shareId) const;
    /** The client read the server's current ETag after a VersionChanged (empty: not there). */
    void versionRead(const QString &shareId, const QString &etag, const QDateTime &now);
    /** The client's report on one send of next(). */
    void finished(const QString &entryId, const Result &result, const QDateTime &now);

    /** For the item's calm status: waiting changes, and what the server has of it. */
    [[nodiscard]] bool isWaiting(const QString &shareId) const;
    [[nodiscard]] bool isWithdrawing(const QString &shareId) const;
    [[nodiscard]] bool isParked(const QString &shareId) const;
    [[nodiscard]] std::optional<Confirmed> confirmedOf(const QString &shareId) const;
    /** 401 was answered: the pairing is over and nothing is sent until a new one. */
    [[nodiscard]] bool pairingGone() const { return m_pairingGone; }

    /** The wait before attempt n (n >= 1): 2 s doubled each time up to 15 min, with full jitter
     * in its upper half so many devices never retry in step. */
    [[nodiscard]] static qint64 backoffMs(int attempts, double random);

private:
    void confirm(const QString &shareId, const QString &etag, const QDateTime &at);
    [[nodiscard]] qsizetype indexOf(const QString &entryId) const;

    void append(
        const QString &shareId, Entry::Action action, const QByteArray &body, const QDateTime &now);

    KeyMaker m_newKey;
    Random m_random;
    QList<Entry> m_entries; // in the order she made the changes
    QList<Confirmed> m_confirmed;
    bool m_pairingGone = false;
    qint64 m_lastSequence = 0;
};

} // namespace mapje
