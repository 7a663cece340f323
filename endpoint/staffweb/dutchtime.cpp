#include "staffweb/dutchtime.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace mapje::endpoint::DutchTime {

namespace {

const QTimeZone &zone()
{
    static const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    return amsterdam;
}

const QLocale &dutch()
{
    static const QLocale locale(QLocale::Dutch, QLocale::Netherlands);
    return locale;
}

QDateTime local(const QDateTime &utc)
{
    return zone().isValid() ? utc.toTimeZone(zone()) : utc.toUTC();
}

} // namespace

QDate day(const QDateTime &utc)
{
    return local(utc).date();
}

QString date(const QDate &date)
{
    return dutch().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString dateTime(const QDateTime &utc)
{
    const QDateTime here = local(utc);
    return dutch().toString(here.date(), QStringLiteral("dddd d MMMM yyyy"))
        + QStringLiteral(" om ") + here.time().toString(QStringLiteral("HH:mm"));
}

QString time(const QDateTime &utc)
{
    return local(utc).time().toString(QStringLiteral("HH:mm"));
}

QString dateField(const QDateTime &utc)
{
    return utc.isValid() ? local(utc).date().toString(Qt::ISODate) : QString();
}

QString timeField(const QDateTime &utc)
{
    return utc.isValid() ? local(utc).time().toString(QStringLiteral("HH:mm")) : QString();
}

QDateTime fromFields(const QString &dateText, const QString &timeText)
{
    // As a date field sends it (2026-12-14), or as typed where a browser has no date field.
    static const QRegularExpression dateForm(
        QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}-[0-9]{1,2}-[0-9]{4})$"));
    static const QRegularExpression timeForm(QStringLiteral("^[0-9]{1,2}[:.][0-9]{2}$"));
    if (!dateForm.match(dateText).hasMatch() || !timeForm.match(timeText).hasMatch())
        return {};
    const QDate onDay = dateText.indexOf(QLatin1Char('-')) == 4
        ? QDate::fromString(dateText, Qt::ISODate)
        : QDate::fromString(dateText, QStringLiteral("d-M-yyyy"));
    QString normalTime = timeText;
    normalTime.replace(QLatin1Char('.'), QLatin1Char(':'));
    if (normalTime.size() == 4)
        normalTime.prepend(QLatin1Char('0'));
    const QTime clock = QTime::fromString(normalTime, QStringLiteral("HH:mm"));
    if (!onDay.isValid() || !clock.isValid())
        return {};
    const QDateTime here
        = zone().isValid() ? QDateTime(onDay, clock, zone()) : QDateTime(onDay, clock, Qt::UTC);
    return here.toUTC();
}

} // namespace mapje::endpoint::DutchTime
