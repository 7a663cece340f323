#pragma once

#include "export/mapjecontent.h"

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
    /** Saves pdf at path in one go, so a full disk never leaves half a file; false with the
     * reason in problem (when given) when it could not. */
    [[nodiscard]] static bool writeFile(
        const QByteArray &pdf, const QString &path, QString *problem = nullptr);
};

} // namespace mapje
