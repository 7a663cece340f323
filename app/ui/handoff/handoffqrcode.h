#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace mapje {

/**
 * The kiosk's QR code on screen (HandoffQrCode { text: HandoffSend.link }): drawn by
 * QrCodeImage at the item's own size in whole pixels per module, never smoothed, so a phone's
 * camera sees sharp edges. libqrencode is loaded when the first code is drawn.
 */
class HandoffQrCode : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    /** No code could be drawn for this text (the page then shows the typed code only). */
    Q_PROPERTY(bool refused READ refused NOTIFY textChanged)

public:
    explicit HandoffQrCode(QQuickItem *parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] bool refused() const { return m_refused; }

    void paint(QPainter *painter) override;

signals:
    void textChanged();

private:
    void redraw();

    QString m_text;
    QImage m_image;
    bool m_refused = false;
};

} // namespace mapje
