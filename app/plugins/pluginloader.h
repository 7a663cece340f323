#pragma once

#include <QString>

class QObject;

namespace mapje {

// Loads one of Mapje's own plugins by its file's base name ("mapjeoutput"): next to the program
// when installed, else from buildFolder, where CMake put it, so tests in their own folders load
// the same plugin the app uses. Null, with the reasons in the log, when neither loads; the
// caller casts to its interface.
[[nodiscard]] QObject *loadMapjePlugin(
    const QString &baseName, const QString &buildFolder, const char *whatForTheLog);

} // namespace mapje
