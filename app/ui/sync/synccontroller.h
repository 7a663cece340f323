#pragma once

#include "core/consent.h"
#include "sync/engine/syncengine.h"
#include "ui/sync/sharecomposer.h"
#include "ui/sync/syncrowsmodel.h"

#include <QObject>
#include <QTimeZone>
#include <QVariantMap>
#include <functional>
#include <optional>

namespace mapje {

class AppointmentRepository;
class Board;
class CheckInRepository;
class Clock;
class ConsentLogRepository;
class GoalRepository;
class IdGenerator;
class NoteStore;

/**
 * Sharing with the municipality, for the pages: pairing with the code her klantmanager gave, a
 * preview in words before "Ja, deel dit", the state of each shared item in calm words, "Haal
 * terug", "Wat heb ik gedeeld?", and what the municipality proposes. Nothing is shared without
 * her yes here; without a pairing nothing happens at all.
 */
class SyncController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool configured READ configured CONSTANT)
    Q_PROPERTY(QString municipality READ municipality NOTIFY changed)
    Q_PROPERTY(bool paired READ paired NOTIFY changed)
    Q_PROPERTY(bool ending READ ending NOTIFY changed)
    Q_PROPERTY(QString pairedText READ pairedText NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString pairingMessage READ pairingMessage NOTIFY pairingMessageChanged)
    Q_PROPERTY(bool pairingFailed READ pairingFailed NOTIFY pairingMessageChanged)
    Q_PROPERTY(QString overview READ overview NOTIFY changed)
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(int newProposals READ newProposals NOTIFY changed)
    Q_PROPERTY(mapje::SyncRowsModel *shared READ shared CONSTANT)
    Q_PROPERTY(mapje::SyncRowsModel *history READ history CONSTANT)
    Q_PROPERTY(mapje::SyncRowsModel *proposals READ proposals CONSTANT)

public:
    using BoardSource = std::function<std::optional<Board>()>;
    struct Stores {
        GoalRepository *goals = nullptr;
        AppointmentRepository *appointments = nullptr;
        CheckInRepository *checkIns = nullptr;
        ConsentLogRepository *consentLog = nullptr;
        NoteStore *notes = nullptr; // her words typed for "Ik kan niet komen", before sending
    };

    SyncController(
        const Clock &clock, IdGenerator &ids, QTimeZone zone, SyncEngine &engine, QObject *parent);

    /** The board she sees now (the current one). */
    void setBoardSource(BoardSource source) { m_boardSource = std::move(source); }
    /** Connected when the vault opens, empty before it closes. */
    void setStores(const Stores &stores);

    [[nodiscard]] bool configured() const { return m_engine.isConfigured(); }
    [[nodiscard]] QString municipality() const;
    [[nodiscard]] bool paired() const { return m_engine.isPaired(); }
    [[nodiscard]] bool ending() const;
    [[nodiscard]] QString pairedText() const;
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString pairingMessage() const { return m_pairingMessage; }
    [[nodiscard]] bool pairingFailed() const { return m_pairingFailed; }
    [[nodiscard]] QString overview() const;
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] int newProposals() const;
    [[nodiscard]] SyncRowsModel *shared() const { return m_shared; }
    [[nodiscard]] SyncRowsModel *history() const { return m_history; }
    [[nodiscard]] SyncRowsModel *proposals() const { return m_proposals; }

    /** "Koppel": the code her klantmanager gave. */
    Q_INVOKABLE void pair(const QString &code);
    /** "Koppeling beëindigen": one calm step; the endpoint is told until it confirms. */
    Q_INVOKABLE void endPairing();

    /** Exactly what would be sent, in words; kind "board" (itemId: "" for the current board),
     * "goal", "appointment" (its preparation) or "checkIn". Empty when there is no such item. */
    Q_INVOKABLE QStringList preview(
        const QString &kind, const QString &itemId, bool withOthers) const;
    /** Whether the board has others' fiches she could add to the share. */
    Q_INVOKABLE bool hasOthers(const QString &kind, const QString &itemId) const;
    /** "Ja, deel dit": the item as it is now goes into the outbox. */
    Q_INVOKABLE void share(const QString &kind, const QString &itemId, bool withOthers);
    /** For the item's own page: shared (bool), stateText, shareId, changedSinceShare (bool:
     * the item changed after her last yes), withOthers. */
    Q_INVOKABLE QVariantMap itemStatus(const QString &kind, const QString &itemId) const;
    /** "Haal terug". */
    Q_INVOKABLE void withdraw(const QString &shareId);

    /** "Zet in mijn afspraken" / "Zet bij mijn momenten": it joins her pages and reminders. */
    Q_INVOKABLE void acceptProposal(const QString &proposalId);
    Q_INVOKABLE void dismissProposal(const QString &proposalId);
    /** "Ik kan niet komen" with an optional message in her own words. */
    Q_INVOKABLE void cannotCome(const QString &proposalId, const QString &message);
    /** The proposal an appointment or a moment came from ("" when she made it herself). */
    Q_INVOKABLE QString proposalOfAppointment(const QString &localId) const;
    /** What she asked about a proposal, in words ("" when nothing). */
    Q_INVOKABLE QString requestText(const QString &proposalId) const;
    /** The words she is typing for "Ik kan niet komen", kept in the vault until she sends them,
     * as the notepad keeps hers. */
    Q_INVOKABLE void keepRequestDraft(const QString &proposalId, const QString &words);
    Q_INVOKABLE QString requestDraft(const QString &proposalId) const;
    /** The message she sent with her last request for another moment ("" when none). */
    Q_INVOKABLE QString requestMessage(const QString &proposalId) const;
    /** When the proposed appointment is, in words, so the page says which one it is about. */
    Q_INVOKABLE QString proposalWhenText(const QString &proposalId) const;
    /** "Vernieuwen": send what waits and look for proposals now. */
    Q_INVOKABLE void syncNow() { m_engine.sendWaitingNow(); }

    /** The board or a goal may have changed: the "changed since shared" words follow. */
    void itemsChanged();
    /** The language changed, or the mapje left as a PDF or a printout: every list is made
     * again. */
    void reload();

signals:
    void changed();
    void busyChanged();
    void pairingMessageChanged();
    /** A proposal became an appointment or a check-in: their pages read them again. */
    void appointmentsChanged();
    void checkInsChanged();

private:
    struct Item {
        Consent::ItemKind kind;
        QString id;
    };
    [[nodiscard]] std::optional<Item> itemOf(const QString &kindKey, const QString &itemId) const;
    /** The item as it would go now: share, words and title; nothing when it is not there. */
    [[nodiscard]] std::optional<ShareComposer::Composed> compose(
        const Item &item, bool withOthers) const;
    void onPairingFinished(SyncEngine::PairingOutcome outcome);
    /** What she asked about a proposal, in words, from requests already read. */
    [[nodiscard]] QString requestWords(
        const QList<RescheduleRequest> &requests, const QString &proposalId) const;

    const Clock &m_clock;
    IdGenerator &m_ids;
    QTimeZone m_zone;
    SyncEngine &m_engine;
    BoardSource m_boardSource;
    Stores m_stores;
    SyncRowsModel *m_shared;
    SyncRowsModel *m_history;
    SyncRowsModel *m_proposals;
    QString m_pairingMessage;
    bool m_pairingFailed = false;
    bool m_busy = false;
    int m_revision = 0;
};

} // namespace mapje
