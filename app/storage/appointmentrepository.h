#pragma once

#include "storage/appointmentrows.h"
#include "storage/recordrepository.h"

#include <QList>
#include <QString>

namespace mapje {

class Vault;

/**
 * The citizen's appointments with their questions and things to bring, saved whole at once.
 * load(), save(), remove() and the unsaved-changes API: see RecordRepository.
 */
class AppointmentRepository : public RecordRepository<AppointmentRows> {
    Q_OBJECT

public:
    explicit AppointmentRepository(Vault &vault, QObject *parent = nullptr);

    /** Every appointment, unsaved ones included, earliest first (startsAt(), then id). */
    [[nodiscard]] QList<Appointment> all() const { return records(); }

signals:
    /** Saved or removed (in memory at least), so views can reload it. */
    void appointmentChanged(const QString &id);

private:
    void recordChanged(const QString &id) override { emit appointmentChanged(id); }
};

} // namespace mapje
