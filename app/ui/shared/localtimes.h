#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace mapje {

/**
 * Moments are stored in UTC and shown on the citizen's wall clock. Pages speak ISO text
 * ("2026-12-01", "10:00") so no JavaScript Date with its own time zone gets in between.
 */
class LocalTimes {
    Q_DECLARE_TR_FUNCTIONS(LocalTimes)

public:
    /** The UTC moment of a local date and time; invalid when either text is not valid. */
    [[nodiscard]] static QDateTime toUtc(
        const QString &isoDate, const QString &isoTime, const QTimeZone &zone);
    [[nodiscard]] static QString isoDate(const QDateTime &utc, const QTimeZone &zone);
    [[nodiscard]] static QString isoTime(const QDateTime &utc, const QTimeZone &zone);
    [[nodiscard]] static QDate localDate(const QDateTime &utc, const QTimeZone &zone);
    /** "dinsdag 1 december 2026 om 10:00" in the current language. */
    [[nodiscard]] static QString dateTimeText(const QDateTime &utc, const QTimeZone &zone);
    /** "dinsdag 1 december 2026" in the current language; "" for an invalid date. */
    [[nodiscard]] static QString dateText(QDate date);
    /**
     * Dates, times and numbers of a language ("nl", "ar", …), always written with the digits
     * 0-9: Arabic keeps its month and day names but not the Arabic-Indic digits.
     */
    [[nodiscard]] static QLocale localeFor(const QString &languageCode);
};

} // namespace mapje
