#pragma once

#include <QString>

namespace mapje {

/** Makes a rename or a new file in a folder survive power loss (fsync on the folder itself). */
class DirectorySync {
public:
    /** Best effort: returns false when the folder could not be synced. */
    static bool sync(const QString &directory);
};

} // namespace mapje
