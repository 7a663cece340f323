#include "core/sharerecord.h"

namespace mapje {

ShareRecord::ShareRecord(
    Consent::ItemKind itemKind, QString itemId, QDateTime when, QString endpoint)
    : m_itemKind(itemKind),
      m_itemId(std::move(itemId)),
      m_when(std::move(when)),
      m_endpoint(std::move(endpoint))
{
}

} // namespace mapje
