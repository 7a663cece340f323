#pragma once

#include "storage/recordrepository.h"
#include "storage/sync/pairingrows.h"

#include <optional>

namespace mapje {

class Vault;

/**
 * This device's pairing with a municipality, token and all, kept in the vault only.
 * save() and the unsaved-changes API: see RecordRepository.
 */
class PairingRepository : public RecordRepository<PairingRows> {
    Q_OBJECT

public:
    explicit PairingRepository(Vault &vault, QObject *parent = nullptr);

    /** The pairing, an unsaved one included; nothing when this device is not paired. */
    [[nodiscard]] std::optional<Pairing> current() const { return load(PairingRows::Id); }
    /** Forgets the pairing and its token; false means pending like save(). */
    bool remove() { return RecordRepository::remove(PairingRows::Id); }

signals:
    /** Saved or removed (in memory at least). */
    void pairingChanged();

private:
    void recordChanged(const QString &) override { emit pairingChanged(); }
};

} // namespace mapje
