#include "core/consent.h"

#include <QtGlobal>

namespace mapje {

Consent::Consent(ItemKind itemKind, QString itemId, bool sharedAllowed)
    : m_itemKind(itemKind), m_itemId(std::move(itemId)), m_sharedAllowed(sharedAllowed)
{
}

QString Consent::itemKindKey(ItemKind itemKind)
{
    switch (itemKind) {
    case ItemKind::Board:
        return QStringLiteral("board");
    case ItemKind::Goal:
        return QStringLiteral("goal");
    case ItemKind::CheckIn:
        return QStringLiteral("checkIn");
    case ItemKind::Appointment:
        return QStringLiteral("appointment");
    case ItemKind::Mapje:
        return QStringLiteral("mapje");
    }
    Q_UNREACHABLE();
}

std::optional<Consent::ItemKind> Consent::itemKindFromKey(QStringView key)
{
    for (ItemKind kind : {ItemKind::Board, ItemKind::Goal, ItemKind::CheckIn, ItemKind::Appointment,
             ItemKind::Mapje}) {
        if (itemKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace mapje
