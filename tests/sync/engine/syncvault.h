#pragma once

#include "storage/sync/consentlogrepository.h"
#include "storage/sync/pairingrepository.h"
#include "storage/sync/proposalrepository.h"
#include "storage/sync/reschedulerequestrepository.h"
#include "storage/sync/shareditemrepository.h"
#include "sync/engine/syncstores.h"
#include "testvault.h"

#include <memory>

namespace mapje::testing {

/** A test vault with the sync's stores on it; reopen() is an app restart on the same files. */
class SyncVault {
public:
    /** vfs: SQLite's own, or the test VFS that meets a full disk (QuotaVfs::Name). */
    explicit SyncVault(QByteArray vfs = {}) : m_vault(std::move(vfs)) { makeStores(); }

    [[nodiscard]] SyncStores stores() const
    {
        return {m_pairing.get(), m_items.get(), m_proposals.get(), m_requests.get(), m_log.get()};
    }
    [[nodiscard]] ManualClock &clock() { return m_vault.clock(); }
    [[nodiscard]] ConsentLogRepository &log() { return *m_log; }

    void reopen()
    {
        m_log.reset();
        m_requests.reset();
        m_proposals.reset();
        m_items.reset();
        m_pairing.reset();
        m_vault.reopen();
        makeStores();
    }

private:
    void makeStores()
    {
        Vault &vault = m_vault.vault();
        m_pairing = std::make_unique<PairingRepository>(vault);
        m_items = std::make_unique<SharedItemRepository>(vault);
        m_proposals = std::make_unique<ProposalRepository>(vault);
        m_requests = std::make_unique<RescheduleRequestRepository>(vault);
        m_log = std::make_unique<ConsentLogRepository>(vault);
    }

    TestVault m_vault;
    std::unique_ptr<PairingRepository> m_pairing;
    std::unique_ptr<SharedItemRepository> m_items;
    std::unique_ptr<ProposalRepository> m_proposals;
    std::unique_ptr<RescheduleRequestRepository> m_requests;
    std::unique_ptr<ConsentLogRepository> m_log;
};

} // namespace mapje::testing
