#include "ui/shared/localtimes.h"

#include <QStringList>
#include <QTime>

namespace mapje {

QDateTime LocalTimes::toUtc(const QString &isoDate, const QString &isoTime, const QTimeZone &zone)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    const QTime time = QTime::fromString(isoTime, QStringLiteral("HH:mm"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, zone).toUTC();
}

QString LocalTimes::isoDate(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).date().toString(Qt::ISODate) : QString();
}

QString LocalTimes::isoTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).time().toString(QStringLiteral("HH:mm"))
                         : QString();
}

QDate LocalTimes::localDate(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).date() : QDate();
}

QString LocalTimes::dateTimeText(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone);
    //: A date and a time, e.g. "dinsdag 1 december 2026 om 10:00".
    return tr("%1 om %2")
        .arg(dateText(local.date()), QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

QString LocalTimes::dateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

QLocale LocalTimes::localeFor(const QString &languageCode)
{
    const QLocale locale(languageCode);
    if (locale.zeroDigit() == QLatin1Char('0'))
        return locale;
    // Letters from the municipality, phone numbers and the board's own numbers use 0-9, so dates
    // do too. Qt has no switch for the digits alone: take the same language in a region that
    // writes 0-9 and has the same month names (for Arabic: those of Egypt, Qt's default).
    const auto names = [](const QLocale &l) {
        QStringList list;
        for (int month = 1; month <= 12; ++month)
            list.append(l.monthName(month));
        for (int day = 1; day <= 7; ++day)
            list.append(l.dayName(day));
        list.append(l.dateFormat(QLocale::LongFormat));
        return list;
    };
    const QStringList words = names(locale);
    const auto regions
        = QLocale::matchingLocales(locale.language(), locale.script(), QLocale::AnyTerritory);
    for (const QLocale &region : regions) {
        if (region.zeroDigit() == QLatin1Char('0') && names(region) == words)
            return region;
    }
    return locale;
}

} // namespace mapje
