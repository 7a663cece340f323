#pragma once

#include <QDateTime>

namespace mapje {

/** The rule for how long to wait after wrong PINs; pure, so it is tested without files or time.
 *
 * Times are milliseconds since the epoch as stored in the header (0 = no failure recorded). The
 * arithmetic saturates instead of overflowing, so no value in a header, however wild, and no
 * clock, however wrong, gives a wait longer than MaxWaitSeconds. */
class UnlockThrottle {
public:
    /** Wrong tries that cost nothing: everyone mistypes. */
    static constexpr int FreeAttempts = 3;
    static constexpr qint64 FirstWaitSeconds = 30;
    static constexpr qint64 MaxWaitSeconds = 60 * 60;

    /** The wait that follows failedAttempts wrong tries in a row (0 for the first three). */
    [[nodiscard]] static qint64 waitAfter(qint64 failedAttempts);
    /** Seconds still to wait at nowMs; never more than waitAfter(failedAttempts). A clock set
     * back before the last failure, or an unknown last failure, gives the full wait. */
    [[nodiscard]] static qint64 secondsToWait(
        qint64 failedAttempts, qint64 lastFailureMs, qint64 nowMs);
    [[nodiscard]] static qint64 secondsToWait(
        qint64 failedAttempts, const QDateTime &lastFailure, const QDateTime &now);
    /** True when now is before the last failure: the clock was set back (or the header says a
     * time in the future). */
    [[nodiscard]] static bool clockSetBack(qint64 lastFailureMs, qint64 nowMs);
    [[nodiscard]] static bool clockSetBack(const QDateTime &lastFailure, const QDateTime &now);
    /** True when the wait cannot be counted from the stored time (unknown, or after now): the
     * caller then starts it again from now, so it ends within MaxWaitSeconds. */
    [[nodiscard]] static bool mustRestartWait(
        qint64 failedAttempts, qint64 lastFailureMs, qint64 nowMs);
};

} // namespace mapje
