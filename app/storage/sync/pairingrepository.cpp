#include "storage/sync/pairingrepository.h"

namespace mapje {

PairingRepository::PairingRepository(Vault &vault, QObject *parent)
    : RecordRepository(vault, "PairingRepository", parent)
{
}

} // namespace mapje
