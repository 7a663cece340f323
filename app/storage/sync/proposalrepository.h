#pragma once

#include "storage/recordrepository.h"
#include "storage/sync/proposalrows.h"

#include <QList>
#include <QString>

namespace mapje {

class Vault;

/**
 * The appointments and moments the municipality proposed, with what she did with each.
 * load(), save(), remove() and the unsaved-changes API: see RecordRepository.
 */
class ProposalRepository : public RecordRepository<ProposalRows> {
    Q_OBJECT

public:
    explicit ProposalRepository(Vault &vault, QObject *parent = nullptr);

    /** Every proposal, unsaved ones included, by begin, then id. */
    [[nodiscard]] QList<Proposal> all() const { return records(); }

signals:
    /** Saved or removed (in memory at least), so views can reload it. */
    void proposalChanged(const QString &id);

private:
    void recordChanged(const QString &id) override { emit proposalChanged(id); }
};

} // namespace mapje
