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

std::unique_ptr<QPrinter> MapjePrint::defaultPrinter(const QString &preferred)
{
    const QPrinterInfo info = preferred.isEmpty() ? QPrinterInfo::defaultPrinter()
                                                  : QPrinterInfo::printerInfo(preferred);
    if (info.isNull())
        return nullptr;
    return std::make_unique<QPrinter>(info, QPrinter::HighResolution);
}

} // namespace mapje
