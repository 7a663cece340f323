#include "core/consentregister.h"

namespace mapje {

bool ConsentRegister::isSharedAllowed(Consent::ItemKind itemKind, const QString &itemId) const
{
    for (const Consent &consent : m_consents) {
        if (consent.isFor(itemKind, itemId))
            return consent.isSharedAllowed();
    }
    return false;
}

void ConsentRegister::set(Consent::ItemKind itemKind, const QString &itemId, bool sharedAllowed)
{
    for (Consent &consent : m_consents) {
        if (consent.isFor(itemKind, itemId)) {
            consent.setSharedAllowed(sharedAllowed);
            return;
        }
    }
    m_consents.append(Consent(itemKind, itemId, sharedAllowed));
}

void ConsentRegister::remove(Consent::ItemKind itemKind, const QString &itemId)
{
    m_consents.removeIf([&](const Consent &consent) { return consent.isFor(itemKind, itemId); });
}

} // namespace mapje
