#include "ui/sync/synccontroller.h"

#include "core/appointment.h"
#include "core/board.h"
#include "core/checkin.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "storage/appointmentrepository.h"
#include "storage/checkinrepository.h"
#include "storage/goalrepository.h"
#include "storage/keytextstore.h"
#include "storage/sync/consentlogrepository.h"
#include "ui/shared/localtimes.h"
#include "ui/sync/syncwords.h"

#include <QLocale>

namespace mapje {

SyncController::SyncController(
    const Clock &clock, IdGenerator &ids, QTimeZone zone, SyncEngine &engine, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_ids(ids),
      m_zone(std::move(zone)),
      m_engine(engine),
      m_shared(
          new SyncRowsModel({"shareId", "kindText", "title", "stateText", "canWithdraw"}, this)),
      m_history(new SyncRowsModel({"title", "how", "whenText"}, this)),
      m_proposals(new SyncRowsModel(
          {"proposalId", "heading", "whenText", "where", "withWhom", "subject", "bring", "isNew",
              "canAccept", "isAppointment", "stateText", "requestText", "canAskOther"},
          this))
{
    connect(&m_engine, &SyncEngine::changed, this, &SyncController::reload);
    connect(&m_engine, &SyncEngine::pairingFinished, this, &SyncController::onPairingFinished);
    reload();
}

void SyncController::setStores(const Stores &stores)
{
    m_stores = stores;
    m_pairingMessage.clear();
    m_pairingFailed = false;
    m_busy = false;
    emit busyChanged();
    emit pairingMessageChanged();
    reload();
}

QString SyncController::municipality() const
{
    const auto pairing = m_engine.pairing();
    return pairing ? pairing->municipality : m_engine.configuredMunicipality();
}

bool SyncController::ending() const
{
    const auto pairing = m_engine.pairing();
    return pairing && pairing->ending;
}

QString SyncController::pairedText() const
{
    const auto pairing = m_engine.pairing();
    if (pairing && pairing->ending)
        return tr("Je koppeling met %1 wordt beëindigd. We laten het de gemeente weten. Er "
                  "gaat niets meer naartoe.")
            .arg(pairing->municipality);
    if (pairing)
        return tr("Mapje is gekoppeld met %1 sinds %2.")
            .arg(pairing->municipality, LocalTimes::dateText(pairing->pairedAt.date()));
    if (m_engine.wasEndedByMunicipality())
        return tr("De gemeente heeft de koppeling beëindigd. Wat je deelde, is daar verwijderd. "
                  "Alles staat nog in je Mapje.");
    return {};
}

QString SyncController::overview() const
{
    int waiting = 0;
    int withdrawing = 0;
    int shared = 0;
    for (const SharedItem &item : m_engine.sharedItems()) {
        const auto state = m_engine.stateOf(item.shareId);
        waiting += state == SyncEngine::ItemState::Waiting ? 1 : 0;
        withdrawing += state == SyncEngine::ItemState::Withdrawing ? 1 : 0;
        shared += state == SyncEngine::ItemState::Shared ? 1 : 0;
    }
    if (waiting == 0 && withdrawing == 0)
        return paired() && shared > 0 ? tr("Alles wat je deelt, is bij de gemeente aangekomen.")
                                      : QString();
    QStringList parts;
    if (waiting > 0)
        parts.append(tr("%n ding(en) nog niet verstuurd.", nullptr, waiting));
    if (withdrawing > 0)
        parts.append(tr("%n ding(en) nog niet teruggehaald.", nullptr, withdrawing));
    return parts.join(QLatin1Char(' ')) + QLatin1Char(' ') + tr("We proberen het later opnieuw.");
}

int SyncController::newProposals() const
{
    int count = 0;
    for (const Proposal &proposal : m_engine.proposals())
        count += proposal.state == Proposal::State::New ? 1 : 0;
    return count;
}

void SyncController::pair(const QString &code)
{
    if (m_busy)
        return; // one attempt at a time; its answer comes
    if (code.trimmed().isEmpty()) {
        m_pairingMessage = tr("Typ eerst de code die je klantmanager je gaf.");
        m_pairingFailed = true;
        emit pairingMessageChanged();
        return;
    }
    m_busy = true;
    m_pairingMessage = tr("Even geduld, Mapje maakt de koppeling…");
    m_pairingFailed = false;
    emit busyChanged();
    emit pairingMessageChanged();
    m_engine.pair(code);
}

void SyncController::onPairingFinished(SyncEngine::PairingOutcome outcome)
{
    m_busy = false;
    m_pairingMessage = SyncWords::pairingOutcome(outcome);
    m_pairingFailed = outcome != SyncEngine::PairingOutcome::Paired;
    emit busyChanged();
    emit pairingMessageChanged();
    reload();
}

void SyncController::endPairing()
{
    m_engine.endPairing();
}

std::optional<SyncController::Item> SyncController::itemOf(
    const QString &kindKey, const QString &itemId) const
{
    const auto kind = Consent::itemKindFromKey(kindKey);
    if (kind == Consent::ItemKind::Board) {
        const auto board = m_boardSource ? m_boardSource() : std::nullopt;
        if (board && (itemId.isEmpty() || itemId == board->id()))
            return Item {*kind, board->id()};
    } else if (kind && *kind != Consent::ItemKind::Board && *kind != Consent::ItemKind::Mapje
        && !itemId.isEmpty()) {
        return Item {*kind, itemId};
    }
    return std::nullopt;
}

std::optional<ShareComposer::Composed> SyncController::compose(
    const Item &item, bool withOthers) const
{
    if (item.kind == Consent::ItemKind::Board) {
        const auto board = m_boardSource ? m_boardSource() : std::nullopt;
        if (board && board->id() == item.id)
            return ShareComposer::board(*board, withOthers);
    } else if (item.kind == Consent::ItemKind::Goal && m_stores.goals) {
        if (const auto goal = m_stores.goals->load(item.id))
            return ShareComposer::goal(*goal);
    } else if (item.kind == Consent::ItemKind::Appointment && m_stores.appointments) {
        if (const auto appointment = m_stores.appointments->load(item.id))
            return ShareComposer::preparation(*appointment, proposalOfAppointment(item.id), m_zone);
    } else if (item.kind == Consent::ItemKind::CheckIn && m_stores.checkIns) {
        if (const auto checkIn = m_stores.checkIns->load(item.id))
            return ShareComposer::moment(*checkIn, proposalOfAppointment(item.id), m_zone);
    }
    return std::nullopt;
}

QStringList SyncController::preview(
    const QString &kind, const QString &itemId, bool withOthers) const
{
    const auto item = itemOf(kind, itemId);
    const auto composed = item ? compose(*item, withOthers) : std::nullopt;
    return composed ? composed->lines : QStringList();
}

bool SyncController::hasOthers(const QString &kind, const QString &itemId) const
{
    const auto item = itemOf(kind, itemId);
    if (!item || item->kind != Consent::ItemKind::Board)
        return false;
    const auto board = m_boardSource();
    return board && ShareComposer::hasOthers(*board);
}

void SyncController::share(const QString &kind, const QString &itemId, bool withOthers)
{
    const auto item = itemOf(kind, itemId);
    const auto composed = item ? compose(*item, withOthers) : std::nullopt;
    if (!composed)
        return;
    m_engine.share(item->kind, item->id, composed->title, protocol::encode(composed->share),
        withOthers && item->kind == Consent::ItemKind::Board);
}

QVariantMap SyncController::itemStatus(const QString &kind, const QString &itemId) const
{
    const auto item = itemOf(kind, itemId);
    const auto shared = item ? m_engine.sharedItemFor(item->kind, item->id) : std::nullopt;
    if (!shared)
        return {{QStringLiteral("shared"), false}, {QStringLiteral("stateText"), QString()},
            {QStringLiteral("shareId"), QString()}, {QStringLiteral("changedSinceShare"), false},
            {QStringLiteral("withOthers"), false}};
    const auto state = m_engine.stateOf(shared->shareId);
    const bool out = !shared->withdrawnAt.isValid();
    const auto now = compose(*item, shared->withOthers);
    return {{QStringLiteral("shared"), out},
        {QStringLiteral("stateText"),
            SyncWords::itemState(state, *shared, m_engine.confirmedAt(shared->shareId), m_zone)},
        {QStringLiteral("shareId"), shared->shareId},
        {QStringLiteral("changedSinceShare"),
            out && now && protocol::encode(now->share) != shared->consentedBody},
        {QStringLiteral("withOthers"), shared->withOthers}};
}

void SyncController::withdraw(const QString &shareId)
{
    m_engine.withdraw(shareId);
}

void SyncController::acceptProposal(const QString &proposalId)
{
    for (const Proposal &proposal : m_engine.proposals()) {
        if (proposal.id != proposalId || proposal.state == Proposal::State::Accepted)
            continue;
        const QString localId = m_ids.next();
        if (proposal.kind == Proposal::Kind::Appointment && m_stores.appointments) {
            Appointment appointment(localId, proposal.begin);
            appointment.setWhere(proposal.where);
            appointment.setWithWhom(proposal.withWhom);
            appointment.setToBring(proposal.bring);
            // She accepted an agreed appointment: the reminder is on, and she can switch it off.
            appointment.setRemind(true);
            m_stores.appointments->save(appointment);
            m_engine.settleProposal(proposalId, Proposal::State::Accepted, localId);
            emit appointmentsChanged();
        } else if (proposal.kind == Proposal::Kind::Moment && m_stores.checkIns) {
            CheckIn checkIn(localId, proposal.begin);
            checkIn.setWhere(proposal.where);
            checkIn.setWithWhom(proposal.withWhom);
            checkIn.setRemind(true);
            m_stores.checkIns->save(checkIn);
            m_engine.settleProposal(proposalId, Proposal::State::Accepted, localId);
            emit checkInsChanged();
        }
        return;
    }
}

void SyncController::dismissProposal(const QString &proposalId)
{
    m_engine.settleProposal(proposalId, Proposal::State::Dismissed, {});
}

void SyncController::cannotCome(const QString &proposalId, const QString &message)
{
    m_engine.requestOtherMoment(proposalId, message);
    keepRequestDraft(proposalId, {}); // the request itself keeps the words from here on
}

QString SyncController::proposalOfAppointment(const QString &localId) const
{
    if (localId.isEmpty())
        return {};
    for (const Proposal &proposal : m_engine.proposals()) {
        if (proposal.localId == localId && proposal.state == Proposal::State::Accepted)
            return proposal.id;
    }
    return {};
}

namespace {

// The last request she made about a proposal: that one counts.
std::optional<RescheduleRequest> lastRequestFor(
    const QList<RescheduleRequest> &requests, const QString &proposalId)
{
    for (auto request = requests.crbegin(); request != requests.crend(); ++request) {
        if (request->proposalId == proposalId)
            return *request;
    }
    return std::nullopt;
}

} // namespace

QString SyncController::requestText(const QString &proposalId) const
{
    return requestWords(m_engine.requests(), proposalId);
}

QString SyncController::requestWords(
    const QList<RescheduleRequest> &requests, const QString &proposalId) const
{
    const auto request = lastRequestFor(requests, proposalId);
    return request ? SyncWords::request(*request, m_zone) : QString();
}

namespace {

QString draftKey(const QString &proposalId)
{
    return QStringLiteral("sync/request-draft/") + proposalId;
}

} // namespace

void SyncController::keepRequestDraft(const QString &proposalId, const QString &words)
{
    if (m_stores.notes)
        m_stores.notes->save(draftKey(proposalId), words);
}

QString SyncController::requestDraft(const QString &proposalId) const
{
    return m_stores.notes ? m_stores.notes->note(draftKey(proposalId)) : QString();
}

QString SyncController::requestMessage(const QString &proposalId) const
{
    const auto request = lastRequestFor(m_engine.requests(), proposalId);
    return request ? request->message : QString();
}

QString SyncController::proposalWhenText(const QString &proposalId) const
{
    for (const Proposal &proposal : m_engine.proposals()) {
        if (proposal.id == proposalId)
            return LocalTimes::dateTimeText(proposal.begin, m_zone);
    }
    return {};
}

void SyncController::itemsChanged()
{
    ++m_revision;
    emit changed();
}

void SyncController::reload()
{
    QList<QVariantMap> shared;
    for (const SharedItem &item : m_engine.sharedItems()) {
        const auto state = m_engine.stateOf(item.shareId);
        if (item.withdrawnAt.isValid() && state == SyncEngine::ItemState::NotShared)
            continue; // taken back: it stays in the history below
        shared.append({{QStringLiteral("shareId"), item.shareId},
            {QStringLiteral("kindText"), SyncWords::kind(item.kind)},
            {QStringLiteral("title"), SyncWords::heading(item.kind, item.title)},
            {QStringLiteral("stateText"),
                SyncWords::itemState(state, item, m_engine.confirmedAt(item.shareId), m_zone)},
            {QStringLiteral("canWithdraw"), state != SyncEngine::ItemState::Withdrawing}});
    }
    m_shared->setRows(shared);

    QList<QVariantMap> history;
    if (m_stores.consentLog) {
        const auto lines = m_stores.consentLog->all();
        for (auto line = lines.crbegin(); line != lines.crend(); ++line) { // newest first
            const ShareRecord &record = line->record;
            history.append(
                {{QStringLiteral("title"),
                     record.what().isEmpty() ? SyncWords::kind(record.itemKind()) : record.what()},
                    {QStringLiteral("how"), SyncWords::channel(record)},
                    {QStringLiteral("whenText"), LocalTimes::dateTimeText(record.when(), m_zone)}});
        }
    }
    m_history->setRows(history);

    QList<QVariantMap> proposals;
    const QList<Proposal> all = m_engine.proposals();
    const QList<RescheduleRequest> requests = m_engine.requests(); // read once, not per row
    for (const Proposal &proposal : all) {
        const bool isAppointment = proposal.kind == Proposal::Kind::Appointment;
        proposals.append({{QStringLiteral("proposalId"), proposal.id},
            {QStringLiteral("heading"), SyncWords::proposalHeading(proposal)},
            {QStringLiteral("whenText"), LocalTimes::dateTimeText(proposal.begin, m_zone)},
            {QStringLiteral("where"), proposal.where},
            {QStringLiteral("withWhom"), proposal.withWhom},
            {QStringLiteral("subject"), proposal.subject},
            {QStringLiteral("bring"), QLocale().createSeparatedList(proposal.bring)},
            {QStringLiteral("isNew"), proposal.state == Proposal::State::New},
            // Put away is not thrown away: she can still take it over.
            {QStringLiteral("canAccept"), proposal.state != Proposal::State::Accepted},
            {QStringLiteral("isAppointment"), isAppointment},
            {QStringLiteral("stateText"), SyncWords::proposalState(proposal)},
            {QStringLiteral("requestText"), requestWords(requests, proposal.id)},
            {QStringLiteral("canAskOther"),
                isAppointment && paired() && proposal.begin > m_clock.now()}});
    }
    m_proposals->setRows(proposals);
    ++m_revision;
    emit changed();
}

} // namespace mapje
