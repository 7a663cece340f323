#include "export/mapjepdf.h"

#include "export/mapjedocument.h"
#include "export/mapjepages.h"
#include "export/mapjexmp.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSaveFile>

namespace mapje {

QByteArray MapjePdf::build(const MapjeContent &content, int *pageCount)
{
    if (pageCount)
        *pageCount = 0;
    QByteArray pdf;
    QBuffer buffer(&pdf);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setPageLayout(MapjePages::pageLayout());
        writer.setTitle(MapjeDocument::title(content));
        writer.setCreator(QStringLiteral("Mapje"));
        writer.setDocumentXmpMetadata(MapjeXmp::packet({MapjeDocument::title(content),
            MapjeDocument::maker(content), content.languageCode, content.madeOn}));
        pages = MapjePages::paint(content, writer); // ends the painter: the PDF is complete
    }
    buffer.close();
    if (pages == 0)
        return {};
    if (pageCount)
        *pageCount = pages;
    return pdf;
}

bool MapjePdf::writeFile(const QByteArray &pdf, const QString &path, QString *problem)
{
    const auto fail = [problem](const QString &reason) {
        if (problem)
            *problem = reason;
        return false;
    };
    if (pdf.isEmpty())
        return fail(QStringLiteral("There is no PDF to write."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(pdf) != pdf.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    if (problem)
        problem->clear();
    return true;
}

} // namespace mapje
