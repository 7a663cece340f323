#include "storage/unlockthrottle.h"

#include <algorithm>
#include <limits>

namespace mapje {

namespace {
qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}
} // namespace

qint64 UnlockThrottle::waitAfter(qint64 failedAttempts)
{
    if (failedAttempts <= FreeAttempts)
        return 0;
    qint64 wait = FirstWaitSeconds;
    // Doubling stops at the cap, so a huge counter cannot overflow.
    for (qint64 i = FreeAttempts + 1; i < failedAttempts && wait < MaxWaitSeconds; ++i)
        wait *= 2;
    return std::min(wait, MaxWaitSeconds);
}

qint64 UnlockThrottle::secondsToWait(qint64 failedAttempts, qint64 lastFailureMs, qint64 nowMs)
{
    const qint64 wait = waitAfter(failedAttempts);
    if (wait == 0)
        return 0;
    if (lastFailureMs == 0 || clockSetBack(lastFailureMs, nowMs))
        return wait;
    qint64 elapsedMs = 0;
    // now >= last here, so only a far-past last failure can overflow: then the wait is long over.
    if (__builtin_sub_overflow(nowMs, lastFailureMs, &elapsedMs))
        return 0;
    const qint64 elapsed = elapsedMs / 1000;
    return elapsed >= wait ? 0 : wait - elapsed;
}

qint64 UnlockThrottle::secondsToWait(
    qint64 failedAttempts, const QDateTime &lastFailure, const QDateTime &now)
{
    return secondsToWait(failedAttempts, toMs(lastFailure), toMs(now));
}

bool UnlockThrottle::clockSetBack(qint64 lastFailureMs, qint64 nowMs)
{
    return lastFailureMs != 0 && nowMs < lastFailureMs;
}

bool UnlockThrottle::clockSetBack(const QDateTime &lastFailure, const QDateTime &now)
{
    return clockSetBack(toMs(lastFailure), toMs(now));
}

bool UnlockThrottle::mustRestartWait(qint64 failedAttempts, qint64 lastFailureMs, qint64 nowMs)
{
    return waitAfter(failedAttempts) > 0
        && (lastFailureMs == 0 || clockSetBack(lastFailureMs, nowMs));
}

} // namespace mapje
