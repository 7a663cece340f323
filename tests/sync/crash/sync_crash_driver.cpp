// tst_synccrash's driver, killed with SIGKILL at random moments. It opens the vault in a folder
// (the fast test KDF), builds the SyncEngine for an endpoint and does one of:
//   sync_crash_driver pair <dir> <url> <code>   makes the vault if the folder is empty, pairs,
//                                               prints "paired <pairingId>"
//   sync_crash_driver plan <dir> <url> <seed>   prints "ready", then the plan of the seed
//                                               (crashplan.h), "step <n>" after each step's call
//                                               returned, and "done" after a last settle
//   sync_crash_driver finish <dir> <url>        settles until nothing waits (its clock jumps an
//                                               hour when a retry waits), prints "finished <n>"
//   sync_crash_driver show <seed>               prints the plan of the seed, a step a line
// It writes nothing but what the engine writes.

#include "core/clock.h"
#include "crashplan.h"
#include "storage/sync/consentlogrepository.h"
#include "storage/sync/pairingrepository.h"
#include "storage/sync/proposalrepository.h"
#include "storage/sync/reschedulerequestrepository.h"
#include "storage/sync/shareditemrepository.h"
#include "sync/engine/syncengine.h"
#include "syncsteps.h"
#include "vaulttesthelpers.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <cstdio>

using namespace mapje;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int fail(const char *why)
{
    std::fprintf(stderr, "sync_crash_driver: %s\n", why);
    return 3;
}

/** The vault and its sync stores, as the app opens them. */
class OpenVault {
public:
    OpenVault(const QString &dir, const Clock &clock)
        : m_vault(testing::openOrCreateVault(dir, clock, crashplan::Pin)),
          m_pairing(*m_vault),
          m_items(*m_vault),
          m_proposals(*m_vault),
          m_requests(*m_vault),
          m_log(*m_vault)
    {
    }

    [[nodiscard]] bool isOpen() const { return m_vault->status() == Vault::Status::Open; }
    [[nodiscard]] SyncStores stores()
    {
        return {&m_pairing, &m_items, &m_proposals, &m_requests, &m_log};
    }

private:
    std::unique_ptr<Vault> m_vault;
    PairingRepository m_pairing;
    SharedItemRepository m_items;
    ProposalRepository m_proposals;
    RescheduleRequestRepository m_requests;
    ConsentLogRepository m_log;
};

void pause(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool somethingWaits(const SyncEngine &engine)
{
    for (const SharedItem &item : engine.sharedItems()) {
        const auto state = engine.stateOf(item.shareId);
        if (state == SyncEngine::ItemState::Waiting || state == SyncEngine::ItemState::Withdrawing)
            return true;
    }
    return false;
}

int runPlan(SyncEngine &engine, quint32 seed)
{
    say(QStringLiteral("ready"));
    for (const crashplan::Step &step : crashplan::plan(seed)) {
        const QString itemId = crashplan::itemId(step.item);
        if (step.action == crashplan::Step::Action::Share) {
            engine.share(Consent::ItemKind::Goal, itemId, QStringLiteral("Doel %1").arg(step.item),
                crashplan::bodyOf(step), false);
        } else {
            const auto item = engine.sharedItemFor(Consent::ItemKind::Goal, itemId);
            if (!item)
                return fail("the plan withdraws an item never shared");
            engine.withdraw(item->shareId);
        }
        say(QStringLiteral("step %1").arg(step.number));
        if (step.then == crashplan::Step::Then::Settle)
            synctest::settle(engine);
        else if (step.then == crashplan::Step::Then::Pause)
            pause(step.pauseMs);
    }
    if (!synctest::settle(engine))
        return fail("no settle within 30 s");
    say(QStringLiteral("done"));
    return 0;
}

int finish(SyncEngine &engine, ManualClock &clock)
{
    for (int round = 1; round <= 5; ++round) {
        if (!synctest::settle(engine))
            return fail("no settle within 30 s");
        if (!somethingWaits(engine)) {
            say(QStringLiteral("finished %1").arg(round));
            return 0;
        }
        clock.advance(3600); // past any backoff and any Retry-After
    }
    return fail("still waiting after five rounds");
}

int show(quint32 seed)
{
    for (const crashplan::Step &step : crashplan::plan(seed)) {
        const bool share = step.action == crashplan::Step::Action::Share;
        const char *then[] = {"at once", "pause", "settle"};
        say(QStringLiteral("step %1: %2 %3%4, then %5")
                .arg(step.number)
                .arg(share ? "share" : "withdraw", crashplan::itemId(step.item),
                    share ? QStringLiteral(" (versie %1)").arg(step.number) : QString(),
                    QString::fromLatin1(then[int(step.then)]))
            + (step.pauseMs ? QStringLiteral(" %1 ms").arg(step.pauseMs) : QString()));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.at(0) == QLatin1String("show"))
        return show(args.at(1).toUInt());
    if (args.size() < 3 || (args.at(0) != QLatin1String("finish") && args.size() != 4)) {
        std::fprintf(stderr, "usage: see the comment at the top of sync_crash_driver.cpp\n");
        return 2;
    }
    const QString mode = args.at(0);
    ManualClock clock(QDateTime::currentDateTimeUtc());
    SystemClock systemClock;
    // The plan runs on real time; finish jumps over waits.
    const Clock &engineClock
        = mode == QLatin1String("finish") ? static_cast<const Clock &>(clock) : systemClock;
    OpenVault vault(args.at(1), engineClock);
    if (!vault.isOpen())
        return fail("the vault did not open");
    SyncEngine engine(
        engineClock, SyncConfig {QStringLiteral("Gemeente Voorbeeld"), QUrl(args.at(2)), {}});
    engine.setStores(vault.stores());

    if (mode == QLatin1String("pair")) {
        if (synctest::pair(engine, args.at(3)) != SyncEngine::PairingOutcome::Paired)
            return fail("not paired");
        say(QStringLiteral("paired ") + engine.pairing()->pairingId);
        return 0;
    }
    if (!engine.isPaired())
        return fail("the vault has no pairing");
    if (mode == QLatin1String("plan"))
        return runPlan(engine, args.at(3).toUInt());
    if (mode == QLatin1String("finish"))
        return finish(engine, clock);
    return fail("unknown mode");
}
