// The sync engine pushing an outbox of N goals (1,000; 100 in quick mode) to the real
// mapje-endpoint on 127.0.0.1 (SQLite, no Prism), SyncEngine on a real vault, next to a bare
// QNetworkAccessManager loop that PUTs the same bodies to /v1/deelnames/{id} one at a time, with
// the device token and an Idempotency-Key, in the same run against the same endpoint.
//
// Two engine runs, each on its own vault and pairing:
//  - queued: N share() calls back to back, then pushed until idle (the outbox starts with N);
//    next to the baseline's N PUTs just before it;
//  - one at a time: share(), wait until the item is Shared, then the next; the baseline's PUTs
//    alternate with the items (on a pairing of their own), so both meet the same machine.
// Per item: from just before share() to the engine's changed() that follows the 201 for that
// item (the engine's network's finished() names the share and comes just before the engine's
// own handler, which makes the item Shared and then emits changed()). The slot is O(1) and its
// total is printed; stateOf() itself is O(outbox + items), so it is asked for every item only
// after the run. Where the time goes: the share() call, the answer's arrival and the main
// thread's CPU time, so a cost that grows with the outbox shows apart from the disk. The
// endpoint's rate limit is lifted for the run, and its per-request log is off.
// Not a timed test: it fails only when something did not run, when a request was not answered
// 201, when an item is not Shared, or when the endpoint does not keep exactly N shares, as sent,
// for each pairing. --items N sets N; --csv FILE writes every item's figures.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>
#include <vector>

#include "benchstats.h"
#include "core/clock.h"
#include "endpointfixture.h"
#include "sync/engine/syncengine.h"
#include "syncsteps.h"
#include "syncvault.h"

namespace {

using benchstats::milliseconds;
using benchstats::percentile;
using mapje::SyncEngine;
using ItemKind = mapje::Consent::ItemKind;

// Far above anything one run asks: every request comes from 127.0.0.1 with one of four tokens.
const QByteArray NoRateLimit = "[grenzen]\nverzoekenPerMinuut=100000000\n";

/** This process's peak RSS in KiB (VmHWM); 0 when unknown. */
long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

/** Starts a new peak (Linux: "5" to clear_refs resets VmHWM to the current RSS). */
bool resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

/** Runs loop until it quits or the time is up. A QTimer of its own, gone when this returns:
 * QTimer::singleShot() with loop as context would stay registered (its deleteLater() waits for the
 * outer event loop), and thousands of stale timers make every timer call of the engine slower. */
void execFor(QEventLoop &loop, int milliseconds)
{
    QTimer timeUp;
    timeUp.setSingleShot(true);
    QObject::connect(&timeUp, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeUp.start(milliseconds);
    loop.exec();
}

/** Runs the event loop until done() says so after a signal of sender, or the time is up. */
template<typename Sender, typename Signal>
bool waitFor(
    const Sender *sender, Signal signal, const std::function<bool()> &done, int milliseconds)
{
    if (done())
        return true;
    QEventLoop loop;
    bool ok = false;
    QObject::connect(sender, signal, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        }
    });
    execFor(loop, milliseconds);
    return ok;
}

/** CPU time of the calling thread (the engine, its vault and the event loop) in ms. */
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double sum(const std::vector<double> &values)
{
    double total = 0;
    for (const double value : values)
        total += value;
    return total;
}

std::vector<double> slice(const std::vector<double> &values, size_t from, size_t to)
{
    to = std::min(to, values.size());
    return from < to ? std::vector<double>(
               values.begin() + std::ptrdiff_t(from), values.begin() + std::ptrdiff_t(to))
                     : std::vector<double>();
}

// ---------------------------------------------------------------------------------- baseline

/** A device without a vault: a bare QNetworkAccessManager and a token. */
class BareDevice {
public:
    /** Pairs with a plain POST /v1/koppelingen (this also opens the connection, as the engine's
     * pairing does); false when no pairing came back. */
    bool pair(EndpointFixture &endpoint)
    {
        const QString code = endpoint.issueCode();
        m_base = endpoint.directBase().toString();
        QNetworkRequest request(QUrl(m_base + QStringLiteral("/koppelingen")));
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::Id128));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request,
            QJsonDocument(
                QJsonObject {{QStringLiteral("versie"), 1}, {QStringLiteral("code"), code}})
                .toJson(QJsonDocument::Compact));
        (void)waitFor(
            reply, &QNetworkReply::finished, [reply] { return reply->isFinished(); }, 15000);
        const QJsonObject pairing = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        pairingId = pairing.value(QStringLiteral("koppelingId")).toString();
        m_token = pairing.value(QStringLiteral("apparaattoken")).toString().toLatin1();
        return !pairingId.isEmpty() && !m_token.isEmpty();
    }

    /** One PUT of body to /v1/deelnames/{a new id} with the token and an Idempotency-Key,
     * waited for: its time in ms, or -1 when it was not stored (201 with an ETag). */
    double put(const QByteArray &body)
    {
        const QString shareId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QElapsedTimer timer;
        timer.start();
        QNetworkRequest request(QUrl(m_base + QStringLiteral("/deelnames/") + shareId));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::Id128));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.put(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        execFor(loop, 20000);
        const double ms = milliseconds(timer);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool stored = reply->isFinished() && status == 201 && reply->hasRawHeader("ETag");
        delete reply;
        if (!stored) {
            std::printf("baseline: PUT %lld answered %d\n", qlonglong(shareIds.size()), status);
            return -1;
        }
        shareIds.append(shareId);
        return ms;
    }

    QString pairingId;
    QStringList shareIds;

private:
    QNetworkAccessManager m_network;
    QByteArray m_token;
    QString m_base;
};

struct BaselineRun {
    double totalMs = 0;
    std::vector<double> perRequest; // put() to finished
    std::vector<double> doneSinceStart; // request i answered, since the loop began
    QString pairingId;
    QStringList shareIds;
    long peakRssKiB = 0;
};

std::optional<BaselineRun> runBaseline(EndpointFixture &endpoint, const QList<QByteArray> &bodies)
{
    BaselineRun run;
    BareDevice device;
    if (!device.pair(endpoint))
        return std::nullopt;
    (void)resetPeakRss();
    QElapsedTimer total;
    total.start();
    for (const QByteArray &body : bodies) {
        const double ms = device.put(body);
        if (ms < 0)
            return std::nullopt;
        run.perRequest.push_back(ms);
        run.doneSinceStart.push_back(milliseconds(total));
    }
    run.totalMs = milliseconds(total);
    run.peakRssKiB = peakRssKiB();
    run.pairingId = device.pairingId;
    run.shareIds = device.shareIds;
    return run;
}

// ---------------------------------------------------------------------------------- the engine

struct EngineRun {
    double totalMs = 0; // first share() to idle (one at a time: the items' times together)
    double drainMs = 0; // queued: the last share() returned to idle
    std::vector<double> latency; // share() to Shared, per item
    std::vector<double> shareCall; // time inside share()
    std::vector<double> shareCpu; // the same, CPU time of this thread
    std::vector<double> gaps; // one item Shared to the next (queued)
    std::vector<double> afterAnswer; // the answer arrived to Shared: the engine's own work
    std::vector<double> afterAnswerCpu;
    std::vector<double> onTheWire; // share() returned to the answer (one at a time)
    std::vector<double> onTheWireCpu;
    int requests = 0; // answers the engine's network got while measuring
    int not201 = 0;
    qint64 lastAnswerNs = -1;
    double lastAnswerCpu = 0;
    QString lastAnswerId; // the share the last answer was for, when it was 201
    int observed = 0; // changed() signals looked at
    double observerMs = 0; // time spent in the changed() slot
    int notShared = 0; // items stateOf() does not call Shared after the run
    QString pairingId;
    QStringList shareIds;
    long peakRssKiB = 0;
};

/** A vault, an engine on it with the real clock, paired with the endpoint and idle. */
class PairedEngine {
public:
    explicit PairedEngine(EndpointFixture &endpoint)
        : engine(clock,
            mapje::SyncConfig {QStringLiteral("Gemeente Voorbeeld"), endpoint.directBase(), {}})
    {
        engine.setStores(vault.stores());
        // After the pairing the engine looks for proposals once, then is idle for 15 minutes.
        paired = synctest::pair(engine, endpoint.issueCode()) == SyncEngine::PairingOutcome::Paired;
        network = engine.findChild<QNetworkAccessManager *>();
        // The shareId of the item share() just made, as the vault saves it (no O(n) lookup).
        QObject::connect(vault.stores().sharedItems,
            &mapje::SharedItemRepository::sharedItemChanged, &engine,
            [this](const QString &shareId) { lastSaved = shareId; });
    }

    mapje::testing::SyncVault vault;
    mapje::SystemClock clock;
    SyncEngine engine;
    QNetworkAccessManager *network = nullptr;
    QString lastSaved;
    bool paired = false;
};

/** Counts the answers the engine's own network gets (one per request), the ones not 201, and
 * when the last one came and for which share: QNetworkAccessManager::finished comes just before
 * the engine's own handler, which makes the item Shared and then emits changed(). */
QMetaObject::Connection watchAnswers(
    PairedEngine &paired, EngineRun &run, const QElapsedTimer &clock)
{
    return QObject::connect(
        paired.network, &QNetworkAccessManager::finished, [&run, &clock](QNetworkReply *reply) {
            run.lastAnswerNs = clock.nsecsElapsed();
            run.lastAnswerCpu = threadCpuMs();
            ++run.requests;
            const bool created
                = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
            run.not201 += created ? 0 : 1;
            run.lastAnswerId
                = created ? reply->url().path().section(QLatin1Char('/'), -1) : QString();
        });
}

/** share() of item i, timed (wall and CPU); when it returned, in ns of clock. */
qint64 timedShare(PairedEngine &paired, EngineRun &run, const QElapsedTimer &clock, qsizetype i,
    const QByteArray &body, double *returnedCpu = nullptr)
{
    const double cpu = threadCpuMs();
    const qint64 started = clock.nsecsElapsed();
    paired.engine.share(ItemKind::Goal, QStringLiteral("goal-%1").arg(i, 4, 10, QLatin1Char('0')),
        QStringLiteral("Doel %1").arg(i), body, false);
    const qint64 returned = clock.nsecsElapsed();
    const double cpuAfter = threadCpuMs();
    run.shareCall.push_back(double(returned - started) / 1e6);
    run.shareCpu.push_back(cpuAfter - cpu);
    run.shareIds.append(paired.lastSaved); // saved by share()
    if (returnedCpu)
        *returnedCpu = cpuAfter;
    return returned;
}

/** The end of the changed() slot: the answer is dealt with; the slot's own time is counted. */
void answerHandled(EngineRun &run, const QElapsedTimer &clock, qint64 slotStarted)
{
    run.lastAnswerId.clear();
    run.lastAnswerNs = -1;
    run.observerMs += double(clock.nsecsElapsed() - slotStarted) / 1e6;
}

/** After the run (not timed): how many items stateOf() does not call Shared. */
int notShared(const SyncEngine &engine, const QStringList &shareIds)
{
    int count = 0;
    for (const QString &shareId : shareIds)
        count += engine.stateOf(shareId) == SyncEngine::ItemState::Shared ? 0 : 1;
    return count;
}

std::optional<EngineRun> runQueued(EndpointFixture &endpoint, const QList<QByteArray> &bodies)
{
    PairedEngine paired(endpoint);
    if (!paired.paired || !paired.network)
        return std::nullopt;
    SyncEngine &engine = paired.engine;
    const qsizetype n = bodies.size();
    EngineRun run;
    run.pairingId = engine.pairing()->pairingId;
    std::vector<qint64> sharedAt(size_t(n), -1);
    std::vector<qint64> startedAt(size_t(n), 0);
    QHash<QString, qsizetype> indexOf; // shareId -> item
    qsizetype done = 0; // items Shared
    bool sharing = true;
    QElapsedTimer total;
    // The changed() right after a 201 for an item: the engine has made it Shared (stateOf() of
    // every item is checked after the run). O(1), where stateOf() is O(outbox + items).
    const QMetaObject::Connection observer
        = QObject::connect(&engine, &SyncEngine::changed, &engine, [&] {
              if (sharing || run.lastAnswerNs < 0)
                  return;
              const qint64 now = total.nsecsElapsed();
              const double cpu = threadCpuMs();
              ++run.observed;
              run.afterAnswer.push_back(double(now - run.lastAnswerNs) / 1e6);
              run.afterAnswerCpu.push_back(cpu - run.lastAnswerCpu);
              const qsizetype i = indexOf.value(run.lastAnswerId, -1);
              if (i >= 0 && sharedAt[size_t(i)] < 0) {
                  sharedAt[size_t(i)] = now;
                  ++done;
              }
              answerHandled(run, total, now);
          });
    const QMetaObject::Connection answers = watchAnswers(paired, run, total);

    (void)resetPeakRss();
    total.start();
    for (qsizetype i = 0; i < n; ++i) {
        startedAt[size_t(i)] = total.nsecsElapsed();
        (void)timedShare(paired, run, total, i, bodies.at(i));
        indexOf.insert(run.shareIds.constLast(), i);
    }
    sharing = false;
    const qint64 enqueued = total.nsecsElapsed();
    const bool drained = waitFor(
        &engine, &SyncEngine::idle, [&] { return done == n && engine.isIdle(); },
        int(60000 + 200 * n));
    run.totalMs = milliseconds(total);
    run.drainMs = double(total.nsecsElapsed() - enqueued) / 1e6;
    run.peakRssKiB = peakRssKiB();
    QObject::disconnect(observer);
    QObject::disconnect(answers);
    if (!drained) {
        std::printf("queued: %lld of %lld items Shared before the time was up\n", qlonglong(done),
            qlonglong(n));
        return std::nullopt;
    }
    run.notShared = notShared(engine, run.shareIds);
    for (qsizetype i = 0; i < n; ++i) {
        run.latency.push_back(double(sharedAt[size_t(i)] - startedAt[size_t(i)]) / 1e6);
        if (i > 0)
            run.gaps.push_back(double(sharedAt[size_t(i)] - sharedAt[size_t(i - 1)]) / 1e6);
    }
    return run;
}

/** One item at a time, each next to one PUT of the bare device (before it on even items, after
 * it on odd ones), whose times go to bareTimes. */
std::optional<EngineRun> runOneAtATime(EndpointFixture &endpoint, const QList<QByteArray> &bodies,
    BareDevice &bare, std::vector<double> *bareTimes)
{
    PairedEngine paired(endpoint);
    if (!paired.paired || !paired.network)
        return std::nullopt;
    SyncEngine &engine = paired.engine;
    EngineRun run;
    run.pairingId = engine.pairing()->pairingId;
    QString waitingFor; // the item on its way; empty while share() runs
    qint64 startedAt = 0;
    qint64 returnedAt = 0;
    double returnedCpu = 0;
    QElapsedTimer total;
    QEventLoop *loop = nullptr;
    const QMetaObject::Connection observer
        = QObject::connect(&engine, &SyncEngine::changed, &engine, [&] {
              if (waitingFor.isEmpty() || run.lastAnswerNs < 0)
                  return;
              const qint64 now = total.nsecsElapsed();
              const double cpu = threadCpuMs();
              ++run.observed;
              if (run.lastAnswerId == waitingFor) {
                  run.latency.push_back(double(now - startedAt) / 1e6);
                  run.afterAnswer.push_back(double(now - run.lastAnswerNs) / 1e6);
                  run.afterAnswerCpu.push_back(cpu - run.lastAnswerCpu);
                  run.onTheWire.push_back(double(run.lastAnswerNs - returnedAt) / 1e6);
                  run.onTheWireCpu.push_back(run.lastAnswerCpu - returnedCpu);
                  waitingFor.clear();
                  loop->quit(); // returns once the engine finished this answer and is idle
              }
              answerHandled(run, total, now);
          });
    const QMetaObject::Connection answers = watchAnswers(paired, run, total);

    (void)resetPeakRss();
    total.start();
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        if (i % 2 == 0)
            bareTimes->push_back(bare.put(bodies.at(i)));
        QEventLoop itemLoop;
        loop = &itemLoop;
        startedAt = total.nsecsElapsed();
        returnedAt = timedShare(paired, run, total, i, bodies.at(i), &returnedCpu);
        waitingFor = run.shareIds.constLast();
        execFor(itemLoop, 30000);
        run.totalMs += double(total.nsecsElapsed() - startedAt) / 1e6;
        if (!waitingFor.isEmpty() || !engine.isIdle()) {
            std::printf("one at a time: item %lld not Shared within 30 s\n", qlonglong(i));
            return std::nullopt;
        }
        if (i % 2 == 1)
            bareTimes->push_back(bare.put(bodies.at(i)));
        if (bareTimes->back() < 0)
            return std::nullopt;
    }
    run.peakRssKiB = peakRssKiB();
    QObject::disconnect(observer);
    QObject::disconnect(answers);
    run.notShared = notShared(engine, run.shareIds);
    return run;
}

// ---------------------------------------------------------------------------------- checks

/** The endpoint keeps exactly the shares sent for the pairing, each once, with its body. */
bool endpointKeeps(EndpointFixture &endpoint, const QString &pairingId, const QStringList &ids,
    const QList<QByteArray> &bodies, const char *who)
{
    const QJsonArray stored = endpoint.sharesOf(pairingId);
    QMap<QString, QByteArray> sent;
    for (qsizetype i = 0; i < ids.size(); ++i)
        sent.insert(ids.at(i), bodies.value(i));
    const QString differences = synctest::compareShares(stored, sent);
    const bool ok = differences.isEmpty() && sent.size() == bodies.size();
    std::printf("%-52s %6lld kept of %lld sent, each once and as sent: %s\n",
        QByteArray("endpoint keeps for pairing: ").append(who).constData(),
        qlonglong(stored.size()), qlonglong(sent.size()), ok ? "yes" : "NO");
    if (!ok)
        std::printf("%s\n", qPrintable(differences.section(QLatin1Char('\n'), 0, 9)));
    return ok;
}

// ---------------------------------------------------------------------------------- output

void printRow(const QString &figure, double value, double baseline, const char *note = "")
{
    std::printf("%-52s %10.2f ms %10.2f ms %7.2fx   %s\n", figure.toUtf8().constData(), value,
        baseline, baseline > 0 ? value / baseline : 0.0, note);
}

/** p50 of all values, of the first tenth and of the last tenth (does an item cost more later?);
 * the baseline's the same way when there is one. */
void printSpread(const QString &figure, const std::vector<double> &values,
    const std::vector<double> &baseline = {})
{
    const auto p50 = [](const std::vector<double> &all, bool last) {
        const size_t tenth = std::max<size_t>(1, all.size() / 10);
        return last ? percentile(slice(all, all.size() - tenth, all.size()), 0.5)
                    : percentile(slice(all, 0, tenth), 0.5);
    };
    std::printf("%-52s %8.2f %8.2f %8.2f", figure.toUtf8().constData(), percentile(values, 0.5),
        p50(values, false), p50(values, true));
    if (!baseline.empty())
        std::printf("   %8.2f %8.2f %8.2f", percentile(baseline, 0.5), p50(baseline, false),
            p50(baseline, true));
    std::printf("\n");
}

/** Every item's figures, one line each, for a closer look (--csv FILE). */
void writeCsv(const QString &path, const BaselineRun &b, const EngineRun &q, const EngineRun &s,
    const std::vector<double> &a)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    file.write("item,baseline_put,queued_share_call,queued_share_cpu,queued_to_shared,"
               "queued_gap,queued_after_answer,single_share_call,single_share_cpu,"
               "single_wire,single_wire_cpu,single_after_answer,single_to_shared,"
               "alternating_put\n");
    const auto at = [](const std::vector<double> &values, size_t i) {
        return i < values.size() ? QByteArray::number(values[i], 'f', 3) : QByteArray();
    };
    for (size_t i = 0; i < b.perRequest.size(); ++i) {
        const QByteArrayList fields {QByteArray::number(qulonglong(i)), at(b.perRequest, i),
            at(q.shareCall, i), at(q.shareCpu, i), at(q.latency, i),
            i > 0 ? at(q.gaps, i - 1) : QByteArray(), at(q.afterAnswer, i), at(s.shareCall, i),
            at(s.shareCpu, i), at(s.onTheWire, i), at(s.onTheWireCpu, i), at(s.afterAnswer, i),
            at(s.latency, i), at(a, i)};
        file.write(fields.join(',') + '\n');
    }
}

bool bench(int n, const QString &csv)
{
    EndpointFixture endpoint;
    endpoint.setExtraConfig(NoRateLimit);
    QString why;
    if (!endpoint.start(&why)) {
        std::printf("%s\n", qPrintable(why));
        return false;
    }
    QList<QByteArray> bodies;
    for (int i = 0; i < n; ++i)
        bodies.append(
            synctest::goalBody(QStringLiteral("Doel %1: elke maand rust in mijn geld").arg(i)));

    const auto baseline = runBaseline(endpoint, bodies);
    if (!baseline)
        return false;
    const auto queued = runQueued(endpoint, bodies);
    if (!queued)
        return false;
    BareDevice alternating;
    if (!alternating.pair(endpoint))
        return false;
    std::vector<double> alternatingTimes;
    const auto single = runOneAtATime(endpoint, bodies, alternating, &alternatingTimes);
    if (!single)
        return false;

    const BaselineRun &b = *baseline;
    const EngineRun &q = *queued;
    const EngineRun &s = *single;
    const std::vector<double> &a = alternatingTimes;
    if (!csv.isEmpty())
        writeCsv(csv, b, q, s, a);
    const QString items = QString::number(n);
    printRow(QStringLiteral("queued: %1 shared, pushed until idle, total").arg(items), q.totalMs,
        b.totalMs, "(baseline: all PUTs, just before)");
    printRow(QStringLiteral("queued: the last share() returned to idle"), q.drainMs, b.totalMs,
        "(the first request left at the first share())");
    printRow(QStringLiteral("queued: share() to Shared, p50"), percentile(q.latency, 0.5),
        percentile(b.doneSinceStart, 0.5), "(baseline: PUT answered, since the first)");
    printRow(QStringLiteral("queued: share() to Shared, p95"), percentile(q.latency, 0.95),
        percentile(b.doneSinceStart, 0.95));
    printRow(QStringLiteral("queued: item Shared to the next Shared, p50"), percentile(q.gaps, 0.5),
        percentile(b.perRequest, 0.5), "(baseline: one PUT)");
    printRow(QStringLiteral("queued: item Shared to the next Shared, p95"),
        percentile(q.gaps, 0.95), percentile(b.perRequest, 0.95));
    printRow(QStringLiteral("one at a time: %1 items, total").arg(items), s.totalMs, sum(a),
        "(baseline: PUTs alternating with the items)");
    printRow(QStringLiteral("one at a time: share() to Shared, p50"), percentile(s.latency, 0.5),
        percentile(a, 0.5), "(baseline: one PUT, alternating)");
    printRow(QStringLiteral("one at a time: share() to Shared, p95"), percentile(s.latency, 0.95),
        percentile(a, 0.95));
    if (b.peakRssKiB && q.peakRssKiB && s.peakRssKiB)
        std::printf("%-52s %10.1f MiB %9.1f MiB %7.2fx   (one at a time: %.1f MiB)\n",
            "peak RSS of this process (queued)", double(q.peakRssKiB) / 1024.0,
            double(b.peakRssKiB) / 1024.0, double(q.peakRssKiB) / double(b.peakRssKiB),
            double(s.peakRssKiB) / 1024.0);

    std::printf("\nWhere the time goes, p50 in ms of all items, the first %d and the last %d\n",
        std::max(1, n / 10), std::max(1, n / 10));
    std::printf("%-52s %8s %8s %8s   %8s %8s %8s\n", "", "all", "first", "last", "baseline",
        "first", "last");
    printSpread(QStringLiteral("queued: share() call (outbox grows)"), q.shareCall);
    printSpread(QStringLiteral("queued: share() call, CPU"), q.shareCpu);
    printSpread(
        QStringLiteral("queued: item Shared to next (outbox shrinks)"), q.gaps, b.perRequest);
    printSpread(QStringLiteral("queued: answer in to Shared (engine's work)"), q.afterAnswer);
    printSpread(QStringLiteral("queued: answer in to Shared, CPU"), q.afterAnswerCpu);
    printSpread(QStringLiteral("one at a time: share() call"), s.shareCall);
    printSpread(QStringLiteral("one at a time: share() call, CPU"), s.shareCpu);
    printSpread(QStringLiteral("one at a time: share() returned to answer in"), s.onTheWire, a);
    printSpread(
        QStringLiteral("one at a time: share() returned to answer in, CPU"), s.onTheWireCpu);
    printSpread(QStringLiteral("one at a time: answer in to Shared"), s.afterAnswer);
    printSpread(QStringLiteral("one at a time: answer in to Shared, CPU"), s.afterAnswerCpu);
    printSpread(QStringLiteral("one at a time: share() to Shared"), s.latency, a);
    std::printf("%-52s %8.1f ms (CPU %.1f ms)\n",
        QStringLiteral("queued: all %1 share() calls together").arg(items).toUtf8().constData(),
        sum(q.shareCall), sum(q.shareCpu));

    std::printf("%-52s %d / %d answers, %d / %d not 201\n",
        "requests of the engine (queued / one at a time)", q.requests, s.requests, q.not201,
        s.not201);
    std::printf("%-52s %.2f ms in %d calls (queued), %.2f ms in %d (one at a time)\n",
        "measuring: the changed() slot", q.observerMs, q.observed, s.observerMs, s.observed);
    std::printf("%-52s %d / %d items not Shared\n",
        "stateOf() after the run (queued / one at a time)", q.notShared, s.notShared);

    bool ok = q.requests == n && s.requests == n && q.not201 == 0 && s.not201 == 0
        && q.notShared == 0 && s.notShared == 0;
    ok = endpointKeeps(endpoint, q.pairingId, q.shareIds, bodies, "queued") && ok;
    ok = endpointKeeps(endpoint, s.pairingId, s.shareIds, bodies, "one at a time") && ok;
    ok = endpointKeeps(endpoint, b.pairingId, b.shareIds, bodies, "baseline") && ok;
    ok = endpointKeeps(
             endpoint, alternating.pairingId, alternating.shareIds, bodies, "baseline, alternating")
        && ok;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    // The endpoint's one log line per request would flood the output; it is the same for both.
    QByteArray rules = qgetenv("QT_LOGGING_RULES");
    qputenv("QT_LOGGING_RULES",
        rules.append(rules.isEmpty() ? "" : ";").append("mapje.endpoint.requests.info=false"));
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    int items = quick ? 100 : 1000;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--items")); at > 0)
        items = std::max(10, arguments.value(at + 1).toInt());
    const qsizetype csvAt = arguments.indexOf(QStringLiteral("--csv"));
    const QString csv = csvAt > 0 ? arguments.value(csvAt + 1) : QString();

    QFile load(QStringLiteral("/proc/loadavg"));
    const QByteArray loadAverage
        = load.open(QIODevice::ReadOnly) ? load.readLine().split(' ').value(0) : "?";
    std::printf("Mapje outbox benchmark%s: %d goals to mapje-endpoint on 127.0.0.1 (SQLite), "
                "load average %s\n(baseline: bare QNetworkAccessManager, one PUT at a time of "
                "the same bodies, same endpoint)\n",
        quick ? " - quick mode, figures are rough" : "", items, loadAverage.constData());
    std::printf("%-52s %13s %13s %8s\n", "figure", "mapje", "baseline", "ratio");
    bool ok = false;
    QTimer::singleShot(0, &app, [&] {
        ok = bench(items, csv);
        app.exit();
    });
    app.exec();
    if (!ok)
        std::printf("A benchmark could not run, or the endpoint did not keep what was sent.\n");
    std::fflush(stdout);
    return ok ? 0 : 1;
}
