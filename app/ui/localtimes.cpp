#include "ui/localtimes.h"

#include <QLocale>
#include <QTime>

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
