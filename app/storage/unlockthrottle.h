#pragma once

#include <QDateTime>

namespace mapje {

/** The rule for how long to wait after wrong PINs; pure, so it is tested without files or time. */
class UnlockThrottle {
public:
    /** Wrong tries that cost nothing: everyone mistypes. */
    static constexpr int FreeAttempts = 3;
    static constexpr qint64 FirstWaitSeconds = 30;
    static constexpr qint64 MaxWaitSeconds = 60 * 60;

    /** The wait that follows failedAttempts wrong tries in a row (0 for the first three). */
    [[nodiscard]] static qint64 waitAfter(int failedAttempts);
    /** Seconds still to wait at now; a clock set back before lastFailure gives the full wait. */
    [[nodiscard]] static qint64 secondsToWait(
        int failedAttempts, const QDateTime &lastFailure, const QDateTime &now);
    /** True when now is before the last failure: the clock was set back. */
    [[nodiscard]] static bool clockSetBack(const QDateTime &lastFailure, const QDateTime &now);
};

} // namespace mapje
