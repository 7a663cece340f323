#include "export/mapjestyle.h"

#include <QColor>

namespace mapje {

namespace {

constexpr qreal LineHeightPercent = 140;

} // namespace

MapjeStyle::MapjeStyle(bool rightToLeft) : m_rightToLeft(rightToLeft)
{
}

QFont MapjeStyle::bodyFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(BodyPoints);
    font.setStyleHint(QFont::SansSerif);
    // Print metrics, not screen hinting: the same line breaks at every resolution.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont MapjeStyle::footerFont()
{
    QFont font = bodyFont();
    font.setPointSizeF(9);
    return font;
}

Qt::LayoutDirection MapjeStyle::direction() const
{
    return m_rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
}

QTextBlockFormat MapjeStyle::block(qreal top, qreal bottom, int indent) const
{
    QTextBlockFormat format;
    format.setLayoutDirection(direction());
    // Leading: left for Dutch, right for Arabic (the layout mirrors it).
    format.setAlignment(Qt::AlignLeading);
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    format.setIndent(indent); // logical: on the right side in a right-to-left text
    format.setLineHeight(LineHeightPercent, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextBlockFormat MapjeStyle::titleBlock() const
{
    QTextBlockFormat format = block(0, 6, 0);
    format.setLineHeight(100, QTextBlockFormat::SingleHeight);
    return format;
}

QTextBlockFormat MapjeStyle::introBlock() const
{
    return block(0, 8, 0);
}

QTextBlockFormat MapjeStyle::sectionBlock() const
{
    QTextBlockFormat format = block(30, 6, 0);
    format.setProperty(KeepWithNext, true);
    return format;
}

QTextBlockFormat MapjeStyle::itemBlock() const
{
    QTextBlockFormat format = block(18, 2, 0);
    format.setProperty(KeepWithNext, true);
    return format;
}

QTextBlockFormat MapjeStyle::labelBlock(int indent) const
{
    QTextBlockFormat format = block(8, 0, indent);
    format.setProperty(KeepWithNext, true);
    return format;
}

QTextBlockFormat MapjeStyle::bodyBlock(int indent) const
{
    return block(0, 3, indent);
}

QTextBlockFormat MapjeStyle::pictureBlock(int indent) const
{
    QTextBlockFormat format = block(2, 2, indent);
    format.setLineHeight(100, QTextBlockFormat::SingleHeight);
    return format;
}

QTextBlockFormat MapjeStyle::hangingBlock(int indent, qreal hang) const
{
    QTextBlockFormat format = bodyBlock(indent);
    // Margins are left and right on paper; the text indent is on the side where lines start.
    if (m_rightToLeft)
        format.setRightMargin(hang);
    else
        format.setLeftMargin(hang);
    format.setTextIndent(-hang);
    return format;
}

QTextCharFormat MapjeStyle::text(qreal points, bool bold)
{
    QTextCharFormat format;
    QFont font = bodyFont();
    font.setPointSizeF(points);
    font.setBold(bold);
    format.setFont(font);
    format.setForeground(QColor(Qt::black)); // black only: no colour means good or bad
    return format;
}

QTextCharFormat MapjeStyle::titleText() const
{
    return text(22, true);
}

QTextCharFormat MapjeStyle::sectionText() const
{
    return text(16, true);
}

QTextCharFormat MapjeStyle::itemText() const
{
    return text(13, true);
}

QTextCharFormat MapjeStyle::boldText() const
{
    return text(BodyPoints, true);
}

QTextCharFormat MapjeStyle::bodyText() const
{
    return text(BodyPoints, false);
}

QTextCharFormat MapjeStyle::quoteText() const
{
    QTextCharFormat format = bodyText();
    // DejaVu Sans Oblique has no Arabic letters; a slanted fallback reads badly.
    format.setFontItalic(!m_rightToLeft);
    return format;
}

} // namespace mapje
