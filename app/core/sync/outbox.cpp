#include "core/sync/outbox.h"

#include <algorithm>
#include <cmath>

namespace mapje {

namespace {

constexpr qint64 FirstWaitMs = 2000;
constexpr qint64 LongestWaitMs = 15 * 60 * 1000;

} // namespace

Outbox::Outbox(KeyMaker newKey, Random random)
    : m_newKey(std::move(newKey)), m_random(std::move(random))
{
}

void Outbox::restore(QList<Entry> entries, QList<Confirmed> confirmed)
{
    std::ranges::stable_sort(entries, {}, &Entry::sequence);
    m_entries = std::move(entries);
    m_confirmed = std::move(confirmed);
    m_pairingGone = false;
    m_lastSequence = m_entries.isEmpty() ? 0 : m_entries.constLast().sequence;
}

void Outbox::append(
    const QString &shareId, Entry::Action action, const QByteArray &body, const QDateTime &now)
{
    Entry entry {m_newKey(), shareId, action, body, m_newKey(), 0, {}, now};
    entry.sequence = ++m_lastSequence;
    m_entries.append(entry);
}

qint64 Outbox::backoffMs(int attempts, double random)
{
    const int doublings = std::clamp(attempts - 1, 0, 20);
    const qint64 wait = std::min(LongestWaitMs, FirstWaitMs << doublings);
    return wait / 2 + qint64(std::clamp(random, 0.0, 1.0) * double(wait / 2));
}

void Outbox::put(const QString &shareId, const QByteArray &body, const QDateTime &now)
{
    // What was never tried cannot have arrived: only the newest version needs to go.
    m_entries.removeIf([&](const Entry &entry) {
        return entry.shareId == shareId && entry.attempts == 0 && !entry.parked;
    });
    append(shareId, Entry::Action::Put, body, now);
}

void Outbox::withdraw(const QString &shareId, const QDateTime &now)
{
    m_entries.removeIf([&](const Entry &entry) {
        return entry.shareId == shareId && (entry.attempts == 0 || entry.parked);
    });
    const bool mayHaveArrived = std::ranges::any_of(
        m_entries, [&](const Entry &entry) { return entry.shareId == shareId; });
    const auto confirmed = confirmedOf(shareId);
    if (mayHaveArrived || (confirmed && !confirmed->etag.isEmpty()))
        append(shareId, Entry::Action::Delete, {}, now);
}

std::optional<Outbox::Entry> Outbox::next(const QDateTime &now) const
{
    if (m_pairingGone)
        return std::nullopt;
    QStringList seen;
    for (const Entry &entry : m_entries) {
        if (entry.parked || seen.contains(entry.shareId))
            continue;
        seen.append(entry.shareId); // the first waiting change of each item goes first
        if (!entry.nextAttemptAt.isValid() || entry.nextAttemptAt <= now)
            return entry;
    }
    return std::nullopt;
}

void Outbox::hurry(const QDateTime &now)
{
    for (Entry &entry : m_entries) {
        if (!entry.parked && entry.nextAttemptAt.isValid() && entry.nextAttemptAt > now)
            entry.nextAttemptAt = now;
    }
}

QDateTime Outbox::nextDue() const
{
    if (m_pairingGone)
        return {};
    QDateTime due;
    QStringList seen;
    for (const Entry &entry : m_entries) {
        if (entry.parked || seen.contains(entry.shareId))
            continue;
        seen.append(entry.shareId);
        const QDateTime at = entry.nextAttemptAt.isValid() ? entry.nextAttemptAt : entry.createdAt;
        if (!due.isValid() || at < due)
            due = at;
    }
    return due;
}

QString Outbox::ifMatch(const QString &shareId) const
{
    const auto confirmed = confirmedOf(shareId);
    return confirmed ? confirmed->etag : QString();
}

void Outbox::versionRead(const QString &shareId, const QString &etag, const QDateTime &now)
{
    confirm(shareId, etag, now);
    for (Entry &entry : m_entries) {
        if (entry.shareId == shareId && !entry.parked) {
            entry.refreshVersion = false;
            return;
        }
    }
}

void Outbox::finished(const QString &entryId, const Result &result, const QDateTime &now)
{
    const qsizetype index = indexOf(entryId);
    if (index < 0)
        return;
    Entry &entry = m_entries[index];
    switch (result.kind) {
    case Result::Kind::Done: {
        const Entry done = entry;
        m_entries.removeAt(index);
        confirm(done.shareId, done.action == Entry::Action::Put ? result.etag : QString(), now);
        return;
    }
    case Result::Kind::TryLater: {
        ++entry.attempts;
        qint64 wait = backoffMs(entry.attempts, m_random());
        if (result.retryAfterSeconds)
            wait = std::max(wait, qint64(*result.retryAfterSeconds) * 1000);
        entry.nextAttemptAt = now.addMSecs(wait);
        return;
    }
    case Result::Kind::VersionChanged:
        // The If-Match changes, so the request does: it needs a key of its own.
        ++entry.attempts;
        entry.refreshVersion = true;
        entry.idempotencyKey = m_newKey();
        entry.nextAttemptAt = now;
        return;
    case Result::Kind::Refused:
        ++entry.attempts;
        entry.parked = true;
        return;
    case Result::Kind::PairingGone:
        m_pairingGone = true;
        return;
    }
}

bool Outbox::isWaiting(const QString &shareId) const
{
    return std::ranges::any_of(
        m_entries, [&](const Entry &entry) { return entry.shareId == shareId && !entry.parked; });
}

bool Outbox::isWithdrawing(const QString &shareId) const
{
    return std::ranges::any_of(m_entries, [&](const Entry &entry) {
        return entry.shareId == shareId && entry.action == Entry::Action::Delete;
    });
}

bool Outbox::isParked(const QString &shareId) const
{
    return std::ranges::any_of(
        m_entries, [&](const Entry &entry) { return entry.shareId == shareId && entry.parked; });
}

std::optional<Outbox::Confirmed> Outbox::confirmedOf(const QString &shareId) const
{
    for (const Confirmed &confirmed : m_confirmed) {
        if (confirmed.shareId == shareId)
            return confirmed;
    }
    return std::nullopt;
}

void Outbox::confirm(const QString &shareId, const QString &etag, const QDateTime &at)
{
    for (Confirmed &confirmed : m_confirmed) {
        if (confirmed.shareId == shareId) {
            confirmed.etag = etag;
            confirmed.at = at;
            return;
        }
    }
    m_confirmed.append({shareId, etag, at});
}

qsizetype Outbox::indexOf(const QString &entryId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).entryId == entryId)
            return i;
    }
    return -1;
}

} // namespace mapje
