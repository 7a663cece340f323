#pragma once

#include "core/consent.h"

#include <QList>

namespace mapje {

/** All the citizen's consents together; an item without a consent is not shared. */
class ConsentRegister {
public:
    ConsentRegister() = default;

    [[nodiscard]] QList<Consent> consents() const { return m_consents; }
    /** False for any item the citizen did not say yes to, including items never asked about. */
    [[nodiscard]] bool isSharedAllowed(Consent::ItemKind itemKind, const QString &itemId) const;
    /** Records the citizen's yes or no for this item, replacing an earlier answer. */
    void set(Consent::ItemKind itemKind, const QString &itemId, bool sharedAllowed);
    /** Forgets the answer for an item (e.g. when the item is deleted): it is then not shared. */
    void remove(Consent::ItemKind itemKind, const QString &itemId);

    friend bool operator==(const ConsentRegister &, const ConsentRegister &) = default;

private:
    QList<Consent> m_consents;
};

} // namespace mapje
