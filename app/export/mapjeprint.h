#pragma once

#include "export/mapjecontent.h"

#include <QPrinter>
#include <memory>

namespace mapje {

/**
 * The mapje on paper: the same pages as the PDF, on an A4 printer the caller chose (in the
 * lobby kiosk or at home). Knows nothing of dialogs; the ui asks and passes the printer.
 */
class MapjePrint {
public:
    /** Prints on printer (set to A4 portrait here); false when nothing could be printed. */
    [[nodiscard]] static bool print(const MapjeContent &content, QPrinter &printer);
    /** The printer named preferred (a kiosk's), or the system's default printer when preferred is
     * empty, in high resolution; nullptr when there is none (then the ui offers the PDF). */
    [[nodiscard]] static std::unique_ptr<QPrinter> defaultPrinter(const QString &preferred = {});
};

} // namespace mapje
