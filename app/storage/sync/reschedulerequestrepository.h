#pragma once

#include "storage/recordrepository.h"
#include "storage/sync/reschedulerequestrows.h"

#include <QList>
#include <QString>

namespace mapje {

class Vault;

/**
 * Her requests for another moment, kept until the endpoint has them.
 * load(), save(), remove() and the unsaved-changes API: see RecordRepository.
 */
class RescheduleRequestRepository : public RecordRepository<RescheduleRequestRows> {
    Q_OBJECT

public:
    explicit RescheduleRequestRepository(Vault &vault, QObject *parent = nullptr);

    /** Every request, unsaved ones included, by createdAt, then id. */
    [[nodiscard]] QList<RescheduleRequest> all() const { return records(); }

signals:
    /** Saved or removed (in memory at least), so the sender can look again. */
    void rescheduleRequestChanged(const QString &id);

private:
    void recordChanged(const QString &id) override { emit rescheduleRequestChanged(id); }
};

} // namespace mapje
