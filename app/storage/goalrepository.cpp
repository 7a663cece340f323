#include "storage/goalrepository.h"

namespace mapje {

GoalRepository::GoalRepository(Vault &vault, QObject *parent)
    : RecordRepository(vault, "GoalRepository", parent)
{
}

} // namespace mapje
