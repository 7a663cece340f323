#pragma once

#include <QDate>
#include <QString>

namespace mapje {

/** What a list of boards needs to show one entry (its date) without loading its fiches. */
struct BoardSummary {
    QString id;
    QDate date;

    friend bool operator==(const BoardSummary &, const BoardSummary &) = default;
};

} // namespace mapje
