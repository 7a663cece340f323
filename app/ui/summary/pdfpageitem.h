#pragma once

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace mapje {

/**
 * One page of a PDF drawn by Qt PDF, as wide as the item and as high as the page's shape asks:
 * the preview shows the real pages that will leave the device, not a look-alike.
 */
class PdfPageItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_NAMED_ELEMENT(MapjePdfPage)
    /** A QPdfDocument (Summary.previewDocument). */
    Q_PROPERTY(QObject *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    /** The app's body text size in pixels: the page's body text is drawn at least this large. */
    Q_PROPERTY(qreal textPixels READ textPixels WRITE setTextPixels NOTIFY textPixelsChanged)
    /** How wide the page must be drawn for its body text to reach textPixels. */
    Q_PROPERTY(qreal readableWidth READ readableWidth NOTIFY readableWidthChanged)

public:
    explicit PdfPageItem(QQuickItem *parent = nullptr);

    [[nodiscard]] QObject *document() const;
    void setDocument(QObject *document);
    [[nodiscard]] int page() const { return m_page; }
    void setPage(int page);
    [[nodiscard]] qreal textPixels() const { return m_textPixels; }
    void setTextPixels(qreal pixels);
    [[nodiscard]] qreal readableWidth() const { return m_readableWidth; }

    void paint(QPainter *painter) override;

signals:
    void documentChanged();
    void pageChanged();
    void textPixelsChanged();
    void readableWidthChanged();

private:
    void updateShape();

    QPointer<QObject> m_document;
    int m_page = 0;
    qreal m_textPixels = 0;
    qreal m_readableWidth = 0;
};

} // namespace mapje
