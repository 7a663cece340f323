#pragma once

#include <QBasicTimer>
#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace mapje {

/** The letter size at which the widest word of a text fits on one line. A word is never broken
 * in two: when it is longer than the line (a long Dutch word at 200 % on a phone) its text gets
 * smaller letters instead, never below half the asked size (or smallestShare). Draws nothing.
 *
 * In C++ rather than QML: every text of every page has one, and as an Item with a Timer and a
 * TextMetrics it cost three objects and their bindings per text while a page is built. */
class WholeWordSize : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // The size the theme asks for, and the text and room it is for.
    Q_PROPERTY(int preferredPixelSize READ preferredPixelSize WRITE setPreferredPixelSize NOTIFY
            preferredPixelSizeChanged REQUIRED)
    Q_PROPERTY(QString words READ words WRITE setWords NOTIFY wordsChanged)
    Q_PROPERTY(qreal lineWidth READ lineWidth WRITE setLineWidth NOTIFY lineWidthChanged)
    // The smallest letters it may give, as a share of the asked size: half, unless a text needs
    // a word kept whole more than it needs the size (a file's name in a message).
    Q_PROPERTY(
        qreal smallestShare READ smallestShare WRITE setSmallestShare NOTIFY smallestShareChanged)
    // Worked out once the layout has moved, not bound: a text whose width follows its own letters
    // would otherwise loop; fit() stays put once the word fits well.
    Q_PROPERTY(int pixelSize READ pixelSize WRITE setPixelSize NOTIFY pixelSizeChanged)

public:
    explicit WholeWordSize(QObject *parent = nullptr);

    [[nodiscard]] int preferredPixelSize() const { return m_preferredPixelSize; }
    void setPreferredPixelSize(int size);
    [[nodiscard]] QString words() const { return m_words; }
    void setWords(const QString &words);
    [[nodiscard]] qreal lineWidth() const { return m_lineWidth; }
    void setLineWidth(qreal width);
    [[nodiscard]] qreal smallestShare() const { return m_smallestShare; }
    void setSmallestShare(qreal share);
    /** The asked size until the first fit, as a binding to it would be. */
    [[nodiscard]] int pixelSize() const
    {
        return m_pixelSizeFollows ? m_preferredPixelSize : m_pixelSize;
    }
    void setPixelSize(int size);

    Q_INVOKABLE void fit();

    /** The words of a text, split at white space. */
    [[nodiscard]] static QStringList wordsOf(const QString &text);

    void classBegin() override { }
    void componentComplete() override;

signals:
    void preferredPixelSizeChanged();
    void wordsChanged();
    void lineWidthChanged();
    void smallestShareChanged();
    void pixelSizeChanged();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    // A later fit when the words or the asked size changed.
    void measure();
    // The widest word's width in bold at the asked size, measured when first needed.
    qreal longestAdvance();

    QString m_words;
    QString m_fontFamily;
    qreal m_lineWidth = 0;
    qreal m_smallestShare = 0.5;
    QString m_measuredWords;
    std::optional<qreal> m_wholeAdvance;
    std::optional<qreal> m_longestAdvance;
    int m_preferredPixelSize = 0;
    int m_measuredPixelSize = 0;
    int m_pixelSize = 0;
    bool m_pixelSizeFollows = true;
    bool m_complete = false;
    // Next turn of the event loop: after the layouts have placed what just changed.
    QBasicTimer m_later;
};

} // namespace mapje
