#pragma once

#include "storage/checkinrows.h"
#include "storage/recordrepository.h"

#include <QList>
#include <QString>

namespace mapje {

class Vault;

/**
 * The agreed moments (afgesproken momenten); every save writes the whole check-in at once.
 * load(), save(), remove() and the unsaved-changes API: see RecordRepository.
 */
class CheckInRepository : public RecordRepository<CheckInRows> {
    Q_OBJECT

public:
    explicit CheckInRepository(Vault &vault, QObject *parent = nullptr);

    /** Every check-in, unsaved ones included, earliest first (when(), then id). */
    [[nodiscard]] QList<CheckIn> all() const { return records(); }

signals:
    /** Saved or removed (in memory at least), so views can reload it. */
    void checkInChanged(const QString &id);

private:
    void recordChanged(const QString &id) override { emit checkInChanged(id); }
};

} // namespace mapje
