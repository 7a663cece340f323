#include "core/clock.h"
#include "crashplan.h"
#include "endpointfixture.h"
#include "endpointkeys.h"
#include "loopbackrelay.h"
#include "storage/sync/shareditemrepository.h"
#include "syncsteps.h"
#include "vaulttesthelpers.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/types.h>

using mapje::SharedItem;
using mapje::SharedItemRepository;

namespace {

constexpr int Trials = 50;
constexpr int LongestDelayMs = 400; // a plan takes about 100 to 300 ms after "ready"

struct Run {
    int exitCode = -1;
    bool killed = false;
    QStringList lines;
    QByteArray errors;
};

QString driver()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/sync_crash_driver");
}

// Runs the driver to its end (at most 60 s).
Run runDriver(const QStringList &arguments)
{
    QProcess process;
    process.start(driver(), arguments);
    Run run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.lines = QString::fromUtf8(process.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    run.errors = process.readAllStandardError();
    return run;
}

// Runs the plan of seed and kills it with SIGKILL delayMs after it said "ready" (unless it ended
// before that).
Run runPlanAndKill(const QStringList &arguments, int delayMs)
{
    QProcess process;
    process.start(driver(), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains("ready\n") && process.state() == QProcess::Running
        && waited.elapsed() < 30000) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
    }
    if (out.contains("ready\n")) {
        QElapsedTimer delay;
        delay.start();
        while (delay.elapsed() < delayMs && process.state() == QProcess::Running)
            process.waitForFinished(int(delayMs - delay.elapsed()));
    }
    if (process.state() == QProcess::Running) {
        ::kill(pid_t(process.processId()), SIGKILL);
        run.killed = true;
    }
    process.waitForFinished(10000);
    out += process.readAllStandardOutput();
    run.exitCode = run.killed ? -1 : process.exitCode();
    run.lines = QString::fromUtf8(out).split('\n', Qt::SkipEmptyParts);
    run.errors = process.readAllStandardError();
    return run;
}

// How many steps the driver said it did ("step <n>" after the call returned).
qsizetype stepsSaid(const QStringList &lines)
{
    qsizetype said = 0;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("step ")))
            said = line.mid(5).toInt() + 1;
    }
    return said;
}

bool sameConsent(const std::optional<SharedItem> &kept, const crashplan::Consent &consent)
{
    if (!consent.shared)
        return !kept;
    return kept && kept->consentedBody == consent.body
        && kept->withdrawnAt.isValid() == consent.withdrawn;
}

QString describe(const std::optional<SharedItem> &kept)
{
    if (!kept)
        return QStringLiteral("nothing");
    return QString::fromUtf8(kept->consentedBody)
        + (kept->withdrawnAt.isValid() ? QStringLiteral(" (withdrawn)") : QString());
}

QString describe(const crashplan::Consent &consent)
{
    if (!consent.shared)
        return QStringLiteral("nothing");
    return QString::fromUtf8(consent.body)
        + (consent.withdrawn ? QStringLiteral(" (withdrawn)") : QString());
}

} // namespace

/**
 * Crash safety of the sync with a real kill -9: sync_crash_driver shares, changes and withdraws
 * goals by a plan from a seed and is killed at a random moment; a restart that only settles must
 * then leave the endpoint with exactly the last version she consented to of every item not
 * withdrawn, nothing she withdrew, no share twice, and no Idempotency-Key used for two requests.
 * Repeat a failure with MAPJE_SYNC_CRASH_SEED=<base seed> (and MAPJE_SYNC_CRASH_TRIAL=<trial>).
 */
class TestSyncCrash : public QObject {
    Q_OBJECT

private:
    EndpointFixture m_endpoint;
    std::unique_ptr<LoopbackRelay> m_relay;
    EndpointKeys m_keys;
    QList<qint64> m_staffCalls; // when, for staying below the endpoint's 120 a minute
    QElapsedTimer m_clock;

    // The staff calls come from 127.0.0.1, which the endpoint allows 120 requests a minute.
    void pace()
    {
        m_staffCalls.removeIf([this](qint64 at) { return at < m_clock.elapsed() - 60000; });
        if (m_staffCalls.size() >= 100)
            QTest::qWait(int(m_staffCalls.constFirst() + 60000 - m_clock.elapsed()));
        m_staffCalls.append(m_clock.elapsed());
    }

    // What the endpoint keeps for the pairing; why not, when it did not answer.
    QJsonArray sharesKept(const QString &pairingId, QString *why)
    {
        pace();
        const auto answer
            = m_endpoint.staff("GET", QStringLiteral("/koppelingen/%1/deelnames").arg(pairingId));
        const QJsonObject page = QJsonDocument::fromJson(answer.body).object();
        if (answer.status != 200 || page.value(QStringLiteral("meer")).toBool())
            *why = QStringLiteral("the endpoint answered %1 (or more than a page)")
                       .arg(answer.status);
        return page.value(QStringLiteral("deelnames")).toArray();
    }

    /**
     * Everything the trial must have left behind; "" when it did. consentSaid: the steps the
     * driver said it did before it died (its next step's call may have been done too).
     */
    QString check(const QString &dir, const QString &pairingId, quint32 seed, qsizetype consentSaid,
        int *items)
    {
        QStringList problems;
        mapje::SystemClock clock;
        const auto vault = mapje::testing::openOrCreateVault(dir, clock, crashplan::Pin);
        if (vault->status() != mapje::Vault::Status::Open)
            return QStringLiteral("the vault does not open");
        SharedItemRepository repository(*vault);
        const QList<SharedItem> kept = repository.all();

        // 1. Every consent she gave before the kill is in the vault.
        const auto steps = crashplan::plan(seed);
        const auto said = crashplan::consentAfter(steps, consentSaid);
        const auto oneMore = crashplan::consentAfter(steps, consentSaid + 1);
        for (int item = 0; item < crashplan::Items; ++item) {
            std::optional<SharedItem> found;
            for (const SharedItem &one : kept) {
                if (one.itemId == crashplan::itemId(item))
                    found = one;
            }
            if (!sameConsent(found, said.at(item)) && !sameConsent(found, oneMore.at(item)))
                problems.append(
                    QStringLiteral("%1: the vault keeps %2; she consented to %3")
                        .arg(crashplan::itemId(item), describe(found), describe(said.at(item))));
        }
        *items += int(kept.size());

        // 2. The endpoint keeps exactly her last consent of each item not withdrawn, once, at
        //    the version the vault says it confirmed; nothing waits any more.
        QMap<QString, QByteArray> consented;
        for (const SharedItem &item : kept) {
            if (!item.entries.isEmpty())
                problems.append(QStringLiteral("%1 still has %2 change(s) to send")
                                    .arg(item.itemId)
                                    .arg(item.entries.size()));
            if (!item.withdrawnAt.isValid())
                consented.insert(item.shareId, item.consentedBody);
        }
        QString why;
        const QJsonArray stored = sharesKept(pairingId, &why);
        if (!why.isEmpty())
            return why;
        const QString differences = synctest::compareShares(stored, consented);
        if (!differences.isEmpty())
            problems.append(differences);
        for (const QJsonValue &value : stored) {
            const QString id = value.toObject().value(QStringLiteral("deelnameId")).toString();
            const QString etag = value.toObject().value(QStringLiteral("etag")).toString();
            for (const SharedItem &item : kept) {
                if (item.shareId == id && (!item.confirmed || item.confirmed->etag != etag))
                    problems.append(QStringLiteral("%1: the endpoint has version %2, the vault "
                                                   "confirmed %3")
                                        .arg(item.itemId, etag,
                                            item.confirmed ? item.confirmed->etag : "nothing"));
            }
        }

        // 3. The Idempotency-Keys: none left unfinished, and no version applied twice or after
        //    a newer one of the same item (bodies name their step, so each is one consent).
        const auto keys = m_keys.keysOfPairing(pairingId);
        if (!keys)
            return QStringLiteral("the endpoint's database did not answer");
        QMap<QString, int> lastStep; // per share, the step of the last version applied
        QMap<QPair<QString, QByteArray>, int> applied; // per share and body: how many times
        QMap<QByteArray, int> stepOfBody;
        for (const crashplan::Step &step : steps)
            stepOfBody.insert(crashplan::bodyOf(step), step.number);
        for (const auto &key : *keys) {
            if (key.status == 0)
                problems.append(QStringLiteral("key %1 was never finished").arg(key.key));
            if (key.status != 200 && key.status != 201)
                continue;
            const QJsonObject answer = QJsonDocument::fromJson(key.answer).object();
            const QString id = answer.value(QStringLiteral("deelnameId")).toString();
            ++applied[{id, synctest::storedBody(answer)}];
            const int step = stepOfBody.value(synctest::storedBody(answer), -1);
            if (step <= lastStep.value(id, -1))
                problems.append(QStringLiteral("%1 got step %2's version after step %3's (key %4)")
                                    .arg(id)
                                    .arg(step)
                                    .arg(lastStep.value(id, -1))
                                    .arg(key.key));
            lastStep[id] = std::max(step, lastStep.value(id, -1));
        }
        for (auto it = consented.cbegin(); it != consented.cend(); ++it) {
            const int times = applied.value({it.key(), it.value()});
            if (times != 1)
                problems.append(QStringLiteral("%1: her last version was applied %2 times")
                                    .arg(it.key())
                                    .arg(times));
        }
        return problems.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        m_clock.start();
        QVERIFY2(QFile::exists(driver()), qPrintable(driver()));
        QString why;
        QVERIFY2(m_endpoint.start(&why), qPrintable(why));
        m_relay = std::make_unique<LoopbackRelay>(quint16(m_endpoint.endpointPort()));
        QVERIFY(m_relay->port() != 0);
        QVERIFY2(m_keys.open(m_endpoint.endpointPort(), &why), qPrintable(why));
    }

    void killedAnywhereTheEndpointGetsEachConsentOnce()
    {
        const quint32 base = qEnvironmentVariableIsSet("MAPJE_SYNC_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("MAPJE_SYNC_CRASH_SEED"))
            : QRandomGenerator::global()->bounded(1u << 30);
        const bool one = qEnvironmentVariableIsSet("MAPJE_SYNC_CRASH_TRIAL");
        const int first = one ? qEnvironmentVariableIntValue("MAPJE_SYNC_CRASH_TRIAL") : 0;
        qInfo("base seed %u (MAPJE_SYNC_CRASH_SEED=%u repeats this run)", base, base);
        const QString url = m_relay->base().toString();
        QElapsedTimer total;
        total.start();
        int trials = 0, killed = 0, midRequest = 0, items = 0;
        QMap<int, int> statuses;
        for (int trial = first; trial < (one ? first + 1 : Trials); ++trial) {
            const quint32 seed = base + quint32(trial);
            const int delayMs = int(std::mt19937(seed ^ 0x5eedu)() % (LongestDelayMs + 1));
            const QString where = QStringLiteral("trial %1 (MAPJE_SYNC_CRASH_SEED=%2 "
                                                 "MAPJE_SYNC_CRASH_TRIAL=%1; seed %3, kill %4 ms "
                                                 "after ready)")
                                      .arg(trial)
                                      .arg(base)
                                      .arg(seed)
                                      .arg(delayMs);
            QTemporaryDir dir;
            pace();
            const Run paired
                = runDriver({QStringLiteral("pair"), dir.path(), url, m_endpoint.issueCode()});
            QVERIFY2(paired.exitCode == 0 && !paired.lines.isEmpty(),
                qPrintable(where + QStringLiteral(": pairing failed: ") + paired.errors));
            const QString pairingId = paired.lines.constLast().section(' ', 1);

            const LoopbackRelay::Stats before = m_relay->stats();
            const Run plan = runPlanAndKill(
                {QStringLiteral("plan"), dir.path(), url, QString::number(seed)}, delayMs);
            QVERIFY2(plan.killed || plan.exitCode == 0,
                qPrintable(where + QStringLiteral(": the plan failed: ") + plan.errors));
            const LoopbackRelay::Stats afterPlan = m_relay->stats();
            killed += plan.killed ? 1 : 0;
            midRequest += afterPlan.cutAwaitingAnswer > before.cutAwaitingAnswer ? 1 : 0;

            const Run finished = runDriver({QStringLiteral("finish"), dir.path(), url});
            QVERIFY2(finished.exitCode == 0,
                qPrintable(
                    where + QStringLiteral(": the restart did not finish: ") + finished.errors));
            const QString problems
                = check(dir.path(), pairingId, seed, stepsSaid(plan.lines), &items);
            QVERIFY2(problems.isEmpty(),
                qPrintable(where
                    + QStringLiteral(", %1 steps said, %2:\n")
                          .arg(stepsSaid(plan.lines))
                          .arg(plan.killed ? "killed" : "ended by itself")
                    + problems));
            const LoopbackRelay::Stats after = m_relay->stats();
            for (auto it = after.statuses.cbegin(); it != after.statuses.cend(); ++it)
                statuses[it.key()] += it.value() - before.statuses.value(it.key());
            // A key used for another request (422) or while its first request ran (409).
            QVERIFY2(after.statuses.value(422) == before.statuses.value(422)
                    && after.statuses.value(409) == before.statuses.value(409),
                qPrintable(where + QStringLiteral(": the endpoint answered 409 or 422")));
            ++trials;
        }
        QStringList answers;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            answers.append(QStringLiteral("%1 x%2").arg(it.key()).arg(it.value()));
        qInfo("sync crash: %d trials in %lld ms (base seed %u): %d killed mid-plan, %d of them "
              "mid-request; %d items checked; answers %s",
            trials, total.elapsed(), base, killed, midRequest, items,
            qPrintable(answers.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
