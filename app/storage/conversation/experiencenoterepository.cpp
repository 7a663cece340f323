#include "storage/conversation/experiencenoterepository.h"

namespace mapje {

ExperienceNoteRepository::ExperienceNoteRepository(Vault &vault, QObject *parent)
    : RecordRepository(vault, "ExperienceNoteRepository", parent)
{
}

} // namespace mapje
