#include "endpointfixture.h"
#include "quotavfs.h"
#include "sync/engine/syncengine.h"
#include "sync/protocol/messages.h"
#include "syncsteps.h"
#include "syncvault.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using mapje::Proposal;
using mapje::ShareRecord;
using mapje::SyncConfig;
using mapje::SyncEngine;
using mapje::testing::SyncVault;
using ItemKind = mapje::Consent::ItemKind;
using State = SyncEngine::ItemState;

namespace {

QByteArray boardBody()
{
    mapje::protocol::BoardShare board;
    board.boardOf = QDate(2026, 12, 6);
    board.domains = {{QStringLiteral("housing"), QStringLiteral("Wonen"),
        {{QStringLiteral("ik"), {}, QStringLiteral("verdrietig"), QStringLiteral("ja"),
            QStringLiteral("De verwarming doet het niet")}}}};
    return mapje::protocol::encode(mapje::protocol::Share {board});
}

} // namespace

using synctest::goalBody;
using synctest::storedBody;

/**
 * The sync engine on a real vault against the real mapje-endpoint on 127.0.0.1, every request
 * and answer checked by Prism against docs/api/openapi.yaml: pair, share a board and a goal,
 * change and re-share, withdraw, receive an appointment and a moment, accept, ask for another
 * moment, end the pairing; and a restart in the middle loses and doubles nothing.
 */
class TestSyncEngine : public QObject {
    Q_OBJECT

private:
    EndpointFixture m_endpoint;

    SyncConfig config() const
    {
        return {QStringLiteral("Gemeente Voorbeeld"), m_endpoint.appBase(), {}};
    }

    static bool settle(SyncEngine &engine) { return synctest::settle(engine); }

    static bool pair(SyncEngine &engine, const QString &code, SyncEngine::PairingOutcome *outcome)
    {
        const auto ended = synctest::pair(engine, code);
        if (ended)
            *outcome = *ended;
        return ended.has_value();
    }

    // Pairs with a code a klantmanager just made; the pairing's id, or "" when it did not pair.
    QString pairWithANewCode(SyncEngine &engine)
    {
        SyncEngine::PairingOutcome outcome {};
        if (!pair(engine, m_endpoint.issueCode(), &outcome)
            || outcome != SyncEngine::PairingOutcome::Paired)
            return {};
        return engine.pairing()->pairingId;
    }

    static QList<ShareRecord::Channel> channels(SyncVault &vault)
    {
        QList<ShareRecord::Channel> found;
        for (const auto &line : vault.log().all())
            found.append(line.record.channel());
        return found;
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_endpoint.start(&why), qPrintable(why));
        QVERIFY2(m_endpoint.startValidator(
                     QStringLiteral(MAPJE_PRISM_PATH), QStringLiteral(MAPJE_OPENAPI_PATH), &why),
            qPrintable(why));
    }

    void cleanupTestCase()
    {
        const QStringList violations = m_endpoint.validatorViolations();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    void theWholeConversationWithTheMunicipality()
    {
        SyncVault vault;
        vault.clock().set(QDateTime::currentDateTimeUtc());
        SyncEngine engine(vault.clock(), config());
        engine.setStores(vault.stores());
        QVERIFY(engine.isConfigured());
        QVERIFY(!engine.isPaired());

        SyncEngine::PairingOutcome outcome {};
        QVERIFY(pair(engine, QStringLiteral("ABCD-EFGH-JKLM"), &outcome));
        QCOMPARE(outcome, SyncEngine::PairingOutcome::WrongCode);
        QVERIFY(!engine.isPaired());
        QVERIFY(pair(engine, m_endpoint.issueCode().toLower(), &outcome));
        QCOMPARE(outcome, SyncEngine::PairingOutcome::Paired);
        QVERIFY(engine.isPaired());
        QCOMPARE(engine.pairing()->municipality, QStringLiteral("Gemeente Voorbeeld"));
        const QString pairingId = engine.pairing()->pairingId;

        // She shares her board and a goal.
        engine.share(ItemKind::Board, QStringLiteral("board-1"), QStringLiteral("Mijn bord"),
            boardBody(), false);
        engine.share(ItemKind::Goal, QStringLiteral("goal-1"), QStringLiteral("Rust in mijn geld"),
            goalBody(QStringLiteral("Rust in mijn geld")), false);
        const QString goalShare = engine.sharedItemFor(ItemKind::Goal, "goal-1")->shareId;
        QCOMPARE(engine.stateOf(goalShare), State::Waiting);
        QVERIFY(settle(engine));
        QCOMPARE(engine.stateOf(goalShare), State::Shared);
        QJsonArray stored = m_endpoint.sharesOf(pairingId);
        QCOMPARE(stored.size(), 2);

        // She changes the goal and says yes again: the new version replaces the old one.
        engine.share(ItemKind::Goal, QStringLiteral("goal-1"), QStringLiteral("Rust in mijn geld"),
            goalBody(QStringLiteral("Elke maand rust in mijn geld")), false);
        QVERIFY(settle(engine));
        stored = m_endpoint.sharesOf(pairingId);
        QCOMPARE(stored.size(), 2);
        QByteArrayList bodies;
        for (const QJsonValue &one : stored)
            bodies.append(storedBody(one.toObject()));
        QVERIFY(bodies.contains(boardBody()));
        QVERIFY(bodies.contains(goalBody(QStringLiteral("Elke maand rust in mijn geld"))));

        // "Haal terug": the goal is gone from the endpoint; the board stays.
        engine.withdraw(goalShare);
        QCOMPARE(engine.stateOf(goalShare), State::Withdrawing);
        QVERIFY(settle(engine));
        QCOMPARE(engine.stateOf(goalShare), State::NotShared);
        stored = m_endpoint.sharesOf(pairingId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(storedBody(stored.at(0).toObject()), boardBody());
        // Every version that reached the municipality is in her log, and so is the withdrawal.
        const auto log = channels(vault);
        QCOMPARE(log.count(ShareRecord::Channel::Municipality), 3);
        QCOMPARE(log.count(ShareRecord::Channel::Withdrawn), 1);

        // The municipality proposes an appointment and an agreed moment.
        const QString appointmentId = m_endpoint.proposeAppointment(pairingId,
            QDateTime::currentDateTimeUtc().addDays(7), QStringLiteral("Stadhuis, balie 3"),
            QStringLiteral("Joris"), QStringLiteral("Kennismaken"));
        QVERIFY(!appointmentId.isEmpty());
        QVERIFY(!m_endpoint.proposeMoment(pairingId, QDateTime::currentDateTimeUtc().addDays(30))
                     .isEmpty());
        QSignalSpy arrived(&engine, &SyncEngine::proposalsArrived);
        QVERIFY(settle(engine));
        QCOMPARE(arrived.count(), 1);
        const QList<Proposal> proposals = engine.proposals();
        QCOMPARE(proposals.size(), 2);
        QCOMPARE(proposals.at(0).kind, Proposal::Kind::Appointment);
        QCOMPARE(proposals.at(0).where, QStringLiteral("Stadhuis, balie 3"));
        QCOMPARE(proposals.at(0).state, Proposal::State::New);
        engine.settleProposal(appointmentId, Proposal::State::Accepted, QStringLiteral("a-1"));
        // Asked again, nothing new arrives and what she did stays.
        QVERIFY(settle(engine));
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(engine.proposals().at(0).state, Proposal::State::Accepted);

        // "Ik kan niet komen", with a message in her own words.
        engine.requestOtherMoment(appointmentId, QStringLiteral("Ik moet die ochtend werken."));
        QVERIFY(!engine.requests().constFirst().sentAt.isValid());
        QVERIFY(settle(engine));
        QVERIFY(engine.requests().constFirst().sentAt.isValid());
        const QJsonArray requests = m_endpoint.requestsOf(pairingId);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).toObject().value(QStringLiteral("bericht")).toString(),
            QStringLiteral("Ik moet die ochtend werken."));

        // She ends the pairing: the endpoint forgets the device and all it shared.
        engine.endPairing();
        QVERIFY(!engine.isPaired());
        QVERIFY(settle(engine));
        QVERIFY(!engine.pairing());
        QCOMPARE(m_endpoint.pairingStatus(pairingId), 404);
        QVERIFY(!engine.wasEndedByMunicipality());
        QCOMPARE(engine.stateOf(engine.sharedItemFor(ItemKind::Board, "board-1")->shareId),
            State::NotShared);
    }

    // Shared while the endpoint could not be reached, then the app restarts: the change goes
    // once, from the vault.
    void aRestartGoesOnWhereItWas()
    {
        SyncVault vault;
        vault.clock().set(QDateTime::currentDateTimeUtc());
        QString pairingId;
        {
            SyncEngine engine(vault.clock(), config());
            engine.setStores(vault.stores());
            pairingId = pairWithANewCode(engine);
            QVERIFY(!pairingId.isEmpty());
        }
        {
            // Nobody listens on the discard port of the loopback: the send fails at once.
            SyncConfig unreachable = config();
            unreachable.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
            SyncEngine engine(vault.clock(), unreachable);
            engine.setStores(vault.stores());
            engine.share(ItemKind::Goal, QStringLiteral("goal-1"), QStringLiteral("Werk"),
                goalBody(QStringLiteral("Werk vinden")), false);
            QVERIFY(settle(engine));
            const QString shareId = engine.sharedItemFor(ItemKind::Goal, "goal-1")->shareId;
            QCOMPARE(engine.stateOf(shareId), State::Waiting);
        }
        vault.reopen();
        vault.clock().advance(3600); // past any backoff
        SyncEngine engine(vault.clock(), config());
        engine.setStores(vault.stores());
        const QString shareId = engine.sharedItemFor(ItemKind::Goal, "goal-1")->shareId;
        QCOMPARE(engine.stateOf(shareId), State::Waiting);
        QVERIFY(settle(engine));
        QCOMPARE(engine.stateOf(shareId), State::Shared);
        const QJsonArray stored = m_endpoint.sharesOf(pairingId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(storedBody(stored.at(0).toObject()), goalBody(QStringLiteral("Werk vinden")));
    }

    // A full disk: her yes stays in memory and still goes; once the disk has room it is written,
    // and a restart neither loses it nor sends it twice.
    void aFullDiskLosesNothing()
    {
        QVERIFY(mapje::QuotaVfs::install());
        mapje::QuotaVfs::setMode(mapje::QuotaVfs::Mode::Normal);
        SyncVault vault(mapje::QuotaVfs::Name);
        vault.clock().set(QDateTime::currentDateTimeUtc());
        QString pairingId;
        QString shareId;
        {
            SyncEngine engine(vault.clock(), config());
            engine.setStores(vault.stores());
            pairingId = pairWithANewCode(engine);
            QVERIFY(!pairingId.isEmpty());
            mapje::QuotaVfs::setMode(mapje::QuotaVfs::Mode::Full);
            engine.share(ItemKind::Goal, QStringLiteral("goal-1"), QStringLiteral("Werk"),
                goalBody(QStringLiteral("Werk vinden")), false);
            QVERIFY(vault.stores().sharedItems->hasUnsavedChanges());
            QVERIFY(settle(engine));
            shareId = engine.sharedItemFor(ItemKind::Goal, "goal-1")->shareId;
            QCOMPARE(engine.stateOf(shareId), State::Shared);
            QCOMPARE(m_endpoint.sharesOf(pairingId).size(), 1);
            mapje::QuotaVfs::setMode(mapje::QuotaVfs::Mode::Normal);
            QVERIFY(vault.stores().sharedItems->retryPendingSaves());
            QVERIFY(vault.stores().consentLog->retryPendingSaves());
        }
        vault.reopen();
        SyncEngine engine(vault.clock(), config());
        engine.setStores(vault.stores());
        QCOMPARE(engine.stateOf(shareId), State::Shared);
        QVERIFY(settle(engine));
        QCOMPARE(m_endpoint.sharesOf(pairingId).size(), 1);
        QCOMPARE(channels(vault), QList<ShareRecord::Channel> {ShareRecord::Channel::Municipality});
    }

    // While the vault is locked nothing is sent and nothing is known.
    void nothingWhileTheVaultIsLocked()
    {
        SyncVault vault;
        SyncEngine engine(vault.clock(), config());
        engine.setStores({});
        QVERIFY(!engine.isPaired());
        engine.share(
            ItemKind::Goal, QStringLiteral("g"), QStringLiteral("x"), goalBody("x"), false);
        QVERIFY(engine.sharedItems().isEmpty());
        QSignalSpy finished(&engine, &SyncEngine::pairingFinished);
        engine.pair(QStringLiteral("ABCD"));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<SyncEngine::PairingOutcome>(),
            SyncEngine::PairingOutcome::NotConfigured);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
