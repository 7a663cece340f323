#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mapje::endpoint {

/**
 * Idempotency-Key (IETF httpapi draft): the first request with a key claims it; a repeat with
 * the same body gets the stored answer, with another body 422, and while the first still runs
 * 409. In the database, so every instance behind the load balancer knows every key.
 */
class IdempotencyStore {
public:
    explicit IdempotencyStore(const Database &database) : m_database(database) { }

    struct Answer {
        int status = 0;
        QByteArray body;
        QByteArray headers; ///< the extra headers (ETag, Location) as JSON
    };

    enum class Claim { Claimed, Repeat, OtherRequest, StillRunning, Failed };

    /** requestHash: of the method, path and body. On Repeat, answer holds the stored answer. */
    [[nodiscard]] Claim claim(const QString &owner, const QString &key, const QString &requestHash,
        const QDateTime &now, Answer *answer) const;
    /** The first request's answer, for its repeats. */
    void finish(const QString &owner, const QString &key, const Answer &answer) const;
    /** The first request failed before it changed anything: the key is free again. */
    void release(const QString &owner, const QString &key) const;
    /** Keys older than a day are forgotten. */
    void forgetBefore(const QDateTime &before) const;

private:
    const Database &m_database;
};

} // namespace mapje::endpoint
