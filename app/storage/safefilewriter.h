#pragma once

#include "storage/filewriteresult.h"

#include <QByteArrayView>
#include <QString>

namespace mapje {

/** The one way Mapje writes a whole file outside SQLite: all of it or nothing.
 *
 * A temporary file beside the target is written unbuffered, every write(2) result is checked, it
 * is fsynced and closed (both checked), then renamed over the target and the folder is fsynced.
 * On any failure before the rename the temporary file is removed and the old file is exactly as it
 * was. QSaveFile is not used: in Qt 6.4 it buffers, and on a full disk commit() can rename a short
 * file into place. */
class SafeFileWriter {
public:
    enum class Permissions {
        Private, ///< 0600: the vault's files and new exports
        KeepExisting, ///< a file that is replaced keeps its mode (the citizen may have chosen it)
    };

    [[nodiscard]] static FileWriteResult write(
        const QString &path, QByteArrayView bytes, Permissions permissions = Permissions::Private);
};

} // namespace mapje
