#pragma once

#include "storage/recordrepository.h"
#include "storage/sync/consentlogrows.h"

#include <QList>
#include <QString>

namespace mapje {

class Vault;

/**
 * "Wat heb ik gedeeld?": every time something left the device, kept in the vault. Lines are
 * only appended; the unsaved-changes API: see RecordRepository.
 */
class ConsentLogRepository : public RecordRepository<ConsentLogRows> {
    Q_OBJECT

public:
    explicit ConsentLogRepository(Vault &vault, QObject *parent = nullptr);

    /** Every line, unsaved ones included, oldest first. */
    [[nodiscard]] QList<ConsentLogEntry> all() const { return records(); }
    /** Adds a line under a new id; false means pending and retried, not lost. */
    bool append(const ShareRecord &record);

signals:
    /** A line was added (in memory at least). */
    void consentLogChanged(const QString &id);

private:
    void recordChanged(const QString &id) override { emit consentLogChanged(id); }
};

} // namespace mapje
