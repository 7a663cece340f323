#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace mapje {

/**
 * The UTC moment of a wall-clock time on a day in a zone. A time that the clock skips (in the
 * spring change, 02:30 in Amsterdam) becomes the first moment after the gap: Qt 6.4 leaves such
 * a QDateTime invalid.
 */
[[nodiscard]] QDateTime wallClockToUtc(QDate day, QTime time, const QTimeZone &zone);

/** The citizen's calendar day of a UTC moment. */
[[nodiscard]] QDate wallClockDate(const QDateTime &utc, const QTimeZone &zone);

} // namespace mapje
