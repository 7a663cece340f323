#pragma once

#include <QString>

namespace mapje {

/** A file name in a folder that no file has yet, so a second save never replaces the first (two
 * people's mapjes made on one day both stay): "stem.ext", then "stem-2.ext", "stem-3.ext", … */
class UnusedFileName {
public:
    /** The full path of the first free name; a link (even a broken one) counts as taken. */
    [[nodiscard]] static QString in(
        const QString &folder, const QString &stem, const QString &suffix);
};

} // namespace mapje
