#include "core/kiosk/idlewatch.h"

#include <algorithm>

namespace mapje {

IdleWatch::IdleWatch(int idleSeconds, int countdownSeconds, QDateTime start)
    : m_idleSeconds(std::max(1, idleSeconds)),
      m_countdownSeconds(std::max(1, countdownSeconds)),
      m_lastActivity(std::move(start))
{
}

void IdleWatch::activity(const QDateTime &now)
{
    m_lastActivity = now;
}

qint64 IdleWatch::quietMs(const QDateTime &now) const
{
    return std::max<qint64>(0, m_lastActivity.msecsTo(now));
}

IdleWatch::Phase IdleWatch::update(const QDateTime &now)
{
    if (now < m_lastActivity)
        m_lastActivity = now;
    const qint64 quiet = quietMs(now);
    if (quiet < qint64(m_idleSeconds) * 1000)
        return Phase::Active;
    if (quiet < qint64(m_idleSeconds + m_countdownSeconds) * 1000)
        return Phase::Asking;
    return Phase::Over;
}

int IdleWatch::secondsLeft(const QDateTime &now) const
{
    const qint64 leftMs = qint64(m_idleSeconds + m_countdownSeconds) * 1000 - quietMs(now);
    if (leftMs <= 0)
        return 0;
    return int(std::min<qint64>((leftMs + 999) / 1000, m_countdownSeconds));
}

} // namespace mapje
