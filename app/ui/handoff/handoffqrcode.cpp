#include "ui/handoff/handoffqrcode.h"

#include "handoff/qr/qrcodeimage.h"

#include <QPainter>

namespace mapje {

HandoffQrCode::HandoffQrCode(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    connect(this, &QQuickItem::widthChanged, this, &HandoffQrCode::redraw);
    connect(this, &QQuickItem::heightChanged, this, &HandoffQrCode::redraw);
}

void HandoffQrCode::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    redraw();
    emit textChanged();
}

void HandoffQrCode::redraw()
{
    const int pixels = int(std::min(width(), height()));
    m_image = QImage();
    m_refused = false;
    if (!m_text.isEmpty() && pixels > 0) {
        const QrCodeImage code = QrCodeImage::draw(m_text, pixels);
        m_image = code.image();
        m_refused = code.refusal() != QrCodeImage::Refusal::None;
        if (m_refused)
            qInfo("HandoffQrCode: %s", qPrintable(code.reason()));
    }
    update();
}

void HandoffQrCode::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    // Whole pixels, as drawn: scaling would blur the edges a camera looks for.
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(
        QPointF((width() - m_image.width()) / 2, (height() - m_image.height()) / 2), m_image);
}

} // namespace mapje
