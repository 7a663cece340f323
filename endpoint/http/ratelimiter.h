#pragma once

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

namespace mapje::endpoint {

/**
 * At most `perMinute` requests per key (an address, a token's hash) in each minute, in this
 * instance's memory: behind a load balancer with n instances a client gets at most n times as
 * many, which still stops a flood. Thread-safe.
 */
class RateLimiter {
public:
    explicit RateLimiter(int perMinute) : m_perMinute(perMinute) { }

    /** Counts this request; 0 when it may go on, else the seconds until the next minute. */
    [[nodiscard]] int secondsToWait(const QString &key, const QDateTime &now);

private:
    struct Window {
        qint64 minute = 0;
        int count = 0;
    };
    int m_perMinute;
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
};

} // namespace mapje::endpoint
