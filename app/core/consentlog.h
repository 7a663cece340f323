#pragma once

#include "core/sharerecord.h"

#include <QList>

namespace mapje {

/** What was shared, when and where, so the citizen can always see what left the device. */
class ConsentLog {
public:
    enum class Result {
        Ok,
        NotAllowed, ///< the citizen did not say yes to sharing this item
        NoEndpoint, ///< a record needs the name of the place it went to
        NoTime, ///< a record needs a valid moment
    };

    ConsentLog() = default;

    /** Records a share of the consent's item; refused when the consent is not a yes. */
    [[nodiscard]] Result record(
        const Consent &consent, const QDateTime &when, const QString &endpoint);
    /** All records, oldest first (in the order they were recorded). */
    [[nodiscard]] QList<ShareRecord> records() const { return m_records; }
    [[nodiscard]] QList<ShareRecord> recordsFor(
        Consent::ItemKind itemKind, const QString &itemId) const;
    /** Restores a record read back from storage, as it was. */
    void restore(const ShareRecord &record) { m_records.append(record); }

    friend bool operator==(const ConsentLog &, const ConsentLog &) = default;

private:
    QList<ShareRecord> m_records;
};

} // namespace mapje
