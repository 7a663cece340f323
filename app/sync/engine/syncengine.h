#pragma once

#include "core/clock.h"
#include "core/consent.h"
#include "core/sharerecord.h"
#include "core/sync/outbox.h"
#include "core/sync/pairing.h"
#include "core/sync/proposal.h"
#include "core/sync/shareditem.h"
#include "sync/engine/syncconfig.h"
#include "sync/engine/syncstores.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace mapje {

class ShareClient;

/**
 * The citizen's side of the sync, without a screen: pairing, the outbox of consented changes,
 * withdrawals, requests for another moment, and fetching what the municipality proposes. One
 * request at a time; every change of state is written to the vault before the next request, so a
 * crash or a restart goes on where it was. Nothing is sent, and no network object exists, while
 * there is no pairing or the vault is locked.
 */
class SyncEngine : public QObject {
    Q_OBJECT

public:
    /** How an attempt to pair ended, for the page's words. */
    enum class PairingOutcome { Paired, WrongCode, NoConnection, TooManyTries, NotConfigured };
    Q_ENUM(PairingOutcome)

    /** Where one shared item stands, for calm words on the item and the "Delen" page. */
    enum class ItemState {
        NotShared, ///< never shared, or withdrawn and confirmed
        Waiting, ///< a version waits to go; we try again later
        Shared, ///< the municipality has the version she last said yes to
        Withdrawing, ///< "Haal terug" waits for the municipality's confirmation
        NotTaken, ///< the municipality could not take this version; never retried by itself
    };
    Q_ENUM(ItemState)

    SyncEngine(const Clock &clock, std::optional<SyncConfig> config, QObject *parent = nullptr);
    ~SyncEngine() override;

    /** The vault's stores; empty ones (vault locked) stop everything and forget the outbox. */
    void setStores(const SyncStores &stores);
    /** Milliseconds before a request counts as unanswered (20 s; tests shorten it). */
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /** A number in [0, 1) for the backoff's jitter; tests make it fixed. */
    void setRandom(Outbox::Random random);

    [[nodiscard]] bool isConfigured() const { return m_config.has_value(); }
    [[nodiscard]] QString configuredMunicipality() const;
    [[nodiscard]] std::optional<Pairing> pairing() const;
    [[nodiscard]] bool isPaired() const;
    /** The last pairing ended because the municipality ended it (or no longer knew it). */
    [[nodiscard]] bool wasEndedByMunicipality() const { return m_endedByMunicipality; }

    /** Exchanges the code her klantmanager gave for a pairing; pairingFinished tells how. */
    void pair(const QString &code);
    /** Ends the pairing: nothing more is sent, and the endpoint is told until it confirms (it
     * then deletes everything this device shared). */
    void endPairing();

    /** She said "Ja, deel dit": this version goes (or replaces a waiting one). */
    void share(Consent::ItemKind kind, const QString &itemId, const QString &title,
        const QByteArray &body, bool withOthers);
    /** "Haal terug". */
    void withdraw(const QString &shareId);
    [[nodiscard]] QList<SharedItem> sharedItems() const;
    /** The share of a local item, if she ever shared it. */
    [[nodiscard]] std::optional<SharedItem> sharedItemFor(
        Consent::ItemKind kind, const QString &itemId) const;
    [[nodiscard]] ItemState stateOf(const QString &shareId) const;
    /** When the municipality last confirmed this item (shared or withdrawn). */
    [[nodiscard]] QDateTime confirmedAt(const QString &shareId) const;

    [[nodiscard]] QList<Proposal> proposals() const;
    /** She accepted (localId: the appointment or check-in it became) or put a proposal away. */
    void settleProposal(const QString &proposalId, Proposal::State state, const QString &localId);
    /** "Ik kan niet komen" on an appointment the municipality proposed. */
    void requestOtherMoment(const QString &proposalId, const QString &message);
    [[nodiscard]] QList<RescheduleRequest> requests() const;

    /** Sends what is due now and looks for new proposals; the timer does this by itself. */
    void syncNow();
    /** "Nu versturen en ophalen": like syncNow, and what waits for its backoff goes now too. */
    void sendWaitingNow();
    /** Nothing is on its way: what was due now has been tried (tests wait for this). */
    [[nodiscard]] bool isIdle() const { return !m_busy; }

signals:
    void pairingFinished(mapje::SyncEngine::PairingOutcome outcome);
    /** The pairing, a shared item's state or the proposals changed. */
    void changed();
    /** Something arrived from the municipality that she has not seen yet. */
    void proposalsArrived();
    void idle();

private:
    void reload();
    void schedule();
    void pump();
    void finishedRequest();
    [[nodiscard]] bool sendPairing();
    [[nodiscard]] bool sendEnding();
    [[nodiscard]] bool sendOutbox();
    [[nodiscard]] bool sendRequest();
    [[nodiscard]] bool fetchProposals();
    void fetchPage(const QString &collection);
    /** Keeps a page's new proposals and asks for the next page; false when it made no sense. */
    [[nodiscard]] bool pageArrived(const QString &collection, const QByteArray &body);
    void endOfFetch();
    /** The pairing is over on the endpoint, which removed all this device shared: so here. */
    void forgetPairing(bool byMunicipality);
    void persist(const QString &shareId);
    void savePairing(const Pairing &pairing);
    /** A change of this item on its way counts as tried before she changes or withdraws it. */
    void keepSending(const QString &shareId);
    void log(const SharedItem &item, ShareRecord::Channel channel, const QString &municipality);
    [[nodiscard]] ShareClient *client();

    const Clock &m_clock;
    std::optional<SyncConfig> m_config;
    SyncStores m_stores;
    std::optional<Pairing> m_pairing; // as in the vault
    Outbox m_outbox;
    QHash<QString, SharedItem> m_items; // by shareId; entries and confirmed live in m_outbox
    QNetworkAccessManager *m_network = nullptr; // made on the first request only
    ShareClient *m_client = nullptr;
    QTimer m_timer;
    QString m_pairingKey; // kept while the same code is retried, so it pairs once
    QString m_pairingCode;
    bool m_pairingAsked = false;
    bool m_endedByMunicipality = false;
    int m_arrived = 0; // new proposals in the fetch under way
    int m_generation = 0; // which vault an answer on its way belongs to
    QString m_endingKey;
    int m_endingAttempts = 0;
    QDateTime m_endingNextAt;
    QDateTime m_nextPollAt;
    int m_timeoutMs = 20000;
    bool m_busy = false;
    QString m_sendingEntry; // the outbox entry on its way, if one is
};

} // namespace mapje
