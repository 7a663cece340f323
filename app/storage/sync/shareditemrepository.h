#pragma once

#include "storage/recordrepository.h"
#include "storage/sync/shareditemrows.h"

#include <QList>
#include <QString>

namespace mapje {

class Vault;

/**
 * The items the citizen shares with the municipality, each saved whole with the changes still
 * waiting to be sent, so a crash never splits an item from its outbox.
 * load(shareId), save(), remove(shareId) and the unsaved-changes API: see RecordRepository.
 */
class SharedItemRepository : public RecordRepository<SharedItemRows> {
    Q_OBJECT

public:
    explicit SharedItemRepository(Vault &vault, QObject *parent = nullptr);

    /** Every shared item, unsaved ones included, by consentedAt, then shareId. */
    [[nodiscard]] QList<SharedItem> all() const { return records(); }

signals:
    /** Saved or removed (in memory at least), so the outbox and views can look again. */
    void sharedItemChanged(const QString &shareId);

private:
    void recordChanged(const QString &shareId) override { emit sharedItemChanged(shareId); }
};

} // namespace mapje
