#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mapje::endpoint {

/** Times on the staff page: typed and shown in Dutch time (Europe/Amsterdam), in words. */
namespace DutchTime {

/** The day of a moment in Dutch time. */
[[nodiscard]] QDate day(const QDateTime &utc);
/** "14 december 2026" */
[[nodiscard]] QString date(const QDate &date);
/** "maandag 14 december 2026 om 09:30" */
[[nodiscard]] QString dateTime(const QDateTime &utc);
/** "09:30", on the day of `utc` in Dutch time */
[[nodiscard]] QString time(const QDateTime &utc);
/** The values of a date and a time field ("2026-12-14", "09:30"); empty for an invalid time. */
[[nodiscard]] QString dateField(const QDateTime &utc);
[[nodiscard]] QString timeField(const QDateTime &utc);
/** A date field and a time field as typed, in Dutch time, as UTC; invalid when either is not a
 * date or a time. */
[[nodiscard]] QDateTime fromFields(const QString &date, const QString &time);

} // namespace DutchTime

} // namespace mapje::endpoint
