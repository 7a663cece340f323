#include "ui/shared/taborder.h"

namespace mapje {

void TabOrder::setItem(QQuickItem *item)
{
    if (m_item == item)
        return;
    m_item = item;
    emit itemChanged();
    place();
}

void TabOrder::setAfter(QQuickItem *after)
{
    if (m_after == after)
        return;
    m_after = after;
    emit afterChanged();
    place();
}

void TabOrder::place()
{
    // Only siblings have an order between them.
    if (m_item && m_after && m_item != m_after && m_item->parentItem()
        && m_item->parentItem() == m_after->parentItem())
        m_item->stackAfter(m_after);
}

} // namespace mapje
