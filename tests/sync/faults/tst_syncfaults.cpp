#include "endpointfixture.h"
#include "faultproxyprocess.h"
#include "loopbackrelay.h"
#include "sync/engine/syncengine.h"
#include "syncsteps.h"
#include "syncvault.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using mapje::Outbox;
using mapje::ShareRecord;
using mapje::SyncConfig;
using mapje::SyncEngine;
using mapje::testing::SyncVault;
using synctest::goalBody;
using synctest::settle;
using ItemKind = mapje::Consent::ItemKind;
using State = SyncEngine::ItemState;

namespace {

const QString GoalId = QStringLiteral("goal-1");
const QString OtherGoalId = QStringLiteral("goal-0");

// What the vault keeps of a share after a restart, against what she consented to: "" when the
// consent and a change still to send are there.
QString keptInVault(
    SyncVault &vault, const QString &shareId, const QByteArray &body, bool withdrawn)
{
    const auto item = vault.stores().sharedItems->load(shareId);
    if (!item)
        return QStringLiteral("the vault lost the item");
    if (item->consentedBody != body)
        return QStringLiteral("the vault lost her last consent: ")
            + QString::fromUtf8(item->consentedBody);
    if (item->withdrawnAt.isValid() != withdrawn)
        return QStringLiteral("the vault lost the withdrawal (or made one)");
    if (item->entries.isEmpty())
        return QStringLiteral("the vault has nothing waiting to send");
    const Outbox::Entry &last = item->entries.constLast();
    if (withdrawn ? last.action != Outbox::Entry::Action::Delete : last.body != body)
        return QStringLiteral("the change waiting in the vault is not her last one");
    if (last.parked)
        return QStringLiteral("the change was parked, as if the endpoint refused it");
    return {};
}

int countOf(const QStringList &lines, const QString &what)
{
    int found = 0;
    for (const QString &line : lines)
        found += line.contains(what) ? 1 : 0;
    return found;
}

} // namespace

/**
 * The sync engine on a real vault against the real mapje-endpoint, through faultproxy: the
 * endpoint down or refusing, slower than the time-out, a 500 before or after it acted, a 429 with
 * Retry-After, the answer cut in its body, garbage instead of JSON, and a certificate nobody
 * trusts. While a fault holds the item waits calmly and the vault keeps it across a restart;
 * once the fault is gone, the endpoint keeps exactly what she consented to, once.
 */
class TestSyncFaults : public QObject {
    Q_OBJECT

private:
    EndpointFixture m_endpoint;
    std::unique_ptr<LoopbackRelay> m_relay;
    FaultProxyProcess m_proxy;
    QElapsedTimer m_running;
    QString m_differences;

    std::unique_ptr<SyncEngine> engineOn(SyncVault &vault, const QUrl &endpoint, int timeoutMs)
    {
        auto engine = std::make_unique<SyncEngine>(
            vault.clock(), SyncConfig {QStringLiteral("Gemeente Voorbeeld"), endpoint, {}});
        engine->setRandom([] { return 0.0; }); // backoff without jitter: 1 s, 2 s, 4 s, …
        engine->setTimeout(timeoutMs);
        engine->setStores(vault.stores());
        return engine;
    }

    // A new vault's engine, paired through the proxy (in pass); the pairing's id.
    QString pairedEngine(SyncVault &vault, std::unique_ptr<SyncEngine> &engine, int timeoutMs)
    {
        vault.clock().set(QDateTime::currentDateTimeUtc());
        engine = engineOn(vault, m_proxy.base(), timeoutMs);
        const auto outcome = synctest::pair(*engine, m_endpoint.issueCode());
        return outcome == SyncEngine::PairingOutcome::Paired ? engine->pairing()->pairingId
                                                             : QString();
    }

    // An app restart: the engine goes, the vault is opened again, a new engine on it.
    void restart(SyncVault &vault, std::unique_ptr<SyncEngine> &engine, const QUrl &endpoint,
        int timeoutMs = 10000)
    {
        engine.reset();
        vault.reopen();
        engine = engineOn(vault, endpoint, timeoutMs);
    }

    static QString shareGoal(SyncEngine &engine, const QString &itemId, const QByteArray &body)
    {
        engine.share(ItemKind::Goal, itemId, QStringLiteral("Rust in mijn geld"), body, false);
        const auto item = engine.sharedItemFor(ItemKind::Goal, itemId);
        return item ? item->shareId : QString();
    }

    // The clock to the moment the share's next try is due, after checking that the wait is the
    // backoff of its tries so far (the random is fixed, so there is no jitter).
    static bool advanceToNextTry(SyncVault &vault, const QString &shareId)
    {
        const auto item = vault.stores().sharedItems->load(shareId);
        if (!item || item->entries.isEmpty())
            return false;
        const Outbox::Entry &first = item->entries.constFirst();
        const qint64 wait = vault.clock().now().msecsTo(first.nextAttemptAt);
        if (wait != Outbox::backoffMs(first.attempts, 0.0)) {
            qWarning("after %d tries the next one is %lld ms away, not %lld", first.attempts, wait,
                Outbox::backoffMs(first.attempts, 0.0));
            return false;
        }
        vault.clock().set(first.nextAttemptAt);
        return true;
    }

    // The endpoint keeps exactly these shares (shareId: her last body), each once; if not, what
    // differs is in m_differences.
    bool keeps(const QString &pairingId, const QMap<QString, QByteArray> &consented)
    {
        m_differences = synctest::compareShares(m_endpoint.sharesOf(pairingId), consented);
        return m_differences.isEmpty();
    }

    int faulted(const QString &mode)
    {
        return m_proxy.stats().value(QStringLiteral("faulted")).toObject().value(mode).toInt();
    }

private slots:
    void initTestCase()
    {
        m_running.start();
        QString why;
        QVERIFY2(m_endpoint.start(&why), qPrintable(why));
        m_relay = std::make_unique<LoopbackRelay>(quint16(m_endpoint.endpointPort()));
        QVERIFY(m_relay->port() != 0);
        QVERIFY2(m_proxy.start(QStringLiteral(MAPJE_PYTHON), QStringLiteral(MAPJE_FAULTPROXY),
                     m_relay->port(), &why),
            qPrintable(why));
    }

    void init() { QVERIFY(m_proxy.reset()); }

    void cleanupTestCase()
    {
        m_proxy.stop();
        qInfo("tst_syncfaults: every fault in %lld ms", m_running.elapsed());
    }

    void aFaultKeepsTheItemWaitingUntilItIsGone_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QJsonObject>("options");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<bool>("changeOfAShared"); // a new version of an item shared before
        const QJsonObject holds; // no count: until the mode changes, over every try
        QTest::newRow("endpoint refuses connections") << "refuse" << holds << 10000 << false;
        QTest::newRow("endpoint down") << "down" << holds << 10000 << false;
        // The endpoint stores it; the answer comes 3 s later, after the time-out of 1.5 s.
        QTest::newRow("slow beyond the time-out")
            << "slow" << QJsonObject {{"delay", 3}, {"count", 1}} << 1500 << false;
        QTest::newRow("500 before the endpoint") << "error500" << holds << 10000 << false;
        QTest::newRow("500 after the endpoint stored it")
            << "error500after" << holds << 10000 << false;
        QTest::newRow("answer cut mid-body, a change") << "dropMidBody" << holds << 10000 << true;
        QTest::newRow("garbage instead of JSON") << "garbage" << holds << 10000 << false;
    }

    void aFaultKeepsTheItemWaitingUntilItIsGone()
    {
        QFETCH(QString, mode);
        QFETCH(QJsonObject, options);
        QFETCH(int, timeoutMs);
        QFETCH(bool, changeOfAShared);
        SyncVault vault;
        std::unique_ptr<SyncEngine> engine;
        const QString pairingId = pairedEngine(vault, engine, timeoutMs);
        QVERIFY(!pairingId.isEmpty());

        // Another goal, shared before the fault, stays as it is.
        const QByteArray other = goalBody(QStringLiteral("Werk vinden"));
        const QString otherShare = shareGoal(*engine, OtherGoalId, other);
        QByteArray body = goalBody(QStringLiteral("Rust in mijn geld"));
        if (changeOfAShared)
            shareGoal(*engine, GoalId, body);
        QVERIFY(settle(*engine));
        QCOMPARE(engine->stateOf(otherShare), State::Shared);

        QVERIFY(m_proxy.setMode(mode, options));
        if (changeOfAShared)
            body = goalBody(QStringLiteral("Elke maand rust in mijn geld"));
        const QString shareId = shareGoal(*engine, GoalId, body);
        QVERIFY(settle(*engine));
        const bool waiting = engine->stateOf(shareId) == State::Waiting;
        // A cut answer is no answer, even with the endpoint's own status line and ETag.
        QCOMPARE(engine->stateOf(shareId), State::Waiting);
        if (waiting && !options.contains(QStringLiteral("count"))) {
            // Tried again when the backoff says, while the fault holds: still calm.
            QVERIFY(advanceToNextTry(vault, shareId));
            QVERIFY(settle(*engine));
            QCOMPARE(engine->stateOf(shareId), State::Waiting);
        }
        QVERIFY(faulted(mode) > 0 || mode == QLatin1String("refuse"));

        // A restart while the fault holds loses nothing.
        restart(vault, engine, m_proxy.base(), timeoutMs);
        if (waiting) {
            QCOMPARE(engine->stateOf(shareId), State::Waiting);
            const QString kept = keptInVault(vault, shareId, body, false);
            QVERIFY2(kept.isEmpty(), qPrintable(kept));
        } else {
            QCOMPARE(vault.stores().sharedItems->load(shareId)->consentedBody, body);
        }

        // The fault is gone: at the next try it goes, once, and only her last version is there.
        QVERIFY(m_proxy.setMode(QStringLiteral("pass")));
        QVERIFY(!waiting || advanceToNextTry(vault, shareId));
        QVERIFY(settle(*engine));
        QCOMPARE(engine->stateOf(shareId), State::Shared);
        QCOMPARE(engine->stateOf(otherShare), State::Shared);
        QVERIFY2(
            keeps(pairingId, {{shareId, body}, {otherShare, other}}), qPrintable(m_differences));
    }

    // 429 with Retry-After: 30: the backoff alone (1 s) would try again much sooner; nothing goes
    // before the 30 s are over.
    void tooManyRequestsWaitsForRetryAfter()
    {
        SyncVault vault;
        std::unique_ptr<SyncEngine> engine;
        const QString pairingId = pairedEngine(vault, engine, 10000);
        QVERIFY(!pairingId.isEmpty());
        QVERIFY(m_proxy.setMode(QStringLiteral("throttle429"), {{"count", 1}, {"retryAfter", 30}}));
        const QByteArray body = goalBody(QStringLiteral("Rust in mijn geld"));
        const QString shareId = shareGoal(*engine, GoalId, body);
        QVERIFY(settle(*engine));
        QCOMPARE(engine->stateOf(shareId), State::Waiting);
        QCOMPARE(faulted(QStringLiteral("throttle429")), 1);
        const QString path = QStringLiteral("PUT /v1/deelnames/") + shareId;
        const QStringList before = m_proxy.requestLines();
        QCOMPARE(countOf(before, path), 1);

        // At +1 s (past the backoff, before Retry-After) nothing of the item goes: the only
        // requests are the look for proposals every settle does.
        vault.clock().advance(1);
        QVERIFY(settle(*engine));
        QCOMPARE(engine->stateOf(shareId), State::Waiting);
        const QStringList atOneSecond = m_proxy.requestLines();
        QCOMPARE(countOf(atOneSecond, path), 1);
        const QStringList after = atOneSecond.mid(before.size());
        QCOMPARE(countOf(after, QStringLiteral("GET /v1/afspraken"))
                + countOf(after, "GET /v1/momenten"),
            after.size());
        vault.clock().advance(28);
        QVERIFY(settle(*engine));
        QCOMPARE(countOf(m_proxy.requestLines(), path), 1);

        // At +Retry-After it goes.
        vault.clock().advance(1);
        QVERIFY(settle(*engine));
        QCOMPARE(engine->stateOf(shareId), State::Shared);
        QCOMPARE(countOf(m_proxy.requestLines(), path), 2);
        QVERIFY2(keeps(pairingId, {{shareId, body}}), qPrintable(m_differences));
    }

    // "Haal terug" while every answer is lost after the endpoint acted: the delete is retried
    // with its key until an answer comes, and the withdrawal is in her log once.
    void withdrawWhileAnswersAreLost()
    {
        SyncVault vault;
        std::unique_ptr<SyncEngine> engine;
        const QString pairingId = pairedEngine(vault, engine, 10000);
        QVERIFY(!pairingId.isEmpty());
        const QByteArray other = goalBody(QStringLiteral("Werk vinden"));
        const QString otherShare = shareGoal(*engine, OtherGoalId, other);
        const QString shareId
            = shareGoal(*engine, GoalId, goalBody(QStringLiteral("Rust in mijn geld")));
        QVERIFY(settle(*engine));
        QCOMPARE(engine->stateOf(shareId), State::Shared);

        QVERIFY(m_proxy.setMode(QStringLiteral("error500after")));
        engine->withdraw(shareId);
        QVERIFY(settle(*engine));
        QCOMPARE(engine->stateOf(shareId), State::Withdrawing);
        // The endpoint did withdraw it; only the answer was lost.
        QVERIFY2(keeps(pairingId, {{otherShare, other}}), qPrintable(m_differences));
        QVERIFY(advanceToNextTry(vault, shareId));
        QVERIFY(settle(*engine));
        QCOMPARE(engine->stateOf(shareId), State::Withdrawing);
        QVERIFY(faulted(QStringLiteral("error500after")) >= 2);

        restart(vault, engine, m_proxy.base());
        QCOMPARE(engine->stateOf(shareId), State::Withdrawing);
        const QString kept
            = keptInVault(vault, shareId, goalBody(QStringLiteral("Rust in mijn geld")), true);
        QVERIFY2(kept.isEmpty(), qPrintable(kept));

        QVERIFY(m_proxy.setMode(QStringLiteral("pass")));
        QVERIFY(advanceToNextTry(vault, shareId));
        QVERIFY(settle(*engine));
        QCOMPARE(engine->stateOf(shareId), State::NotShared);
        QCOMPARE(engine->stateOf(otherShare), State::Shared);
        QVERIFY2(keeps(pairingId, {{otherShare, other}}), qPrintable(m_differences));
        int withdrawals = 0;
        for (const auto &line : vault.log().all())
            withdrawals += line.record.channel() == ShareRecord::Channel::Withdrawn ? 1 : 0;
        QCOMPARE(withdrawals, 1);
    }

    // "Haal terug" while the first version is on its way (the endpoint has it, the answer is
    // slow): it may have arrived, so it is deleted; nothing she withdrew stays there.
    void withdrawnWhileTheFirstVersionIsOnItsWay()
    {
        SyncVault vault;
        std::unique_ptr<SyncEngine> engine;
        const QString pairingId = pairedEngine(vault, engine, 10000);
        QVERIFY(!pairingId.isEmpty());
        QVERIFY(m_proxy.setMode(QStringLiteral("slow"), {{"delay", 1}, {"count", 1}}));
        const int forwarded = m_proxy.stats().value(QStringLiteral("forwarded")).toInt();
        const QString shareId
            = shareGoal(*engine, GoalId, goalBody(QStringLiteral("Rust in mijn geld")));
        QVERIFY(QTest::qWaitFor([&] {
            return m_proxy.stats().value(QStringLiteral("forwarded")).toInt() > forwarded;
        }));
        QVERIFY(!engine->isIdle());
        engine->withdraw(shareId);
        QVERIFY(settle(*engine));
        QCOMPARE(engine->stateOf(shareId), State::NotShared);
        QVERIFY2(keeps(pairingId, {}), qPrintable(m_differences));
    }

    // A page of proposals that is garbage: nothing is invented and the cursor stays, so the
    // proposal arrives (once) at the next look.
    void garbageProposalsInventNothing()
    {
        SyncVault vault;
        std::unique_ptr<SyncEngine> engine;
        const QString pairingId = pairedEngine(vault, engine, 10000);
        QVERIFY(!pairingId.isEmpty());
        const QString cursor = engine->pairing()->appointmentsCursor;
        const QString appointmentId = m_endpoint.proposeAppointment(pairingId,
            QDateTime::currentDateTimeUtc().addDays(7), QStringLiteral("Stadhuis, balie 3"),
            QStringLiteral("Joris"), QStringLiteral("Kennismaken"));
        QVERIFY(!appointmentId.isEmpty());
        QSignalSpy arrived(engine.get(), &SyncEngine::proposalsArrived);

        QVERIFY(m_proxy.setMode(QStringLiteral("garbage"), {{"count", 1}}));
        QVERIFY(settle(*engine));
        QCOMPARE(faulted(QStringLiteral("garbage")), 1);
        QVERIFY(engine->proposals().isEmpty());
        QCOMPARE(arrived.count(), 0);
        QCOMPARE(engine->pairing()->appointmentsCursor, cursor);
        restart(vault, engine, m_proxy.base());
        QCOMPARE(engine->pairing()->appointmentsCursor, cursor);

        QSignalSpy arrivedAfter(engine.get(), &SyncEngine::proposalsArrived);
        QVERIFY(settle(*engine));
        QCOMPARE(engine->proposals().size(), 1);
        QCOMPARE(engine->proposals().constFirst().id, appointmentId);
        QVERIFY(settle(*engine));
        QCOMPARE(engine->proposals().size(), 1);
        QCOMPARE(arrivedAfter.count(), 1);
    }

    // The endpoint shows a certificate nobody trusts: not one request is made over it, and the
    // item waits until the real endpoint is there again.
    void wrongCertificateSendsNothing()
    {
        SyncVault vault;
        std::unique_ptr<SyncEngine> engine;
        const QString pairingId = pairedEngine(vault, engine, 10000);
        QVERIFY(!pairingId.isEmpty());
        engine.reset();
        engine = engineOn(vault, m_proxy.tlsBase(), 10000);
        const QByteArray body = goalBody(QStringLiteral("Rust in mijn geld"));
        const QString shareId = shareGoal(*engine, GoalId, body);
        QVERIFY(settle(*engine));
        QCOMPARE(engine->stateOf(shareId), State::Waiting);
        QVERIFY(advanceToNextTry(vault, shareId));
        QVERIFY(settle(*engine));
        QCOMPARE(engine->stateOf(shareId), State::Waiting);
        const QJsonObject tls = m_proxy.stats().value(QStringLiteral("tls")).toObject();
        QVERIFY(tls.value(QStringLiteral("connections")).toInt() > 0);
        QCOMPARE(tls.value(QStringLiteral("requests")).toInt(), 0);
        QVERIFY(m_endpoint.sharesOf(pairingId).isEmpty());

        restart(vault, engine, m_proxy.tlsBase());
        QCOMPARE(engine->stateOf(shareId), State::Waiting);
        const QString kept = keptInVault(vault, shareId, body, false);
        QVERIFY2(kept.isEmpty(), qPrintable(kept));

        // Back on the endpoint she can trust.
        restart(vault, engine, m_proxy.base());
        QVERIFY(advanceToNextTry(vault, shareId));
        QVERIFY(settle(*engine));
        QCOMPARE(engine->stateOf(shareId), State::Shared);
        QCOMPARE(
            m_proxy.stats().value(QStringLiteral("tls")).toObject().value("requests").toInt(), 0);
        QVERIFY2(keeps(pairingId, {{shareId, body}}), qPrintable(m_differences));
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
