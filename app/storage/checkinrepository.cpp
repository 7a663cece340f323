#include "storage/checkinrepository.h"

namespace mapje {

CheckInRepository::CheckInRepository(Vault &vault, QObject *parent)
    : RecordRepository(vault, "CheckInRepository", parent)
{
}

} // namespace mapje
