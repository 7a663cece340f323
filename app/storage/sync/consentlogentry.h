#pragma once

#include "core/sharerecord.h"

#include <QString>

namespace mapje {

/** One line of the consent log as the vault keeps it: a ShareRecord has no id of its own. */
struct ConsentLogEntry {
    QString id;
    ShareRecord record;
    friend bool operator==(const ConsentLogEntry &, const ConsentLogEntry &) = default;
};

} // namespace mapje
