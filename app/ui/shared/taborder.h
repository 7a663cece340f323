#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace mapje {

/** Puts one item right after a sibling in the order Tab follows (and in the drawing order).
 * QML cannot: QQuickItem::stackAfter is not callable from QML in Qt 6.4. A page's footer is its
 * first child, so without this Tab reached a page's actions before its header, and on a kiosk
 * the bar below the page came between the page's content and its actions. Draws nothing. */
class TabOrder : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickItem *item READ item WRITE setItem NOTIFY itemChanged)
    Q_PROPERTY(QQuickItem *after READ after WRITE setAfter NOTIFY afterChanged)

public:
    explicit TabOrder(QObject *parent = nullptr) : QObject(parent) { }

    [[nodiscard]] QQuickItem *item() const { return m_item; }
    void setItem(QQuickItem *item);
    [[nodiscard]] QQuickItem *after() const { return m_after; }
    void setAfter(QQuickItem *after);

signals:
    void itemChanged();
    void afterChanged();

private:
    void place();

    QPointer<QQuickItem> m_item;
    QPointer<QQuickItem> m_after;
};

} // namespace mapje
