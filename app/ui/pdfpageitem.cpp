#include "ui/pdfpageitem.h"

#include <QPainter>
#include <QPdfDocument>
#include <QQuickWindow>

#include "export/mapjestyle.h"

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
    auto *pdf = qobject_cast<QPdfDocument *>(document);
    if (pdf == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = pdf;
    if (m_document)
        connect(m_document, &QPdfDocument::statusChanged, this, &PdfPageItem::updateShape);
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
    const bool ready = m_document && m_document->status() == QPdfDocument::Status::Ready
        && m_page < m_document->pageCount();
    const QSizeF points = ready ? m_document->pagePointSize(m_page) : QSizeF();
    setImplicitHeight(points.width() > 0 ? width() * points.height() / points.width() : 0);
    // Points and pixels meet in one ratio: body text of BodyPoints on a page of points.width().
    const qreal readable = points.width() * m_textPixels / mapje::MapjeStyle::BodyPoints;
    if (!qFuzzyCompare(readable, m_readableWidth)) {
        m_readableWidth = readable;
        emit readableWidthChanged();
    }
    update();
}

void PdfPageItem::paint(QPainter *painter)
{
    if (!m_document || m_document->status() != QPdfDocument::Status::Ready
        || m_page >= m_document->pageCount() || width() <= 0 || height() <= 0)
        return;
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QSize pixels = (size() * ratio).toSize();
    QImage image = m_document->render(m_page, pixels);
    image.setDevicePixelRatio(ratio);
    painter->drawImage(QPointF(0, 0), image);
}
