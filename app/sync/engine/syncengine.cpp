#include "sync/engine/syncengine.h"

#include "core/sharerecord.h"
#include "storage/sync/consentlogrepository.h"
#include "storage/sync/pairingrepository.h"
#include "storage/sync/proposalrepository.h"
#include "storage/sync/reschedulerequestrepository.h"
#include "storage/sync/shareditemrepository.h"
#include "sync/client/shareclient.h"
#include "sync/protocol/messages.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QUuid>
#include <algorithm>

namespace mapje {

namespace {

// How often Mapje asks whether the municipality proposed something, while paired and open.
constexpr qint64 PollSeconds = 15 * 60;
// The timer never sleeps longer than this, so a clock that jumps is noticed soon enough.
constexpr qint64 LongestSleepMs = 5 * 60 * 1000;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

double systemRandom()
{
    return QRandomGenerator::global()->generateDouble();
}

} // namespace

SyncEngine::SyncEngine(const Clock &clock, std::optional<SyncConfig> config, QObject *parent)
    : QObject(parent), m_clock(clock), m_config(std::move(config)), m_outbox(uuid, systemRandom)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::pump);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setRandom(Outbox::Random random)
{
    Outbox next(uuid, std::move(random));
    next.restore(m_outbox.entries(), m_outbox.confirmed());
    m_outbox = std::move(next);
}

void SyncEngine::setStores(const SyncStores &stores)
{
    m_stores = stores;
    // An answer still on its way belongs to the vault that was open when it left: forget it.
    ++m_generation;
    m_busy = false;
    m_sendingEntry.clear();
    m_timer.stop();
    delete m_client;
    m_client = nullptr;
    delete m_network;
    m_network = nullptr;
    reload();
}

void SyncEngine::reload()
{
    m_items.clear();
    // Read once: every request looks at the pairing, and only this engine changes it.
    m_pairing = m_stores.open() ? m_stores.pairing->current() : std::nullopt;
    QList<Outbox::Entry> entries;
    QList<Outbox::Confirmed> confirmed;
    if (m_stores.open()) {
        for (SharedItem item : m_stores.sharedItems->all()) {
            entries.append(item.entries);
            if (item.confirmed)
                confirmed.append(*item.confirmed);
            item.entries.clear();
            item.confirmed.reset();
            m_items.insert(item.shareId, item);
        }
    }
    m_outbox.restore(entries, confirmed);
    m_endingAttempts = 0;
    m_endingNextAt = {};
    m_nextPollAt = m_clock.now(); // look for proposals as soon as the vault opens
    emit changed();
    schedule();
}

QString SyncEngine::configuredMunicipality() const
{
    return m_config ? m_config->municipality : QString();
}

std::optional<Pairing> SyncEngine::pairing() const
{
    return m_stores.open() ? m_pairing : std::nullopt;
}

bool SyncEngine::isPaired() const
{
    const auto current = pairing();
    return current && !current->ending;
}

void SyncEngine::pair(const QString &code)
{
    if (!m_config || !m_stores.open()) {
        emit pairingFinished(PairingOutcome::NotConfigured);
        return;
    }
    const QString typed = code.trimmed().toUpper();
    // The same code again after no answer keeps its key: if the first try did pair, the endpoint
    // answers the same pairing instead of refusing a code already used.
    if (typed != m_pairingCode || m_pairingKey.isEmpty())
        m_pairingKey = uuid();
    m_pairingCode = typed;
    m_pairingAsked = true;
    pump();
}

void SyncEngine::endPairing()
{
    auto current = pairing();
    if (!current || current->ending)
        return;
    current->ending = true;
    savePairing(*current);
    m_endingKey = uuid();
    m_endingAttempts = 0;
    m_endingNextAt = {};
    emit changed();
    pump();
}

void SyncEngine::share(Consent::ItemKind kind, const QString &itemId, const QString &title,
    const QByteArray &body, bool withOthers)
{
    if (!isPaired())
        return;
    const auto known = sharedItemFor(kind, itemId);
    SharedItem item = known ? m_items.value(known->shareId) : SharedItem {};
    if (!known) {
        item.shareId = uuid();
        item.kind = kind;
        item.itemId = itemId;
    }
    const QDateTime now = m_clock.now();
    item.title = title;
    item.withOthers = withOthers;
    item.consentedBody = body;
    item.consentedAt = now;
    item.withdrawnAt = {};
    m_items.insert(item.shareId, item);
    keepSending(item.shareId);
    m_outbox.put(item.shareId, body, now);
    persist(item.shareId);
    emit changed();
    pump();
}

void SyncEngine::withdraw(const QString &shareId)
{
    if (!m_items.contains(shareId))
        return;
    const QDateTime now = m_clock.now();
    m_items[shareId].withdrawnAt = now;
    keepSending(shareId);
    m_outbox.withdraw(shareId, now);
    persist(shareId);
    emit changed();
    pump();
}

QList<SharedItem> SyncEngine::sharedItems() const
{
    QList<SharedItem> items;
    for (const SharedItem &item : m_items) {
        SharedItem whole = item;
        whole.confirmed = m_outbox.confirmedOf(item.shareId);
        items.append(whole);
    }
    std::ranges::sort(items, [](const SharedItem &a, const SharedItem &b) {
        return a.consentedAt != b.consentedAt ? a.consentedAt > b.consentedAt
                                              : a.shareId < b.shareId;
    });
    return items;
}

std::optional<SharedItem> SyncEngine::sharedItemFor(
    Consent::ItemKind kind, const QString &itemId) const
{
    for (const SharedItem &item : m_items) {
        if (item.kind == kind && item.itemId == itemId)
            return item;
    }
    return std::nullopt;
}

SyncEngine::ItemState SyncEngine::stateOf(const QString &shareId) const
{
    if (!m_items.contains(shareId))
        return ItemState::NotShared;
    if (m_outbox.isParked(shareId))
        return ItemState::NotTaken;
    if (m_outbox.isWithdrawing(shareId))
        return ItemState::Withdrawing;
    if (m_items.value(shareId).withdrawnAt.isValid())
        return ItemState::NotShared;
    if (m_outbox.isWaiting(shareId))
        return ItemState::Waiting;
    const auto confirmed = m_outbox.confirmedOf(shareId);
    return confirmed && !confirmed->etag.isEmpty() ? ItemState::Shared : ItemState::NotShared;
}

QDateTime SyncEngine::confirmedAt(const QString &shareId) const
{
    const auto confirmed = m_outbox.confirmedOf(shareId);
    return confirmed ? confirmed->at : QDateTime();
}

QList<Proposal> SyncEngine::proposals() const
{
    return m_stores.open() ? m_stores.proposals->all() : QList<Proposal> {};
}

void SyncEngine::settleProposal(
    const QString &proposalId, Proposal::State state, const QString &localId)
{
    if (!m_stores.open())
        return;
    auto proposal = m_stores.proposals->load(proposalId);
    if (!proposal)
        return;
    proposal->state = state;
    proposal->localId = localId;
    m_stores.proposals->save(*proposal);
    emit changed();
}

void SyncEngine::requestOtherMoment(const QString &proposalId, const QString &message)
{
    if (!isPaired())
        return;
    RescheduleRequest request;
    request.id = uuid();
    request.proposalId = proposalId;
    request.message = message.trimmed();
    request.idempotencyKey = uuid();
    request.createdAt = m_clock.now();
    m_stores.requests->save(request);
    emit changed();
    pump();
}

QList<RescheduleRequest> SyncEngine::requests() const
{
    return m_stores.open() ? m_stores.requests->all() : QList<RescheduleRequest> {};
}

void SyncEngine::syncNow()
{
    m_nextPollAt = m_clock.now();
    pump();
}

void SyncEngine::sendWaitingNow()
{
    // She asked: what waits for its backoff goes now, and proposals are looked for now.
    const QDateTime now = m_clock.now();
    m_nextPollAt = now;
    m_endingNextAt = {};
    m_outbox.hurry(now);
    if (m_stores.open()) {
        for (RescheduleRequest request : m_stores.requests->all()) {
            if (!request.sentAt.isValid() && request.nextAttemptAt.isValid()
                && request.nextAttemptAt > now) {
                request.nextAttemptAt = now;
                m_stores.requests->save(request);
            }
        }
    }
    pump();
}

ShareClient *SyncEngine::client()
{
    if (!m_client) {
        // Made on the first request: with no pairing, Mapje has no network object at all.
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_client = new ShareClient(m_network, m_config->endpoint, this);
        m_client->setPinnedKeys(m_config->pinnedKeys);
    }
    m_client->setTimeout(m_timeoutMs);
    const auto current = pairing();
    m_client->setToken(current ? current->deviceToken : QByteArray());
    return m_client;
}

void SyncEngine::pump()
{
    if (m_busy || !m_stores.open() || !m_config)
        return;
    m_timer.stop();
    if (sendPairing() || sendEnding() || sendOutbox() || sendRequest() || fetchProposals())
        return;
    schedule();
    emit idle();
}

void SyncEngine::finishedRequest()
{
    m_busy = false;
    pump();
}

bool SyncEngine::sendPairing()
{
    if (!m_pairingAsked)
        return false;
    m_pairingAsked = false;
    m_busy = true;
    client()->pair(m_pairingCode, m_pairingKey,
        [this, generation = m_generation](std::optional<protocol::NewPairing> made, int status) {
            if (generation != m_generation)
                return;
            PairingOutcome outcome = PairingOutcome::Paired;
            if (made) {
                Pairing pairing {made->pairingId, made->municipality, m_config->endpoint,
                    made->deviceToken.toLatin1(), made->pairedAt};
                savePairing(pairing);
                m_endedByMunicipality = false;
                m_nextPollAt = m_clock.now();
            } else if (status == 0 || status >= 500) {
                outcome = PairingOutcome::NoConnection;
            } else if (status == 429) {
                outcome = PairingOutcome::TooManyTries;
            } else {
                outcome = PairingOutcome::WrongCode;
            }
            if (outcome == PairingOutcome::Paired || outcome == PairingOutcome::WrongCode)
                m_pairingKey.clear();
            emit pairingFinished(outcome);
            emit changed();
            finishedRequest();
        });
    return true;
}

bool SyncEngine::sendEnding()
{
    const auto current = pairing();
    if (!current || !current->ending)
        return false;
    const QDateTime now = m_clock.now();
    if (m_endingNextAt.isValid() && m_endingNextAt > now)
        return false;
    if (m_endingKey.isEmpty())
        m_endingKey = uuid(); // after a restart: a DELETE twice ends the same pairing
    m_busy = true;
    client()->endPairing(
        current->pairingId, m_endingKey, [this, generation = m_generation](int status) {
            if (generation != m_generation)
                return;
            // 404 and 401: the endpoint has no such pairing any more; that is what she asked.
            if (status == 204 || status == 404 || status == 401) {
                forgetPairing(false);
            } else {
                ++m_endingAttempts;
                m_endingNextAt
                    = m_clock.now().addMSecs(Outbox::backoffMs(m_endingAttempts, systemRandom()));
            }
            finishedRequest();
        });
    return true;
}

void SyncEngine::forgetPairing(bool byMunicipality)
{
    m_endedByMunicipality = byMunicipality;
    const QDateTime now = m_clock.now();
    const auto current = pairing();
    // The endpoint removed everything this device shared: so do the outbox and the states.
    for (SharedItem &item : m_items) {
        const auto confirmed = m_outbox.confirmedOf(item.shareId);
        const bool wasThere = (confirmed && !confirmed->etag.isEmpty())
            || m_outbox.isWaiting(item.shareId) || m_outbox.isParked(item.shareId);
        if (!item.withdrawnAt.isValid() || wasThere) {
            item.withdrawnAt = now;
            if (confirmed && !confirmed->etag.isEmpty() && current)
                log(item, ShareRecord::Channel::Withdrawn, current->municipality);
        }
    }
    QList<Outbox::Confirmed> none;
    for (const SharedItem &item : std::as_const(m_items))
        none.append({item.shareId, {}, now});
    m_outbox.restore({}, none);
    for (const SharedItem &item : std::as_const(m_items))
        persist(item.shareId);
    m_stores.pairing->remove();
    m_pairing.reset();
    m_endingKey.clear();
    emit changed();
}

bool SyncEngine::sendOutbox()
{
    if (!isPaired())
        return false;
    const QDateTime now = m_clock.now();
    const auto entry = m_outbox.next(now);
    if (!entry)
        return false;
    m_busy = true;
    const QString shareId = entry->shareId;
    if (entry->refreshVersion) {
        client()->readVersion(shareId,
            [this, generation = m_generation, shareId, entryId = entry->entryId](
                const QString &etag, bool ok) {
                if (generation != m_generation)
                    return;
                if (ok)
                    m_outbox.versionRead(shareId, etag, m_clock.now());
                else
                    m_outbox.finished(
                        entryId, {Outbox::Result::Kind::TryLater, {}, {}}, m_clock.now());
                persist(shareId);
                emit changed();
                finishedRequest();
            });
        return true;
    }
    m_sendingEntry = entry->entryId;
    client()->send(*entry, m_outbox.ifMatch(shareId),
        [this, generation = m_generation, sent = *entry](const Outbox::Result &result) {
            if (generation != m_generation)
                return;
            m_sendingEntry.clear();
            m_outbox.finished(sent.entryId, result, m_clock.now());
            if (result.kind == Outbox::Result::Kind::Done && m_items.contains(sent.shareId)) {
                const auto current = pairing();
                log(m_items.value(sent.shareId),
                    sent.action == Outbox::Entry::Action::Put ? ShareRecord::Channel::Municipality
                                                              : ShareRecord::Channel::Withdrawn,
                    current ? current->municipality : QString());
            }
            persist(sent.shareId);
            if (result.kind == Outbox::Result::Kind::PairingGone)
                forgetPairing(true);
            emit changed();
            finishedRequest();
        });
    return true;
}

bool SyncEngine::sendRequest()
{
    if (!isPaired())
        return false;
    const QDateTime now = m_clock.now();
    for (const RescheduleRequest &request : m_stores.requests->all()) {
        if (request.sentAt.isValid()
            || (request.nextAttemptAt.isValid() && request.nextAttemptAt > now))
            continue;
        m_busy = true;
        client()->requestOtherMoment({request.proposalId, request.message}, request.idempotencyKey,
            [this, generation = m_generation, request](int status) {
                if (generation != m_generation)
                    return;
                RescheduleRequest done = request;
                if (status == 201) {
                    done.sentAt = m_clock.now();
                } else {
                    ++done.attempts;
                    done.nextAttemptAt
                        = m_clock.now().addMSecs(Outbox::backoffMs(done.attempts, systemRandom()));
                }
                m_stores.requests->save(done);
                if (status == 401)
                    forgetPairing(true);
                emit changed();
                finishedRequest();
            });
        return true;
    }
    return false;
}

bool SyncEngine::fetchProposals()
{
    if (!isPaired())
        return false;
    const QDateTime now = m_clock.now();
    if (m_nextPollAt.isValid() && m_nextPollAt > now)
        return false;
    m_nextPollAt = now.addSecs(PollSeconds);
    m_busy = true;
    m_arrived = 0;
    fetchPage(QStringLiteral("afspraken"));
    return true;
}

void SyncEngine::fetchPage(const QString &collection)
{
    const auto current = pairing();
    if (!current) {
        endOfFetch();
        return;
    }
    const QString cursor = collection == QLatin1String("afspraken") ? current->appointmentsCursor
                                                                    : current->momentsCursor;
    client()->readPage(collection, cursor,
        [this, generation = m_generation, collection](std::optional<QByteArray> body, int status) {
            if (generation != m_generation)
                return;
            if (status == 401)
                forgetPairing(true);
            // No page, or one that makes no sense: the cursor stays, and the next poll tries
            // again from there.
            if (!body || !pageArrived(collection, *body)) {
                endOfFetch();
                return;
            }
        });
}

bool SyncEngine::pageArrived(const QString &collection, const QByteArray &body)
{
    const bool appointments = collection == QLatin1String("afspraken");
    const QDateTime now = m_clock.now();
    QList<Proposal> found;
    QString cursor;
    bool more = false;
    if (appointments) {
        const auto page = protocol::decodeAppointmentsPage(body);
        if (!page.ok())
            return false;
        for (const protocol::Appointment &one : page.value().items) {
            Proposal proposal;
            proposal.id = one.id;
            proposal.kind = Proposal::Kind::Appointment;
            proposal.begin = one.begin;
            proposal.end = one.end;
            proposal.where = one.where;
            proposal.withWhom = one.withWhom;
            proposal.subject = one.subject;
            proposal.bring = one.bring;
            proposal.proposedAt = one.proposedAt;
            found.append(proposal);
        }
        cursor = page.value().cursor;
        more = page.value().more;
    } else {
        const auto page = protocol::decodeMomentsPage(body);
        if (!page.ok())
            return false;
        for (const protocol::Moment &one : page.value().items) {
            Proposal proposal;
            proposal.id = one.id;
            proposal.kind = Proposal::Kind::Moment;
            proposal.begin = one.at;
            proposal.where = one.where;
            proposal.withWhom = one.withWhom;
            proposal.proposedAt = one.proposedAt;
            found.append(proposal);
        }
        cursor = page.value().cursor;
        more = page.value().more;
    }
    for (Proposal &proposal : found) {
        if (m_stores.proposals->load(proposal.id))
            continue; // seen before: what she did with it stays
        proposal.receivedAt = now;
        m_stores.proposals->save(proposal);
        ++m_arrived;
    }
    // The cursor moves only after what it passed is kept.
    auto current = pairing();
    if (!current)
        return false;
    (appointments ? current->appointmentsCursor : current->momentsCursor) = cursor;
    savePairing(*current);
    if (more && !found.isEmpty())
        fetchPage(collection);
    else if (appointments)
        fetchPage(QStringLiteral("momenten"));
    else
        endOfFetch();
    return true;
}

void SyncEngine::endOfFetch()
{
    if (m_arrived > 0) {
        emit changed();
        emit proposalsArrived();
    }
    m_arrived = 0;
    finishedRequest();
}

void SyncEngine::schedule()
{
    if (!m_stores.open() || !m_config)
        return;
    QDateTime due;
    const auto earlier = [&due](const QDateTime &at) {
        if (at.isValid() && (!due.isValid() || at < due))
            due = at;
    };
    const auto current = pairing();
    if (current && current->ending)
        earlier(m_endingNextAt.isValid() ? m_endingNextAt : m_clock.now());
    if (isPaired()) {
        earlier(m_outbox.nextDue());
        earlier(m_nextPollAt);
        for (const RescheduleRequest &request : m_stores.requests->all()) {
            if (!request.sentAt.isValid())
                earlier(
                    request.nextAttemptAt.isValid() ? request.nextAttemptAt : request.createdAt);
        }
    }
    if (!due.isValid())
        return;
    m_timer.start(int(std::clamp(m_clock.now().msecsTo(due), qint64(0), LongestSleepMs)));
}

void SyncEngine::keepSending(const QString &shareId)
{
    // The Outbox replaces or drops a change never tried; one on its way may arrive all the same,
    // so it counts as tried: a newer version goes after it, a withdrawal deletes what it left.
    // The caller's persist() keeps that in the vault, for a crash before the answer.
    const bool onItsWay = std::ranges::any_of(m_outbox.entries(), [&](const Outbox::Entry &entry) {
        return entry.entryId == m_sendingEntry && entry.shareId == shareId && entry.attempts == 0;
    });
    if (onItsWay)
        m_outbox.finished(m_sendingEntry, {Outbox::Result::Kind::TryLater, {}, {}}, m_clock.now());
}

void SyncEngine::savePairing(const Pairing &pairing)
{
    m_pairing = pairing;
    // A save the disk refuses stays in memory and is written again (RecordRepository).
    m_stores.pairing->save(pairing);
}

void SyncEngine::persist(const QString &shareId)
{
    if (!m_stores.open() || !m_items.contains(shareId))
        return;
    SharedItem item = m_items.value(shareId);
    for (const Outbox::Entry &entry : m_outbox.entries()) {
        if (entry.shareId == shareId)
            item.entries.append(entry);
    }
    item.confirmed = m_outbox.confirmedOf(shareId);
    // A save the disk refuses stays in memory and is written again (RecordRepository).
    m_stores.sharedItems->save(item);
}

void SyncEngine::log(
    const SharedItem &item, ShareRecord::Channel channel, const QString &municipality)
{
    ShareRecord record(item.kind, item.itemId, m_clock.now(), municipality);
    record.setChannel(channel);
    record.setWhat(item.title);
    m_stores.consentLog->append(record);
}

} // namespace mapje
