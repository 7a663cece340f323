#include "storage/sync/shareditemrepository.h"

namespace mapje {

SharedItemRepository::SharedItemRepository(Vault &vault, QObject *parent)
    : RecordRepository(vault, "SharedItemRepository", parent)
{
}

} // namespace mapje
