#include "export/mapjepdf.h"

#include "export/mapjedocument.h"
#include "export/mapjepages.h"
#include "export/mapjexmp.h"
#include "storage/safefilewriter.h"

#include <QBuffer>
#include <QPdfWriter>
#include <cerrno>

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

FileWriteResult MapjePdf::writeFile(const QByteArray &pdf, const QString &path)
{
    if (pdf.isEmpty())
        return FileWriteResult::failed(EINVAL, "build"); // nothing to write: never an empty file
    return SafeFileWriter::write(path, pdf, SafeFileWriter::Permissions::KeepExisting);
}

} // namespace mapje
