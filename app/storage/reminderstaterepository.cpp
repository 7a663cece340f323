#include "storage/reminderstaterepository.h"

namespace mapje {

ReminderStateRepository::ReminderStateRepository(Vault &vault, QObject *parent)
    : RecordRepository(vault, "ReminderStateRepository", parent)
{
}

QHash<QString, ReminderState> ReminderStateRepository::all() const
{
    QHash<QString, ReminderState> states;
    for (const ReminderState &state : records())
        states.insert(state.key, state);
    return states;
}

} // namespace mapje
