#include "http/ratelimiter.h"

#include <QMutexLocker>

namespace mapje::endpoint {

int RateLimiter::secondsToWait(const QString &key, const QDateTime &now)
{
    const qint64 seconds = now.toSecsSinceEpoch();
    const qint64 minute = seconds / 60;
    QMutexLocker lock(&m_mutex);
    // Forget the windows of earlier minutes now and then, so memory stays small.
    if (m_windows.size() > 10000) {
        m_windows.removeIf([minute](const auto &entry) { return entry.value().minute != minute; });
    }
    Window &window = m_windows[key];
    if (window.minute != minute)
        window = {minute, 0};
    if (++window.count <= m_perMinute)
        return 0;
    return int(60 - seconds % 60);
}

} // namespace mapje::endpoint
