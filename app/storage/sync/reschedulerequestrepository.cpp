#include "storage/sync/reschedulerequestrepository.h"

namespace mapje {

RescheduleRequestRepository::RescheduleRequestRepository(Vault &vault, QObject *parent)
    : RecordRepository(vault, "RescheduleRequestRepository", parent)
{
}

} // namespace mapje
