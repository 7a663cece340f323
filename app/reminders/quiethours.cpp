#include "reminders/quiethours.h"

#include "reminders/wallclock.h"

namespace mapje {

bool QuietHours::contains(QTime localTime) const
{
    if (isEmpty())
        return false;
    if (m_start < m_end)
        return localTime >= m_start && localTime < m_end;
    return localTime >= m_start || localTime < m_end; // over midnight
}

QDateTime QuietHours::firstAllowed(const QDateTime &utc, const QTimeZone &zone) const
{
    const QDateTime local = utc.toTimeZone(zone);
    if (!contains(local.time()))
        return utc.toUTC();
    // Over midnight and still before midnight: the quiet hours end tomorrow.
    const bool endsTomorrow = m_start > m_end && local.time() >= m_start;
    const QDate endDay = endsTomorrow ? local.date().addDays(1) : local.date();
    return wallClockToUtc(endDay, m_end, zone);
}

} // namespace mapje
