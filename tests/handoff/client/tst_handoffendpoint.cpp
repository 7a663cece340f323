#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include "endpointfixture.h"
#include "handoff/client/handoffclient.h"
#include "handoff/crypto/handoffcheckcode.h"
#include "handoff/crypto/handoffkeypair.h"
#include "handoff/crypto/handoffseal.h"

using mapje::HandoffAnswer;
using mapje::HandoffCheckCode;
using mapje::HandoffClient;
using mapje::HandoffKeyPair;
using mapje::HandoffSeal;
using Outcome = HandoffAnswer::Outcome;
using namespace mapje::protocol;

namespace {

const QByteArray HallToken = "zuil-hal-" + QUuid::createUuid().toByteArray(QUuid::Id128);
const QByteArray DeskToken = "zuil-balie-" + QUuid::createUuid().toByteArray(QUuid::Id128);

QByteArray kiosksConfig()
{
    const auto hash = [](const QByteArray &token) {
        return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
    };
    return "[zuilen]\nhal=" + hash(HallToken) + "\nbalie=" + hash(DeskToken) + "\n";
}

// One call's answer and value, waited for: the callbacks come from the event loop.
template<typename T> struct Waited {
    bool done = false;
    HandoffAnswer answer;
    std::optional<T> value;
    HandoffClient::Done<T> callback()
    {
        return [this](const HandoffAnswer &a, const std::optional<T> &v) {
            answer = a;
            value = v;
            done = true;
        };
    }
};
struct WaitedEmpty {
    bool done = false;
    HandoffAnswer answer;
    HandoffClient::DoneEmpty callback()
    {
        return [this](const HandoffAnswer &a) {
            answer = a;
            done = true;
        };
    }
};

} // namespace

/**
 * The hand-off from a kiosk to a phone through the real endpoint on 127.0.0.1, every request and
 * answer checked by Prism against docs/api/openapi.yaml: the kiosk opens a mailbox, the phone
 * claims it, both show the same check code, the kiosk seals and uploads, the phone fetches and
 * opens exactly the bytes; a second phone, a replayed upload, a replayed fetch, a tampered
 * ciphertext, another kiosk and an expired mailbox are refused.
 */
class TestHandoffEndpoint : public QObject {
    Q_OBJECT

private:
    EndpointFixture m_endpoint;
    QNetworkAccessManager m_network;
    std::unique_ptr<HandoffClient> m_kiosk;
    std::unique_ptr<HandoffClient> m_phone;

    std::unique_ptr<HandoffClient> clientFor(const QUrl &base, const QByteArray &kioskToken)
    {
        auto client = std::make_unique<HandoffClient>(&m_network, base);
        client->setKioskToken(kioskToken);
        client->setTimeout(15000);
        return client;
    }

    std::optional<NewHandoff> open(HandoffClient &kiosk, const HandoffKeyPair &keys)
    {
        Waited<NewHandoff> opened;
        kiosk.openMailbox(keys.publicKey(), HandoffClient::newIdempotencyKey(), opened.callback());
        if (!QTest::qWaitFor([&] { return opened.done; }, 20000))
            return std::nullopt;
        return opened.value;
    }

    Waited<ClaimedHandoff> claim(
        HandoffClient &phone, const QString &code, const HandoffKeyPair &keys)
    {
        Waited<ClaimedHandoff> claimed;
        phone.claim(code, keys.publicKey(), HandoffClient::newIdempotencyKey(), claimed.callback());
        QTest::qWaitFor([&] { return claimed.done; }, 20000);
        return claimed;
    }

    Waited<HandoffState> read(HandoffClient &kiosk, const QString &code)
    {
        Waited<HandoffState> state;
        kiosk.readMailbox(code, state.callback());
        QTest::qWaitFor([&] { return state.done; }, 20000);
        return state;
    }

    WaitedEmpty upload(HandoffClient &kiosk, const QString &code, const HandoffContent &sealed)
    {
        WaitedEmpty uploaded;
        kiosk.upload(code, sealed, HandoffClient::newIdempotencyKey(), uploaded.callback());
        QTest::qWaitFor([&] { return uploaded.done; }, 20000);
        return uploaded;
    }

    Waited<HandoffContent> fetch(HandoffClient &phone, const QString &code, const QString &token)
    {
        Waited<HandoffContent> fetched;
        phone.fetch(code, token.toUtf8(), fetched.callback());
        QTest::qWaitFor([&] { return fetched.done; }, 20000);
        return fetched;
    }

private slots:
    void initTestCase()
    {
        m_endpoint.setExtraConfig(kiosksConfig());
        QString why;
        QVERIFY2(m_endpoint.start(&why), qPrintable(why));
        QVERIFY2(m_endpoint.startValidator(
                     QStringLiteral(MAPJE_PRISM_PATH), QStringLiteral(MAPJE_OPENAPI_PATH), &why),
            qPrintable(why));
        m_kiosk = clientFor(m_endpoint.appBase(), HallToken);
        m_phone = clientFor(m_endpoint.appBase(), {});
    }

    void cleanupTestCase()
    {
        const QStringList violations = m_endpoint.validatorViolations();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    void aSessionGoesFromTheKioskToOnePhone()
    {
        const HandoffKeyPair kioskKeys = HandoffKeyPair::generate();
        const auto mailbox = open(*m_kiosk, kioskKeys);
        QVERIFY(mailbox);
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^[ACDEFHJKMNPRTUVWXY34679]{4}-[ACDEFHJKMNPRTUVWXY34679]{4}$"))
                     .match(mailbox->code)
                     .hasMatch(),
            qPrintable(mailbox->code));
        Waited<HandoffState> state = read(*m_kiosk, mailbox->code);
        QCOMPARE(state.answer.outcome, Outcome::Done);
        QCOMPARE(state.value->stage, HandoffState::Stage::WaitingForPhone);

        // The visitor types the code on the phone, in small letters with a space.
        const HandoffKeyPair phoneKeys = HandoffKeyPair::generate();
        const QString typed = mailbox->code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        const Waited<ClaimedHandoff> claimed = claim(*m_phone, typed, phoneKeys);
        QCOMPARE(claimed.answer.outcome, Outcome::Done);
        QCOMPARE(claimed.value->kioskKey, kioskKeys.publicKey());

        // A second phone is refused.
        const HandoffKeyPair intruderKeys = HandoffKeyPair::generate();
        QCOMPARE(claim(*m_phone, mailbox->code, intruderKeys).answer.outcome, Outcome::Taken);

        // Too early: the kiosk has not sent anything yet.
        const Waited<HandoffContent> early
            = fetch(*m_phone, mailbox->code, claimed.value->phoneToken);
        QCOMPARE(early.answer.outcome, Outcome::NotYet);
        QCOMPARE(early.answer.retryAfterSeconds, 2);

        // The kiosk learns the phone's key; both screens show the same check code, which the
        // second phone's key would not give.
        state = read(*m_kiosk, mailbox->code);
        QCOMPARE(state.value->stage, HandoffState::Stage::PhoneClaimed);
        QCOMPARE(state.value->phoneKey, phoneKeys.publicKey());
        const QString onKiosk = HandoffCheckCode::of(kioskKeys.publicKey(), state.value->phoneKey);
        const QString onPhone
            = HandoffCheckCode::of(claimed.value->kioskKey, phoneKeys.publicKey());
        QVERIFY(!onKiosk.isEmpty());
        QCOMPARE(onPhone, onKiosk);
        QVERIFY(HandoffCheckCode::of(kioskKeys.publicKey(), intruderKeys.publicKey()) != onKiosk);

        // The visitor says yes on the kiosk: it seals for that phone and uploads, once.
        const QByteArray session
            = "{\"bord\":{\"geld\":\"verdrietig\"},\"doelen\":[\"post openen\"]}";
        const auto sealed
            = HandoffSeal::seal(kioskKeys, state.value->phoneKey, mailbox->code, session);
        QVERIFY(sealed);
        QCOMPARE(upload(*m_kiosk, mailbox->code, *sealed).answer.outcome, Outcome::Done);
        QCOMPARE(upload(*m_kiosk, mailbox->code, *sealed).answer.outcome, Outcome::Taken);
        QCOMPARE(read(*m_kiosk, mailbox->code).value->stage, HandoffState::Stage::Sent);

        // The phone fetches and opens exactly the session; then the mailbox is gone.
        const Waited<HandoffContent> fetched = fetch(*m_phone, typed, claimed.value->phoneToken);
        QCOMPARE(fetched.answer.outcome, Outcome::Done);
        QCOMPARE(*fetched.value, *sealed);
        const auto opened
            = HandoffSeal::open(phoneKeys, claimed.value->kioskKey, typed, *fetched.value);
        QVERIFY(opened);
        QCOMPARE(*opened, session);
        const Waited<HandoffContent> again
            = fetch(*m_phone, mailbox->code, claimed.value->phoneToken);
        QCOMPARE(again.answer.outcome, Outcome::Gone);
        QCOMPARE(again.answer.status, 404);
        QCOMPARE(read(*m_kiosk, mailbox->code).answer.outcome, Outcome::Gone);
    }

    void aTamperedCiphertextDoesNotOpen()
    {
        const HandoffKeyPair kioskKeys = HandoffKeyPair::generate();
        const HandoffKeyPair phoneKeys = HandoffKeyPair::generate();
        const auto mailbox = open(*m_kiosk, kioskKeys);
        QVERIFY(mailbox);
        const Waited<ClaimedHandoff> claimed = claim(*m_phone, mailbox->code, phoneKeys);
        QCOMPARE(claimed.answer.outcome, Outcome::Done);
        auto sealed
            = HandoffSeal::seal(kioskKeys, phoneKeys.publicKey(), mailbox->code, "mijn mapje");
        QVERIFY(sealed);
        // One byte flipped on the way: the endpoint cannot tell, the phone can.
        sealed->ciphertext[3] = char(sealed->ciphertext[3] ^ 0x01);
        QCOMPARE(upload(*m_kiosk, mailbox->code, *sealed).answer.outcome, Outcome::Done);
        const Waited<HandoffContent> fetched
            = fetch(*m_phone, mailbox->code, claimed.value->phoneToken);
        QCOMPARE(fetched.answer.outcome, Outcome::Done);
        QCOMPARE(fetched.value->ciphertext, sealed->ciphertext);
        QVERIFY(
            !HandoffSeal::open(phoneKeys, claimed.value->kioskKey, mailbox->code, *fetched.value));
    }

    void anotherKioskSeesNothingAndTheKioskEndsTheSession()
    {
        const auto desk = clientFor(m_endpoint.appBase(), DeskToken);
        const HandoffKeyPair kioskKeys = HandoffKeyPair::generate();
        const auto mailbox = open(*m_kiosk, kioskKeys);
        QVERIFY(mailbox);
        QCOMPARE(read(*desk, mailbox->code).answer.outcome, Outcome::Gone);
        WaitedEmpty ended;
        desk->endMailbox(mailbox->code, HandoffClient::newIdempotencyKey(), ended.callback());
        QVERIFY(QTest::qWaitFor([&] { return ended.done; }, 20000));
        QCOMPARE(ended.answer.outcome, Outcome::Gone);
        QCOMPARE(read(*m_kiosk, mailbox->code).answer.outcome, Outcome::Done);

        WaitedEmpty ownEnd;
        m_kiosk->endMailbox(mailbox->code, HandoffClient::newIdempotencyKey(), ownEnd.callback());
        QVERIFY(QTest::qWaitFor([&] { return ownEnd.done; }, 20000));
        QCOMPARE(ownEnd.answer.outcome, Outcome::Done);
        QCOMPARE(claim(*m_phone, mailbox->code, HandoffKeyPair::generate()).answer.outcome,
            Outcome::Gone);
        // A kiosk token that is not in [zuilen]: refused, not retried.
        const auto stranger = clientFor(m_endpoint.appBase(), "zuil-bestaat-niet-0000000000000");
        QVERIFY(!open(*stranger, kioskKeys));
    }

    void anExpiredMailboxIsRefused()
    {
        // An endpoint of its own whose mailboxes live two seconds instead of five minutes.
        EndpointFixture quick;
        quick.setExtraConfig(kiosksConfig() + "[grenzen]\noverdrachtSeconden=2\n");
        QString why;
        QVERIFY2(quick.start(&why), qPrintable(why));
        const auto kiosk = clientFor(quick.directBase(), HallToken);
        const auto phone = clientFor(quick.directBase(), {});
        const HandoffKeyPair kioskKeys = HandoffKeyPair::generate();
        const auto claimedInTime = open(*kiosk, kioskKeys);
        const auto late = open(*kiosk, kioskKeys);
        QVERIFY(claimedInTime && late);
        QVERIFY(late->expiresAt <= QDateTime::currentDateTimeUtc().addSecs(3));
        const Waited<ClaimedHandoff> inTime
            = claim(*phone, claimedInTime->code, HandoffKeyPair::generate());
        QCOMPARE(inTime.answer.outcome, Outcome::Done);
        QTest::qWait(2500);
        QCOMPARE(
            claim(*phone, late->code, HandoffKeyPair::generate()).answer.outcome, Outcome::Gone);
        QCOMPARE(read(*kiosk, late->code).answer.outcome, Outcome::Gone);
        QCOMPARE(upload(*kiosk, claimedInTime->code, {QByteArray(24, '\x01'), "x"}).answer.outcome,
            Outcome::Gone);
        QCOMPARE(fetch(*phone, claimedInTime->code, inTime.value->phoneToken).answer.outcome,
            Outcome::Gone);
    }

    void nothingLeavesWhereTheTransportRulesSayNo()
    {
        // Plain HTTP to another machine: refused at once, without a request.
        HandoffClient remote(&m_network, QUrl(QStringLiteral("http://mapje.example/v1")));
        QVERIFY(!remote.allowed());
        Waited<ClaimedHandoff> claimed;
        remote.claim(QStringLiteral("KM4T-X7RA"), QByteArray(32, '\x01'),
            HandoffClient::newIdempotencyKey(), claimed.callback());
        QVERIFY(claimed.done);
        QCOMPARE(claimed.answer.outcome, Outcome::Refused);
        QCOMPARE(claimed.answer.status, 0);
        // Something that is no code is no mailbox, also without a request.
        Waited<ClaimedHandoff> noCode;
        m_phone->claim(QStringLiteral("KM4T"), QByteArray(32, '\x01'),
            HandoffClient::newIdempotencyKey(), noCode.callback());
        QVERIFY(noCode.done);
        QCOMPARE(noCode.answer.outcome, Outcome::Gone);
    }

    void answersMapOntoOutcomes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("wait");
        QTest::newRow("201") << 201 << QByteArray() << QByteArray() << int(Outcome::Done) << 0;
        QTest::newRow("404") << 404 << QByteArray("niet-gevonden") << QByteArray()
                             << int(Outcome::Gone) << 0;
        QTest::newRow("second phone")
            << 409 << QByteArray("overdracht-bezet") << QByteArray() << int(Outcome::Taken) << 0;
        QTest::newRow("uploaded already")
            << 409 << QByteArray("al-verstuurd") << QByteArray() << int(Outcome::Taken) << 0;
        QTest::newRow("not sent yet") << 409 << QByteArray("nog-niet-verstuurd") << QByteArray("2")
                                      << int(Outcome::NotYet) << 2;
        QTest::newRow("no phone yet")
            << 409 << QByteArray("nog-geen-telefoon") << QByteArray() << int(Outcome::NotYet) << 0;
        QTest::newRow("same key still running")
            << 409 << QByteArray("nog-bezig") << QByteArray() << int(Outcome::NoAnswer) << 0;
        QTest::newRow("wrong codes") << 429 << QByteArray("te-veel-codes") << QByteArray("900")
                                     << int(Outcome::TooMany) << 900;
        QTest::newRow("a day capped to an hour")
            << 429 << QByteArray() << QByteArray("86400") << int(Outcome::TooMany) << 3600;
        QTest::newRow("401") << 401 << QByteArray("geen-toegang") << QByteArray()
                             << int(Outcome::Refused) << 0;
        QTest::newRow("413") << 413 << QByteArray("te-groot") << QByteArray()
                             << int(Outcome::Refused) << 0;
        QTest::newRow("500") << 500 << QByteArray("serverfout") << QByteArray()
                             << int(Outcome::NoAnswer) << 0;
        QTest::newRow("no answer")
            << 0 << QByteArray() << QByteArray() << int(Outcome::NoAnswer) << 0;
    }

    void answersMapOntoOutcomes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, outcome);
        QFETCH(int, wait);
        const QByteArray problem = type.isEmpty()
            ? QByteArray()
            : "{\"type\":\"https://mapje.nl/problemen/" + type + "\",\"title\":\"t\",\"status\":1}";
        const HandoffAnswer answer = HandoffAnswer::of(status, problem, retryAfter);
        QCOMPARE(int(answer.outcome), outcome);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.retryAfterSeconds, wait);
    }
};

QTEST_GUILESS_MAIN(TestHandoffEndpoint)
#include "tst_handoffendpoint.moc"
