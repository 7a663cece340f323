#pragma once

namespace mapje {

class PairingRepository;
class SharedItemRepository;
class ProposalRepository;
class RescheduleRequestRepository;
class ConsentLogRepository;

/** The vault's sync stores; all nullptr while the vault is locked. */
struct SyncStores {
    PairingRepository *pairing = nullptr;
    SharedItemRepository *sharedItems = nullptr;
    ProposalRepository *proposals = nullptr;
    RescheduleRequestRepository *requests = nullptr;
    ConsentLogRepository *consentLog = nullptr;

    [[nodiscard]] bool open() const
    {
        return pairing && sharedItems && proposals && requests && consentLog;
    }
};

} // namespace mapje
