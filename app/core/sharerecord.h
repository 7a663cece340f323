#pragma once

#include "core/consent.h"

#include <QDateTime>
#include <QString>

namespace mapje {

/** One line of the consent log: which item was shared, when, and with which endpoint. */
class ShareRecord {
public:
    explicit ShareRecord(
        Consent::ItemKind itemKind, QString itemId, QDateTime when, QString endpoint);

    [[nodiscard]] Consent::ItemKind itemKind() const { return m_itemKind; }
    [[nodiscard]] QString itemId() const { return m_itemId; }
    [[nodiscard]] QDateTime when() const { return m_when; }
    /** The name of the place it was sent to, e.g. "Gemeente Eindhoven". */
    [[nodiscard]] QString endpoint() const { return m_endpoint; }

    friend bool operator==(const ShareRecord &, const ShareRecord &) = default;

private:
    Consent::ItemKind m_itemKind;
    QString m_itemId;
    QDateTime m_when;
    QString m_endpoint;
};

} // namespace mapje
