#include "storage/conversation/conversationrepository.h"

namespace mapje {

ConversationRepository::ConversationRepository(Vault &vault, QObject *parent)
    : RecordRepository(vault, "ConversationRepository", parent)
{
}

} // namespace mapje
