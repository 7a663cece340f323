#include "storage/storedtime.h"

namespace mapje {

QString StoredTime::text(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString StoredTime::text(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QDateTime StoredTime::dateTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QDate StoredTime::date(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

bool StoredTime::earlierFirst(
    const QDateTime &a, const QString &idA, const QDateTime &b, const QString &idB)
{
    if (a.isValid() != b.isValid())
        return a.isValid();
    if (a.isValid() && a != b)
        return a < b;
    return idA < idB;
}

} // namespace mapje
