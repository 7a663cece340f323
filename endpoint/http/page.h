#pragma once

#include "http/answer.h"

#include <QJsonArray>
#include <QString>

namespace httplib {
struct Request;
}

namespace mapje::endpoint {

/** A page of a list: `sinds` is the cursor of the page before (a position), `limiet` 1 to 100. */
struct Page {
    qsizetype from = 0;
    qsizetype size = 50;
    bool ok = true;

    [[nodiscard]] static Page of(const httplib::Request &request);
    /** The 400 for a cursor or limit that is no number or out of bounds. */
    [[nodiscard]] static Answer refused();
    /** {versie, <name>: the items of this page, cursor, meer} from all items. */
    [[nodiscard]] Answer answer(const QString &name, const QJsonArray &all) const;
};

} // namespace mapje::endpoint
