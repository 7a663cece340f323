#include "storage/appointmentrepository.h"

namespace mapje {

AppointmentRepository::AppointmentRepository(Vault &vault, QObject *parent)
    : RecordRepository(vault, "AppointmentRepository", parent)
{
}

} // namespace mapje
