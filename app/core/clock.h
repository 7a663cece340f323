#pragma once

#include <QDateTime>

namespace mapje {

/** The source of "now", injected everywhere so tests control time. */
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
};

/** The real wall clock, in UTC. */
class SystemClock final : public Clock {
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/** A clock that only moves when told to; for tests and the screenshot mode. */
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) { }
    [[nodiscard]] QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(QDateTime moment) { m_now = std::move(moment); }

private:
    QDateTime m_now;
};

} // namespace mapje
