#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace mapje {

/** One thing the citizen can put in their mapje or leave out, in words. */
struct SummaryItem {
    QString
        key; ///< "domain:<id>", "view:<perspectiveId>:<domainId>", "goal:<id>", "appointment:<id>"
    QString kind; ///< "domain", "view", "goal", "appointment"
    QString title;
    QString detail;
    bool included = false;
    bool nested = false; ///< another person's view, shown under its domain
    bool startsSection = false; ///< the first of its kind, so the page can put a heading above it
    QStringList lines; ///< everything it says, line by line, for "Laat zien"
    QUrl iconSource;
    QUrl faceSource;

    friend bool operator==(const SummaryItem &, const SummaryItem &) = default;
};

} // namespace mapje
