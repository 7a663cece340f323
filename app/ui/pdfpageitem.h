#pragma once

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

class QPdfDocument;

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

public:
    explicit PdfPageItem(QQuickItem *parent = nullptr);

    [[nodiscard]] QObject *document() const;
    void setDocument(QObject *document);
    [[nodiscard]] int page() const { return m_page; }
    void setPage(int page);

    void paint(QPainter *painter) override;

signals:
    void documentChanged();
    void pageChanged();

private:
    void updateShape();

    QPointer<QPdfDocument> m_document;
    int m_page = 0;
};
