#include "ui/summary/pdfpageitem.h"

#include <QPainter>
#include <QQuickWindow>

#include "export/mapjeoutput.h"
#include "export/mapjestyle.h"

namespace mapje {

PdfPageItem::PdfPageItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    connect(this, &QQuickItem::widthChanged, this, &PdfPageItem::updateShape);
}

QObject *PdfPageItem::document() const
{
    return m_document;
}

void PdfPageItem::setDocument(QObject *document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (MapjeOutput *output = m_document ? MapjeOutput::instance() : nullptr)
        output->whenStatusChanges(m_document, this, [this] { updateShape(); });
    emit documentChanged();
    updateShape();
}

void PdfPageItem::setPage(int page)
{
    if (page == m_page)
        return;
    m_page = page;
    emit pageChanged();
    updateShape();
}

void PdfPageItem::setTextPixels(qreal pixels)
{
    if (qFuzzyCompare(pixels, m_textPixels))
        return;
    m_textPixels = pixels;
    emit textPixelsChanged();
    updateShape();
}

void PdfPageItem::updateShape()
{
    MapjeOutput *output = m_document ? MapjeOutput::instance() : nullptr;
    const QSizeF points = output ? output->pagePointSize(m_document, m_page) : QSizeF();
    setImplicitHeight(points.width() > 0 ? width() * points.height() / points.width() : 0);
    // Points and pixels meet in one ratio: body text of BodyPoints on a page of points.width().
    const qreal readable = points.width() * m_textPixels / MapjeStyle::BodyPoints;
    if (!qFuzzyCompare(readable, m_readableWidth)) {
        m_readableWidth = readable;
        emit readableWidthChanged();
    }
    update();
}

void PdfPageItem::paint(QPainter *painter)
{
    MapjeOutput *output = m_document ? MapjeOutput::instance() : nullptr;
    if (!output || width() <= 0 || height() <= 0)
        return;
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QSize pixels = (size() * ratio).toSize();
    QImage image = output->renderPage(m_document, m_page, pixels);
    if (image.isNull())
        return;
    image.setDevicePixelRatio(ratio);
    painter->drawImage(QPointF(0, 0), image);
}

} // namespace mapje
