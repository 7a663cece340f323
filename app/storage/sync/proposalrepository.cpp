#include "storage/sync/proposalrepository.h"

namespace mapje {

ProposalRepository::ProposalRepository(Vault &vault, QObject *parent)
    : RecordRepository(vault, "ProposalRepository", parent)
{
}

} // namespace mapje
