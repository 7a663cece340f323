#pragma once

#include "export/mapjecontent.h"
#include "storage/filewriteresult.h"

#include <QByteArray>
#include <QString>

namespace mapje {

/**
 * The mapje as an A4 PDF the citizen can save, mail or show: real text with embedded fonts (so
 * it can be searched, copied and read aloud), made in memory, and saved atomically.
 */
class MapjePdf {
public:
    /** Dots per inch of the PDF's layout: fine enough for print and for the face pictures. */
    static constexpr int Resolution = 300;

    /** The whole PDF; pageCount (when given) gets the number of pages. Empty when it failed. */
    [[nodiscard]] static QByteArray build(const MapjeContent &content, int *pageCount = nullptr);
    /** Saves pdf at path all at once or not at all, so a full disk never leaves half a file and
     * an earlier file stays as it was. A new file is private (0600); a file the citizen already
     * has keeps its mode. */
    [[nodiscard]] static FileWriteResult writeFile(const QByteArray &pdf, const QString &path);
};

} // namespace mapje
