#pragma once

#include <QString>

namespace mapje {

/** A well-known folder of the device where the citizen can keep a file from Mapje. The kind lets
 * the app name the folder in the citizen's own language, whatever the folder is called on disk. */
struct ExportPlace {
    enum class Kind {
        Documents,
        Desktop,
        Downloads,
    };

    Kind kind = Kind::Documents;
    QString folder; ///< where files go (a "Mapje" folder inside the well-known one)
};

} // namespace mapje
