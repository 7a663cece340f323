#include "ui/shared/wholewordsize.h"

#include <QFont>
#include <QFontMetricsF>
#include <QTimerEvent>
#include <QVariant>
#include <algorithm>
#include <cmath>

namespace mapje {

namespace {

// What JavaScript's \s matches: the words were split with /\s+/ when this was QML.
bool isSpace(QChar c)
{
    return (c.isSpace() && c != QChar(0x85)) || c == QChar(0xFEFF);
}

// The family of the text it sizes (its parent: a Label, a Button, a Text), read once.
QString familyOf(const QObject *text)
{
    return text ? text->property("font").value<QFont>().family() : QString();
}

} // namespace

WholeWordSize::WholeWordSize(QObject *parent) : QObject(parent)
{
}

void WholeWordSize::setPreferredPixelSize(int size)
{
    if (m_preferredPixelSize == size)
        return;
    m_preferredPixelSize = size;
    emit preferredPixelSizeChanged();
    if (m_pixelSizeFollows)
        emit pixelSizeChanged();
    measure();
}

void WholeWordSize::setWords(const QString &words)
{
    if (m_words == words)
        return;
    m_words = words;
    emit wordsChanged();
    measure();
}

void WholeWordSize::setLineWidth(qreal width)
{
    if (m_lineWidth == width)
        return;
    m_lineWidth = width;
    emit lineWidthChanged();
    if (m_complete)
        m_later.start(0, this);
}

void WholeWordSize::setSmallestShare(qreal share)
{
    if (qFuzzyCompare(m_smallestShare, share))
        return;
    m_smallestShare = share;
    emit smallestShareChanged();
    if (m_complete)
        m_later.start(0, this);
}

void WholeWordSize::setPixelSize(int size)
{
    const int before = pixelSize();
    m_pixelSizeFollows = false;
    m_pixelSize = size;
    if (before != size)
        emit pixelSizeChanged();
}

QStringList WholeWordSize::wordsOf(const QString &text)
{
    QStringList words;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isSpace(text.at(i)))
            continue;
        if (i > start)
            words.append(text.mid(start, i - start));
        start = i + 1;
    }
    return words;
}

void WholeWordSize::measure()
{
    if (!m_complete)
        return;
    if (m_words == m_measuredWords && m_preferredPixelSize == m_measuredPixelSize)
        return;
    m_measuredWords = m_words;
    m_measuredPixelSize = m_preferredPixelSize;
    m_wholeAdvance.reset();
    m_longestAdvance.reset();
    m_later.start(0, this);
}

qreal WholeWordSize::longestAdvance()
{
    QFont font;
    font.setFamily(m_fontFamily);
    // Bold is the wider of the two, so a bold text fits as well.
    font.setBold(true);
    font.setPixelSize(m_preferredPixelSize);
    const QFontMetricsF metrics(font);
    // A text that fits on one line as a whole needs no word measured.
    if (!m_wholeAdvance)
        m_wholeAdvance = metrics.horizontalAdvance(m_words);
    if (*m_wholeAdvance <= m_lineWidth)
        return *m_wholeAdvance;
    // The widest word in letters, not the one with the most characters: "والصحة" is wider
    // than "الجسم" with a right-to-left mark in front.
    if (!m_longestAdvance) {
        qreal widest = 0;
        for (const QString &word : wordsOf(m_words))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        m_longestAdvance = widest;
    }
    return *m_longestAdvance;
}

void WholeWordSize::fit()
{
    // Measured only once there is a line: a page's first frame needs no bold letters of its own.
    if (m_lineWidth <= 0) {
        setPixelSize(m_preferredPixelSize);
        return;
    }
    const qreal word = longestAdvance();
    if (word <= m_lineWidth) {
        setPixelSize(m_preferredPixelSize);
        return;
    }
    const qreal now = word * pixelSize() / m_preferredPixelSize;
    const int smallest = int(std::round(m_preferredPixelSize * m_smallestShare));
    // Fits already and uses most of the line: stay, so a text never shrinks step by step. Not
    // below the smallest size of the size asked now (the text size was just made larger).
    if (now <= m_lineWidth && now > 0.9 * m_lineWidth && pixelSize() >= smallest)
        return;
    setPixelSize(
        std::max(smallest, int(std::floor(0.97 * m_preferredPixelSize * m_lineWidth / word))));
}

void WholeWordSize::componentComplete()
{
    m_complete = true;
    m_fontFamily = familyOf(parent());
    // The asked size until the layout has placed the text, then the size that fits.
    measure();
}

void WholeWordSize::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_later.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_later.stop();
    fit();
}

} // namespace mapje
