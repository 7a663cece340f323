#pragma once

#include "storage/goalrows.h"
#include "storage/recordrepository.h"

#include <QList>
#include <QString>

namespace mapje {

class Vault;

/**
 * The citizen's goals with their small steps; every save writes the whole goal at once.
 * load(), save(), remove() and the unsaved-changes API: see RecordRepository.
 */
class GoalRepository : public RecordRepository<GoalRows> {
    Q_OBJECT

public:
    explicit GoalRepository(Vault &vault, QObject *parent = nullptr);

    /** Every goal, unsaved ones included, in the citizen's writing order (createdAt, then id). */
    [[nodiscard]] QList<Goal> all() const { return records(); }

signals:
    /** Saved or removed (in memory at least), so views can reload it. */
    void goalChanged(const QString &id);

private:
    void recordChanged(const QString &id) override { emit goalChanged(id); }
};

} // namespace mapje
