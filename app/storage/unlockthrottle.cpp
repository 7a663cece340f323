#include "storage/unlockthrottle.h"

#include <algorithm>

namespace mapje {

qint64 UnlockThrottle::waitAfter(int failedAttempts)
{
    if (failedAttempts <= FreeAttempts)
        return 0;
    qint64 wait = FirstWaitSeconds;
    // Doubling stops at the cap, so a huge counter cannot overflow.
    for (int i = FreeAttempts + 1; i < failedAttempts && wait < MaxWaitSeconds; ++i)
        wait *= 2;
    return std::min(wait, MaxWaitSeconds);
}

qint64 UnlockThrottle::secondsToWait(
    int failedAttempts, const QDateTime &lastFailure, const QDateTime &now)
{
    const qint64 wait = waitAfter(failedAttempts);
    if (wait == 0)
        return 0;
    if (!lastFailure.isValid() || clockSetBack(lastFailure, now))
        return wait;
    const qint64 elapsed = lastFailure.secsTo(now);
    return std::max<qint64>(0, wait - elapsed);
}

bool UnlockThrottle::clockSetBack(const QDateTime &lastFailure, const QDateTime &now)
{
    return lastFailure.isValid() && now < lastFailure;
}

} // namespace mapje
