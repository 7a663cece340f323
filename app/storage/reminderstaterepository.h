#pragma once

#include "storage/recordrepository.h"
#include "storage/reminderstaterows.h"

#include <QHash>
#include <QString>

namespace mapje {

class Vault;

/**
 * What the citizen did with each reminder (snoozed, off, shown, put away), by reminder key, so a
 * restart never shows a reminder again that was dealt with.
 * load(key), save(), remove(key) and the unsaved-changes API: see RecordRepository.
 */
class ReminderStateRepository : public RecordRepository<ReminderStateRows> {
    Q_OBJECT

public:
    explicit ReminderStateRepository(Vault &vault, QObject *parent = nullptr);

    /** Every state by its key, unsaved ones included; one query. */
    [[nodiscard]] QHash<QString, ReminderState> all() const;

signals:
    /** Saved or removed (in memory at least), so the planner can look again. */
    void reminderStateChanged(const QString &key);

private:
    void recordChanged(const QString &key) override { emit reminderStateChanged(key); }
};

} // namespace mapje
