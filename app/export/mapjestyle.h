#pragma once

#include <QFont>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextFormat>

namespace mapje {

/**
 * The few formats of the mapje in one place, so the layout stays calm and the same everywhere:
 * one font, black text, bold headings, room between parts. Top and bottom margins are in 1/96
 * inch (the text layout scales them to the page). Every block carries the text direction.
 */
class MapjeStyle {
public:
    /** A block property: keep this block on the same page as the next one (headings, labels). */
    static constexpr int KeepWithNext = QTextFormat::UserProperty + 1;
    /** The size of the body text; the preview scales a page so this reads at the app's size. */
    static constexpr qreal BodyPoints = 11.5;

    explicit MapjeStyle(bool rightToLeft);

    /** DejaVu Sans: it has Dutch and Arabic letters, ☐ and ☑, and Qt embeds it in the PDF. */
    [[nodiscard]] static QFont bodyFont();
    [[nodiscard]] static QFont footerFont();

    [[nodiscard]] QTextBlockFormat titleBlock() const;
    [[nodiscard]] QTextBlockFormat introBlock() const;
    [[nodiscard]] QTextBlockFormat sectionBlock() const;
    [[nodiscard]] QTextBlockFormat itemBlock() const;
    [[nodiscard]] QTextBlockFormat labelBlock(int indent = 0) const;
    [[nodiscard]] QTextBlockFormat bodyBlock(int indent = 0) const;
    /** The line with a face: the picture makes it tall enough, so no extra line height. */
    [[nodiscard]] QTextBlockFormat pictureBlock(int indent) const;
    /** A list item whose glyph (☐, ☑, •) hangs out, so wrapped lines start under the words;
     * hang is in the device's pixels (Qt scales top and bottom margins, but not these). */
    [[nodiscard]] QTextBlockFormat hangingBlock(int indent, qreal hang) const;

    [[nodiscard]] QTextCharFormat titleText() const;
    [[nodiscard]] QTextCharFormat sectionText() const;
    [[nodiscard]] QTextCharFormat itemText() const;
    [[nodiscard]] QTextCharFormat boldText() const;
    [[nodiscard]] QTextCharFormat bodyText() const;
    /** The citizen's own note: italic where the font has italic letters (not for Arabic). */
    [[nodiscard]] QTextCharFormat quoteText() const;

    [[nodiscard]] Qt::LayoutDirection direction() const;

private:
    [[nodiscard]] QTextBlockFormat block(qreal top, qreal bottom, int indent) const;
    [[nodiscard]] static QTextCharFormat text(qreal points, bool bold);

    bool m_rightToLeft = false;
};

} // namespace mapje
