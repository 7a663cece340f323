#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "core/clock.h"
#include "endpointfixture.h"
#include "handoff/client/handoffclient.h"
#include "handoff/crypto/handoffkeypair.h"
#include "handoff/crypto/handoffseal.h"
#include "openvault.h"
#include "ui/board/boardcontroller.h"
#include "ui/goals/goalscontroller.h"
#include "ui/handoff/handoffqrcode.h"
#include "ui/handoff/handoffreceiver.h"
#include "ui/handoff/handoffsender.h"
#include "ui/handoff/handoffsession.h"

using namespace mapje;

namespace {

const QByteArray KioskToken = "zuil-hal-" + QUuid::createUuid().toByteArray(QUuid::Id128);
/** Mailboxes live this long here, instead of five minutes: long enough for a flow, short enough
 * to see one expire. */
constexpr int MailboxSeconds = 8;

/** A port nothing listens on: the network is gone. */
QUrl nowhere()
{
    return QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
}

/** The Composition an OpenVault holds. */
Composition &app(const OpenVault &vault)
{
    return *vault.operator->();
}

} // namespace

/**
 * "Meenemen naar je telefoon" end to end, on the real controllers of two Mapjes: a kiosk (a
 * Composition in kiosk mode, its vault in memory) and a phone (a personal Composition with a vault
 * folder of its own), through the real mapje-endpoint on 127.0.0.1. Both screens show the same
 * check code; the phone's vault holds exactly what the visitor kept, also after a restart; a
 * second phone, a replay, a tampered or meaningless session, "Nee", an expired mailbox and a gone
 * network are refused with their words and change nothing. The kiosk's QR code reads back, by
 * zbarimg, as exactly its link.
 */
class TestHandoffFlow : public QObject {
    Q_OBJECT

private:
    SystemClock m_clock;
    EndpointFixture m_endpoint;
    std::unique_ptr<OpenVault> m_kiosk;

    static KioskConfig kioskConfig(const QUrl &endpoint)
    {
        KioskConfig config;
        config.municipality = QStringLiteral("Gemeente Proef");
        config.languages = {QStringLiteral("nl")};
        config.endpoint = SyncConfig {config.municipality, endpoint, {}};
        config.kioskToken = KioskToken;
        return config;
    }

    static std::unique_ptr<OpenVault> kioskOn(const Clock &clock, const QUrl &endpoint)
    {
        auto kiosk = std::make_unique<OpenVault>(
            clock,
            [&](Composition::Options &options) {
                options.kiosk = kioskConfig(endpoint);
                options.preferencesFile.clear();
            },
            OpenVault::Create::Later);
        (*kiosk)->handoffSender()->setPollInterval(200);
        (*kiosk)->handoffSender()->setTimeout(5000);
        return kiosk;
    }

    std::unique_ptr<OpenVault> phoneOn(const QUrl &endpoint)
    {
        auto phone = std::make_unique<OpenVault>(m_clock, [&](Composition::Options &options) {
            options.municipality = SyncConfig {QStringLiteral("Gemeente Proef"), endpoint, {}};
        });
        (*phone)->handoffReceiver()->setTimeout(5000);
        return phone;
    }

    /** The visitor's board and goals on the kiosk: two domains in her order, her fiches, a
     * fiche of her sister, and two goals with a step. */
    void makeSession(Composition &kiosk)
    {
        BoardController *board = kiosk.boardController();
        board->startNewBoard(false);
        const QString me = board->citizenId();
        board->chooseDomain(QStringLiteral("housing"));
        board->chooseDomain(QStringLiteral("money"));
        board->setFeeling(me, QStringLiteral("housing"), QStringLiteral("sad"));
        board->setWish(me, QStringLiteral("housing"), QStringLiteral("yes"));
        board->setNote(me, QStringLiteral("housing"), QStringLiteral("Het huis is te klein."));
        board->setFeeling(me, QStringLiteral("money"), QStringLiteral("unsure"));
        const QString sister
            = board->addPerspective(QStringLiteral("close"), QStringLiteral("Anna"));
        board->setFeeling(sister, QStringLiteral("money"), QStringLiteral("happy"));
        GoalsController *goals = kiosk.goalsController();
        goals->open(goals->addGoal(QStringLiteral("housing"), QStringLiteral("Een groter huis")));
        goals->addStep(QStringLiteral("Inschrijven bij de woningbouw"));
        goals->close();
        goals->open(
            goals->addGoal(QStringLiteral("money"), QStringLiteral("Overzicht van mijn post")));
        goals->close();
    }

    /** The kiosk opens a mailbox and shows its code. */
    static bool codeShown(HandoffSender *sender)
    {
        sender->begin();
        return sender->engaged()
            && QTest::qWaitFor([&] { return sender->step() == QLatin1String("code"); }, 15000);
    }

    /** From the kiosk's code to the phone's preview, the visitor saying "Ja". */
    static bool handOff(HandoffSender *sender, HandoffReceiver *receiver, bool scan)
    {
        if (!codeShown(sender))
            return false;
        if (scan)
            receiver->receiveScanned(sender->link());
        else
            receiver->receiveCode(
                sender->code().toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        if (!QTest::qWaitFor([&] { return sender->step() == QLatin1String("check"); }, 15000))
            return false;
        if (receiver->step() != QLatin1String("waiting") || sender->checkCode().isEmpty()
            || sender->checkCode() != receiver->checkCode())
            return false;
        sender->confirmSame();
        return QTest::qWaitFor([&] { return sender->step() == QLatin1String("sent"); }, 15000)
            && QTest::qWaitFor([&] { return receiver->step() == QLatin1String("preview"); }, 15000);
    }

    static QList<Goal> goalsOf(Composition &phone)
    {
        return phone.goalsController()->madeSince(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    }

    /** The phone's vault holds nothing it did not hold before. */
    static void unchanged(Composition &phone)
    {
        QVERIFY(!phone.boardController()->hasBoard());
        QVERIFY(goalsOf(phone).isEmpty());
    }

private slots:
    void initTestCase()
    {
        const auto hash = QCryptographicHash::hash(KioskToken, QCryptographicHash::Sha256).toHex();
        // Wrong codes count per address, five a quarter hour: here every phone is 127.0.0.1, and
        // the tests try many codes that are gone on purpose.
        m_endpoint.setExtraConfig("[zuilen]\nhal=" + hash
            + "\n[grenzen]\noverdrachtSeconden=" + QByteArray::number(MailboxSeconds)
            + "\nverzoekenPerMinuut=100000\nfouteCodesPerKwartier=100\n");
        QString why;
        QVERIFY2(m_endpoint.start(&why), qPrintable(why));
        m_kiosk = kioskOn(m_clock, m_endpoint.directBase());
        QVERIFY(m_kiosk->isOpen());
        QVERIFY((*m_kiosk)->handoffSender()->available());
        QVERIFY(!(*m_kiosk)->handoffReceiver()->available()); // a kiosk gives, it does not take
        makeSession(app(*m_kiosk));
    }

    void thePhoneKeepsExactlyWhatTheVisitorChose()
    {
        const auto phone = phoneOn(m_endpoint.directBase());
        HandoffReceiver *receiver = (*phone)->handoffReceiver();
        QVERIFY(receiver->available());
        QVERIFY(handOff((*m_kiosk)->handoffSender(), receiver, true));

        // The preview in words: the board and both goals, hers ticked, others' words off.
        const QVariantList items = receiver->items();
        QCOMPARE(items.size(), 3);
        const QVariantMap board = items.at(0).toMap();
        QCOMPARE(board.value(QStringLiteral("key")).toString(), QStringLiteral("board"));
        QVERIFY(board.value(QStringLiteral("keep")).toBool());
        const QString words
            = board.value(QStringLiteral("lines")).toStringList().join(QLatin1Char('\n'));
        QVERIFY2(words.contains(QStringLiteral("Het huis is te klein.")), qPrintable(words));
        QVERIFY2(!words.contains(QStringLiteral("Anna")), qPrintable(words));
        QVERIFY(receiver->hasOthers());
        QVERIFY(!receiver->keepOthers());
        receiver->setKeepOthers(true);
        QVERIFY(receiver->items()
                    .at(0)
                    .toMap()
                    .value(QStringLiteral("lines"))
                    .toStringList()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Anna")));
        // The goals in the kiosk's writing order (goals of the same second: in the order of
        // their ids), so each is found by its words.
        QVariantMap house, post;
        for (const QVariant &item : items) {
            const QVariantMap map = item.toMap();
            const QString title = map.value(QStringLiteral("title")).toString();
            if (title == QLatin1String("Doel: Een groter huis"))
                house = map;
            else if (title == QLatin1String("Doel: Overzicht van mijn post"))
                post = map;
        }
        QVERIFY(house.value(QStringLiteral("keep")).toBool());
        QVERIFY(post.value(QStringLiteral("keep")).toBool());
        QVERIFY(!receiver->asksAboutBoard()); // this phone has no board yet

        // Nothing is kept before "Bewaar".
        unchanged(app(*phone));
        receiver->setKeep(post.value(QStringLiteral("key")).toString(), false);
        receiver->save(false);
        QCOMPARE(receiver->step(), QStringLiteral("saved"));
        QCOMPARE(receiver->savedText(), QStringLiteral("Bewaard in je Mapje: je bord en 1 doel."));

        const auto check = [](Composition &on) {
            const std::optional<Board> kept = on.boardController()->board();
            QVERIFY(kept);
            QCOMPARE(kept->chosenDomains(),
                QStringList({QStringLiteral("housing"), QStringLiteral("money")}));
            const auto mine = kept->placement(kept->citizenId(), QStringLiteral("housing"));
            QVERIFY(mine);
            QCOMPARE(mine->feeling(), Placement::Feeling::Sad);
            QCOMPARE(mine->wish(), Placement::WishToChange::Yes);
            QCOMPARE(mine->note(), QStringLiteral("Het huis is te klein."));
            QCOMPARE(kept->perspectives().size(), 2);
            const Perspective anna = kept->perspectives().at(1);
            QCOMPARE(anna.kind(), Perspective::Kind::Close);
            QCOMPARE(anna.displayName(), QStringLiteral("Anna"));
            QCOMPARE(kept->placement(anna.id(), QStringLiteral("money"))->feeling(),
                Placement::Feeling::Happy);
            const QList<Goal> goals = goalsOf(on);
            QCOMPARE(goals.size(), 1);
            QCOMPARE(goals.at(0).ownWords(), QStringLiteral("Een groter huis"));
            QCOMPARE(goals.at(0).domainId(), QStringLiteral("housing"));
            QCOMPARE(goals.at(0).steps().size(), 1);
            QCOMPARE(
                goals.at(0).steps().at(0).text(), QStringLiteral("Inschrijven bij de woningbouw"));
        };
        check(app(*phone));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(phone->restart()); // in the vault, not only on screen
        check(app(*phone));
        // The kiosk lost nothing.
        QCOMPARE((*m_kiosk)->boardController()->chosenKeys().size(), 2);
    }

    void aBoardThePhoneHasIsReplacedOnlyWhenSheSaysSo()
    {
        const auto phone = phoneOn(m_endpoint.directBase());
        BoardController *board = (*phone)->boardController();
        board->startNewBoard(false);
        board->chooseDomain(QStringLiteral("health"));
        const QString own = board->boardId();
        HandoffReceiver *receiver = (*phone)->handoffReceiver();
        // Typed, as she reads it: lower case, a space for the dash.
        QVERIFY(handOff((*m_kiosk)->handoffSender(), receiver, false));
        QVERIFY(receiver->asksAboutBoard());
        receiver->save(false); // "houd mijn eigen bord"
        QCOMPARE(board->boardId(), own);
        QCOMPARE(board->chosenKeys(), QStringList({QStringLiteral("health")}));
        QCOMPARE(goalsOf(app(*phone)).size(), 2);
        QCOMPARE(receiver->savedText(), QStringLiteral("Bewaard in je Mapje: 2 doelen."));

        QVERIFY(handOff((*m_kiosk)->handoffSender(), receiver, true));
        receiver->setKeep(QStringLiteral("goal:0"), false);
        receiver->setKeep(QStringLiteral("goal:1"), false);
        receiver->save(true); // "met het bord van de zuil"
        QVERIFY(board->boardId() != own);
        QCOMPARE(
            board->chosenKeys(), QStringList({QStringLiteral("housing"), QStringLiteral("money")}));
        QCOMPARE(board->history()->rowCount(), 2); // hers stays among the earlier boards
        QCOMPARE(goalsOf(app(*phone)).size(), 2);
    }

    void aSecondPhoneAndAReplayAreRefused()
    {
        HandoffSender *sender = (*m_kiosk)->handoffSender();
        const auto first = phoneOn(m_endpoint.directBase());
        const auto second = phoneOn(m_endpoint.directBase());
        QVERIFY(codeShown(sender));
        const QString code = sender->code();
        (*first)->handoffReceiver()->receiveCode(code);
        QVERIFY(QTest::qWaitFor([&] { return sender->step() == QLatin1String("check"); }, 15000));
        HandoffReceiver *late = (*second)->handoffReceiver();
        late->receiveCode(code);
        QVERIFY(QTest::qWaitFor([&] { return !late->message().isEmpty(); }, 15000));
        QCOMPARE(late->message(),
            QStringLiteral(
                "Een andere telefoon gebruikte deze code al. Er is niets opgehaald. Kies "
                "op de zuil opnieuw ‘Meenemen naar je telefoon’."));
        QCOMPARE(late->step(), QStringLiteral("start"));

        sender->confirmSame();
        QVERIFY(QTest::qWaitFor(
            [&] { return (*first)->handoffReceiver()->step() == QLatin1String("preview"); },
            15000));
        // The mailbox went with the first fetch: the same code again finds nothing.
        late->receiveCode(code);
        QVERIFY(QTest::qWaitFor(
            [&] { return late->message().contains(QStringLiteral("werkt niet meer")); }, 15000));
        unchanged(app(*second));
    }

    void noOnTheKioskSendsNothing()
    {
        HandoffSender *sender = (*m_kiosk)->handoffSender();
        const auto phone = phoneOn(m_endpoint.directBase());
        HandoffReceiver *receiver = (*phone)->handoffReceiver();
        QVERIFY(codeShown(sender));
        receiver->receiveScanned(sender->link());
        QVERIFY(QTest::qWaitFor([&] { return sender->step() == QLatin1String("check"); }, 15000));
        sender->rejectDifferent();
        QCOMPARE(sender->step(), QStringLiteral("start"));
        QVERIFY(sender->message().startsWith(QStringLiteral("De codes waren niet hetzelfde.")));
        QVERIFY(QTest::qWaitFor([&] { return !receiver->message().isEmpty(); }, 15000));
        QVERIFY(receiver->message().contains(QStringLiteral("werkt niet meer")));
        unchanged(app(*phone));
    }

    void aTamperedOrMeaninglessSessionIsNotKept_data()
    {
        QTest::addColumn<bool>("tamper");
        QTest::addColumn<QByteArray>("plaintext");
        const QByteArray session = [] {
            HandoffSession s;
            s.goals.append({QStringLiteral("work"), QStringLiteral("Werk"),
                QStringLiteral("Een baan"), {}, {}, {}});
            return s.encode();
        }();
        QTest::newRow("a changed byte") << true << session;
        QTest::newRow("not a session") << false << QByteArray(R"({"versie":1,"soort":"bord"})");
        QTest::newRow("a field too many")
            << false << QByteArray(session).replace(R"("versie":1)", R"("versie":1,"extra":1)");
    }
    void aTamperedOrMeaninglessSessionIsNotKept()
    {
        QFETCH(bool, tamper);
        QFETCH(QByteArray, plaintext);
        // A kiosk of the test's own, so the sealed bytes can be changed on the way.
        QNetworkAccessManager network;
        HandoffClient kiosk(&network, m_endpoint.directBase());
        kiosk.setKioskToken(KioskToken);
        const HandoffKeyPair keys = HandoffKeyPair::generate();
        std::optional<protocol::NewHandoff> box;
        kiosk.openMailbox(keys.publicKey(), HandoffClient::newIdempotencyKey(),
            [&](const HandoffAnswer &, const std::optional<protocol::NewHandoff> &b) { box = b; });
        QVERIFY(QTest::qWaitFor([&] { return box.has_value(); }, 15000));
        const auto phone = phoneOn(m_endpoint.directBase());
        HandoffReceiver *receiver = (*phone)->handoffReceiver();
        receiver->receiveScanned(
            HandoffLink {m_endpoint.directBase(), box->code, keys.publicKey()}.toText());
        QVERIFY(
            QTest::qWaitFor([&] { return receiver->step() == QLatin1String("waiting"); }, 15000));
        std::optional<protocol::HandoffState> state;
        kiosk.readMailbox(
            box->code, [&](const HandoffAnswer &, const std::optional<protocol::HandoffState> &s) {
                state = s;
            });
        QVERIFY(QTest::qWaitFor([&] { return state.has_value(); }, 15000));
        auto sealed = HandoffSeal::seal(keys, state->phoneKey, box->code, plaintext);
        QVERIFY(sealed);
        if (tamper)
            sealed->ciphertext[3] = char(sealed->ciphertext.at(3) ^ 0x20);
        bool uploaded = false;
        kiosk.upload(box->code, *sealed, HandoffClient::newIdempotencyKey(),
            [&](const HandoffAnswer &) { uploaded = true; });
        QVERIFY(QTest::qWaitFor([&] { return !receiver->message().isEmpty(); }, 15000));
        QVERIFY(uploaded);
        QCOMPARE(receiver->message(),
            QStringLiteral("Wat er aankwam, kan Mapje niet goed lezen. Er is niets bewaard. Begin "
                           "op de zuil opnieuw."));
        QCOMPARE(receiver->step(), QStringLiteral("start"));
        QVERIFY(receiver->items().isEmpty());
        unchanged(app(*phone));
    }

    void aScannedCodeWithAnotherKioskKeyIsRefused()
    {
        HandoffSender *sender = (*m_kiosk)->handoffSender();
        QVERIFY(codeShown(sender));
        auto link = HandoffLink::fromText(sender->link());
        QVERIFY(link);
        link->kioskKey = HandoffKeyPair::generate().publicKey();
        const auto phone = phoneOn(m_endpoint.directBase());
        HandoffReceiver *receiver = (*phone)->handoffReceiver();
        QVERIFY(receiver->receiveScanned(link->toText()));
        QVERIFY(QTest::qWaitFor([&] { return !receiver->message().isEmpty(); }, 15000));
        QVERIFY(receiver->message().startsWith(QStringLiteral("Deze code hoort niet bij de zuil")));
        QVERIFY(receiver->checkCode().isEmpty());
        QVERIFY(!receiver->receiveScanned(QStringLiteral("https://example.org")));
        QCOMPARE(receiver->message(), QStringLiteral("Dit is geen code van een zuil van Mapje."));
        sender->stop();
        QVERIFY(!sender->engaged()); // the page closed: the kiosk bar offers it again
        unchanged(app(*phone));
    }

    void anExpiredMailboxIsRefusedOnBothSides()
    {
        HandoffSender *sender = (*m_kiosk)->handoffSender();
        QVERIFY(codeShown(sender));
        const QString code = sender->code();
        QVERIFY(sender->secondsLeft() > 0 && sender->secondsLeft() <= MailboxSeconds);
        QVERIFY(QTest::qWaitFor(
            [&] { return sender->step() == QLatin1String("start"); }, (MailboxSeconds + 3) * 1000));
        // Its own countdown or the endpoint's 404, whichever comes first.
        QVERIFY2(sender->message().startsWith(QStringLiteral("De tijd is om")),
            qPrintable(sender->message()));
        // The endpoint keeps expiry times in whole seconds: past the last one.
        QTest::qWait(1500);
        const auto phone = phoneOn(m_endpoint.directBase());
        HandoffReceiver *receiver = (*phone)->handoffReceiver();
        receiver->receiveCode(code);
        QVERIFY(QTest::qWaitFor([&] { return !receiver->message().isEmpty(); }, 15000));
        QVERIFY2(receiver->message().startsWith(QStringLiteral("Deze code werkt niet meer")),
            qPrintable(receiver->message()));
        unchanged(app(*phone));
        // The kiosk's session is as it was: a new code is one tap away.
        QCOMPARE((*m_kiosk)->boardController()->chosenKeys().size(), 2);
    }

    void aGoneNetworkIsSaidInWords()
    {
        const auto phone = phoneOn(nowhere());
        HandoffReceiver *receiver = (*phone)->handoffReceiver();
        receiver->receiveCode(QStringLiteral("KM4T-X7RA"));
        QVERIFY(QTest::qWaitFor([&] { return !receiver->message().isEmpty(); }, 15000));
        QVERIFY(receiver->message().startsWith(QStringLiteral("Er is nu geen verbinding.")));
        unchanged(app(*phone));

        const auto kiosk = kioskOn(m_clock, nowhere());
        makeSession(app(*kiosk));
        HandoffSender *sender = (*kiosk)->handoffSender();
        sender->begin();
        QVERIFY(QTest::qWaitFor([&] { return !sender->message().isEmpty(); }, 15000));
        QVERIFY(sender->message().startsWith(
            QStringLiteral("Er is nu geen verbinding met de gemeente.")));
        QCOMPARE(sender->step(), QStringLiteral("start"));
        QCOMPARE((*kiosk)->boardController()->chosenKeys().size(), 2);
    }

    void theQrCodeReadsAsItsLink()
    {
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!zbarimg.isEmpty(), "zbarimg (Debian zbar-tools) is needed");
        HandoffSender *sender = (*m_kiosk)->handoffSender();
        QVERIFY(codeShown(sender));
        // The item the kiosk's page shows, painted as the scene graph would.
        HandoffQrCode item;
        item.setSize(QSizeF(420, 420));
        item.setText(sender->link());
        QVERIFY(!item.refused());
        QImage picture(420, 420, QImage::Format_RGB32);
        picture.fill(Qt::white);
        QPainter painter(&picture);
        item.paint(&painter);
        painter.end();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("zuil.png"));
        QVERIFY(picture.save(file));
        QProcess reader;
        reader.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), file});
        QVERIFY(reader.waitForFinished(20000));
        QCOMPARE(reader.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(reader.readAllStandardOutput()).trimmed(), sender->link());
        sender->stop();
    }
};

QTEST_MAIN(TestHandoffFlow)
#include "tst_handoffflow.moc"
