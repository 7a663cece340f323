#include "storage/sync/consentlogrepository.h"

#include <QUuid>

namespace mapje {

ConsentLogRepository::ConsentLogRepository(Vault &vault, QObject *parent)
    : RecordRepository(vault, "ConsentLogRepository", parent)
{
}

bool ConsentLogRepository::append(const ShareRecord &record)
{
    return save({QUuid::createUuid().toString(QUuid::WithoutBraces), record});
}

} // namespace mapje
