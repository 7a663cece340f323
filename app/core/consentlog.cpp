#include "core/consentlog.h"

namespace mapje {

ConsentLog::Result ConsentLog::record(
    const Consent &consent, const QDateTime &when, const QString &endpoint)
{
    if (!consent.isSharedAllowed())
        return Result::NotAllowed;
    const QString name = endpoint.trimmed();
    if (name.isEmpty())
        return Result::NoEndpoint;
    if (!when.isValid())
        return Result::NoTime;
    m_records.append(ShareRecord(consent.itemKind(), consent.itemId(), when, name));
    return Result::Ok;
}

QList<ShareRecord> ConsentLog::recordsFor(Consent::ItemKind itemKind, const QString &itemId) const
{
    QList<ShareRecord> result;
    for (const ShareRecord &record : m_records) {
        if (record.itemKind() == itemKind && record.itemId() == itemId)
            result.append(record);
    }
    return result;
}

} // namespace mapje
