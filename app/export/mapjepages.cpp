#include "export/mapjepages.h"

#include "export/mapjedocument.h"
#include "export/mapjestyle.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace mapje {

namespace {

/** Room for the footer at the bottom of the printable area, in millimetres. */
constexpr qreal FooterMillimetres = 10;
/** Paragraphs up to this many lines are never split over two pages. */
constexpr int ShortBlockLines = 4;

qreal toPixels(qreal millimetres, int dpi)
{
    return millimetres / 25.4 * dpi;
}

/** The page a line is on. The layout moves a line that would cross a page edge to the next
 * page, so its middle is safely inside one page (its top may sit a hair above the edge). */
int pageOf(const QTextLayout &layout, const QTextLine &line, qreal pageHeight)
{
    return int((layout.position().y() + line.y() + line.height() / 2) / pageHeight);
}

/**
 * Draws the lines that belong to one page, each exactly once. Clipping the whole document to
 * the page would leave lines at the edges in the PDF as hidden text, read twice by a screen
 * reader or a search. The mapje has only blocks of text and pictures (no tables, frames or
 * block backgrounds), so drawing its lines is drawing all of it.
 */
void drawPage(QPainter &painter, const QTextDocument &document, int page, qreal pageHeight)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        const QPointF origin = layout->position() - QPointF(0, page * pageHeight);
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (pageOf(*layout, line, pageHeight) == page)
                line.draw(&painter, origin);
        }
    }
}

/** The page of a block's first or last line; -1 when it has no lines. */
int pageOf(const QTextBlock &block, qreal pageHeight, bool lastLine)
{
    const QTextLayout *layout = block.isValid() ? block.layout() : nullptr;
    if (!layout || layout->lineCount() == 0)
        return -1;
    return pageOf(*layout, layout->lineAt(lastLine ? layout->lineCount() - 1 : 0), pageHeight);
}

bool keepsWithNext(const QTextBlock &block)
{
    return block.blockFormat().boolProperty(MapjeStyle::KeepWithNext);
}

/**
 * Where a page edge cuts a block off from itself (a short paragraph) or from the text it heads
 * (a heading or label): the block the next page should start with, which takes along the
 * headings and labels just above it. Invalid when nothing needs to move or nothing can.
 */
QTextBlock breakBefore(const QTextBlock &block, qreal pageHeight)
{
    const int page = pageOf(block, pageHeight, false);
    if (page < 0)
        return {};
    const bool headsNextPage
        = keepsWithNext(block) && pageOf(block.next(), pageHeight, false) > page;
    const int lines = block.layout()->lineCount();
    const bool split
        = lines > 1 && lines <= ShortBlockLines && pageOf(block, pageHeight, true) > page;
    if (!headsNextPage && !split)
        return {};
    QTextBlock start = block;
    for (QTextBlock previous = block.previous(); previous.isValid() && keepsWithNext(previous)
         && pageOf(previous, pageHeight, true) == page;
         previous = previous.previous())
        start = previous;
    // The first block on a page has nowhere better to go.
    const int pageBefore = pageOf(start.previous(), pageHeight, true);
    return pageBefore >= 0 && pageBefore == pageOf(start, pageHeight, false) ? start : QTextBlock();
}

/** Moves headings, labels and short paragraphs that a page edge would cut to the next page. */
void keepTogether(QTextDocument &document, qreal pageHeight)
{
    // Each move shifts what follows, so look again from the start. A moved block starts a page,
    // and the first block on a page never moves, so each block moves at most once.
    for (int round = 0; round < 500; ++round) {
        (void)document.pageCount(); // finishes the layout, which may run lazily
        QTextBlock move;
        for (QTextBlock block = document.begin(); block.isValid() && !move.isValid();
             block = block.next())
            move = breakBefore(block, pageHeight);
        if (!move.isValid())
            return;
        QTextBlockFormat format = move.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(move).setBlockFormat(format);
    }
}

} // namespace

QPageLayout MapjePages::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 12),
        QPageLayout::Millimeter);
}

int MapjePages::paint(const MapjeContent &content, QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const int dpi = device.logicalDpiY();
    const qreal width = device.width();
    const qreal footerHeight = toPixels(FooterMillimetres, dpi);
    const qreal pageHeight = device.height() - footerHeight;
    if (width <= 0 || pageHeight <= 0) {
        painter.end();
        return 0;
    }

    const std::unique_ptr<QTextDocument> document = MapjeDocument::build(content, &device);
    document->setPageSize(QSizeF(width, pageHeight));
    keepTogether(*document, pageHeight);
    const int pageCount = document->pageCount();

    QTextOption footerOption(Qt::AlignHCenter | Qt::AlignBottom);
    footerOption.setTextDirection(content.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return 0;
        }
        painter.setPen(Qt::black);
        drawPage(painter, *document, page, pageHeight);

        painter.setFont(MapjeStyle::footerFont());
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, pageHeight, width, footerHeight),
            MapjeDocument::footer(content, page + 1, pageCount), footerOption);
    }
    return painter.end() ? pageCount : 0;
}

} // namespace mapje
