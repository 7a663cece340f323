#pragma once

#include "export/mapjecontent.h"

#include <QPageLayout>

class QPagedPaintDevice;

namespace mapje {

/**
 * Puts the mapje on paper, page by page, for the PDF and the printer alike: one layout, so what
 * the citizen saves is what they print. Headings never end a page alone, and each page gets a
 * small footer with the date and the page number.
 */
class MapjePages {
public:
    /** A4 portrait with calm margins; the footer sits inside the bottom margin area. */
    [[nodiscard]] static QPageLayout pageLayout();
    /** Paints every page on device (already set up); the number of pages, 0 when it could not. */
    [[nodiscard]] static int paint(const MapjeContent &content, QPagedPaintDevice &device);
};

} // namespace mapje
