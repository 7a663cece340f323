#pragma once

#include <QDateTime>

namespace mapje {

/**
 * When a kiosk visitor has gone quiet: after idleSeconds without a touch or a key the screen asks
 * "Ben je er nog?", and countdownSeconds later the session ends. Only times go in, so a test
 * drives it with a ManualClock; the page polls phase() and secondsLeft().
 */
class IdleWatch {
public:
    enum class Phase {
        Active, ///< someone is using the kiosk
        Asking, ///< "Ben je er nog?" with a countdown
        Over, ///< nobody answered: wipe and welcome the next visitor
    };

    IdleWatch(int idleSeconds, int countdownSeconds, QDateTime start);

    /** A touch, a click or a key at now: the quiet time starts again (also while Asking). */
    void activity(const QDateTime &now);
    /** The phase at now. A clock set back (before the last activity) counts as activity at now,
     * so the quiet time never grows longer than idleSeconds plus countdownSeconds of real time. */
    Phase update(const QDateTime &now);
    /** Whole seconds left in the countdown, rounded up (countdownSeconds while Active, 0 when
     * Over). */
    [[nodiscard]] int secondsLeft(const QDateTime &now) const;
    [[nodiscard]] int idleSeconds() const { return m_idleSeconds; }
    [[nodiscard]] int countdownSeconds() const { return m_countdownSeconds; }

private:
    /** Milliseconds of quiet at now (0 for a moment before the last activity). */
    [[nodiscard]] qint64 quietMs(const QDateTime &now) const;

    int m_idleSeconds;
    int m_countdownSeconds;
    QDateTime m_lastActivity;
};

} // namespace mapje
