#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mapje {

/**
 * How the record tables write times and days: ISO 8601 in UTC with milliseconds
 * ("yyyy-MM-ddTHH:mm:ss.zzzZ") and ISO dates, '' for none, so the text reads back exactly and
 * sorts like time.
 */
class StoredTime {
public:
    [[nodiscard]] static QString text(const QDateTime &at);
    [[nodiscard]] static QString text(QDate day);
    /** Invalid for '' or text this version cannot read. */
    [[nodiscard]] static QDateTime dateTime(const QString &text);
    /** Invalid for '' or text this version cannot read. */
    [[nodiscard]] static QDate date(const QString &text);
    /** Earlier first; a record without a time after the others; the id keeps the order stable. */
    [[nodiscard]] static bool earlierFirst(
        const QDateTime &a, const QString &idA, const QDateTime &b, const QString &idB);
};

} // namespace mapje
