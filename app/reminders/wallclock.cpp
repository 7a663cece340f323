#include "reminders/wallclock.h"

namespace mapje {

QDateTime wallClockToUtc(QDate day, QTime time, const QTimeZone &zone)
{
    const QDateTime local(day, time, zone);
    if (local.isValid())
        return local.toUTC();
    // In a gap: the clock jumps at the transition, so that is the first moment of this day
    // after the chosen time. Look for it from a day before, as the offset is not known yet.
    const QDateTime naive(day, time, Qt::UTC);
    const QTimeZone::OffsetData jump = zone.nextTransition(naive.addDays(-1));
    if (jump.atUtc.isValid() && jump.atUtc <= naive.addDays(1))
        return jump.atUtc.toUTC();
    return naive.addSecs(-zone.standardTimeOffset(naive));
}

QDate wallClockDate(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).date();
}

} // namespace mapje
