#pragma once

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace mapje {

/**
 * The hours in which no reminder shows (by default 22:00 to 8:00, local time). A window may run
 * over midnight; start == end means no quiet hours at all.
 */
class QuietHours {
public:
    QuietHours() = default;
    QuietHours(QTime start, QTime end) : m_start(start), m_end(end) { }

    [[nodiscard]] QTime start() const { return m_start; }
    [[nodiscard]] QTime end() const { return m_end; }
    [[nodiscard]] bool isEmpty() const { return m_start == m_end; }

    /** Whether this wall-clock time lies in the quiet hours (start inclusive, end exclusive). */
    [[nodiscard]] bool contains(QTime localTime) const;
    /**
     * The moment itself when it is outside the quiet hours, else the end of these quiet hours on
     * the right local day in this zone (a summer-time change in between is followed). UTC in,
     * UTC out.
     */
    [[nodiscard]] QDateTime firstAllowed(const QDateTime &utc, const QTimeZone &zone) const;

    friend bool operator==(const QuietHours &, const QuietHours &) = default;

private:
    QTime m_start {22, 0};
    QTime m_end {8, 0};
};

} // namespace mapje
