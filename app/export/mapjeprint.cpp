#include "export/mapjeprint.h"

#include "export/mapjedocument.h"
#include "export/mapjepages.h"

#include <QPrinter>
#include <QPrinterInfo>

namespace mapje {

bool MapjePrint::print(const MapjeContent &content, QPrinter &printer)
{
    if (!printer.isValid())
        return false;
    printer.setFullPage(false);
    if (!printer.setPageLayout(MapjePages::pageLayout())) {
        // A printer that cannot take our margins still prints A4 within its own.
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageOrientation(QPageLayout::Portrait);
    }
    printer.setDocName(MapjeDocument::title(content));
    printer.setCreator(QStringLiteral("Mapje"));
    return MapjePages::paint(content, printer) > 0;
}

QString MapjePrint::defaultPrinterName()
{
    return QPrinterInfo::defaultPrinter().printerName();
}

} // namespace mapje
