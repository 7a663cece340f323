#include <QTest>

#include "sync/protocol/handoffmessages.h"
#include "sync/protocol/messages.h"
#include "sync/protocol/readablecode.h"

using namespace mapje::protocol;
using Kind = ProtocolError::Kind;

namespace {

QByteArray key(char fill)
{
    return QByteArray(HandoffKeyBytes, fill);
}

const QDateTime Expires {QDate(2026, 12, 6), QTime(10, 5), Qt::UTC};
// 32 zero bytes as base64url: 43 characters, the last one carrying four unused bits.
const QByteArray ZeroKey = QByteArray(42, 'A') + 'A';

} // namespace

/** The hand-off's bodies: every one round-trips, keys are exactly 32 bytes in the one base64url
 * form, the phone's key is there exactly when a phone came, and the usual strict rules hold. */
class TestHandoffMessages : public QObject {
    Q_OBJECT

private slots:
    void everyBodyRoundTrips()
    {
        const HandoffRequest request {key('\x01')};
        QCOMPARE(decodeHandoffRequest(encode(request)).value(), request);
        const NewHandoff handoff {QStringLiteral("KM4T-X7RA"), Expires};
        QCOMPARE(decodeNewHandoff(encode(handoff)).value(), handoff);
        const HandoffClaim claim {key('\xff')};
        QCOMPARE(decodeHandoffClaim(encode(claim)).value(), claim);
        const ClaimedHandoff claimed {key('\x7f'), QString(43, QLatin1Char('t')), Expires};
        QCOMPARE(decodeClaimedHandoff(encode(claimed)).value(), claimed);
        for (const auto stage : {HandoffState::Stage::PhoneClaimed, HandoffState::Stage::Sent}) {
            const HandoffState state {stage, key('\x02'), Expires};
            QCOMPARE(decodeHandoffState(encode(state)).value(), state);
        }
        const HandoffState waiting {HandoffState::Stage::WaitingForPhone, {}, Expires};
        QCOMPARE(decodeHandoffState(encode(waiting)).value(), waiting);
        const HandoffContent content {
            QByteArray(HandoffHeaderBytes, '\x03'), QByteArray("\x00\xff sealed", 9)};
        QCOMPARE(decodeHandoffContent(encode(content)).value(), content);
        QCOMPARE(encode(request),
            QByteArray(
                "{\"versie\":1,\"zuilSleutel\":\"AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE\"}"));
    }

    void keysAreExactly32BytesInOneForm_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("31 bytes") << QByteArray(QByteArray(31, '\0').toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QTest::newRow("33 bytes") << QByteArray(QByteArray(33, '\0').toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QTest::newRow("padded") << ZeroKey + '=';
        QTest::newRow("stray bits in the last character") << QByteArray(42, 'A') + 'B';
        QTest::newRow("plain base64 alphabet") << QByteArray(42, '+') + 'A';
        QTest::newRow("a space") << QByteArray(21, 'A') + ' ' + QByteArray(21, 'A');
        QTest::newRow("empty") << QByteArray();
    }

    void keysAreExactly32BytesInOneForm()
    {
        QFETCH(QByteArray, value);
        const QByteArray start = "{\"versie\":1,\"telefoonSleutel\":\"";
        QVERIFY(decodeHandoffClaim(start + ZeroKey + "\"}").ok());
        const auto decoded = decodeHandoffClaim(start + value + "\"}");
        QVERIFY(!decoded.ok());
        QCOMPARE(
            decoded.error(), (ProtocolError {Kind::BadValue, QStringLiteral("/telefoonSleutel")}));
    }

    void thePhonesKeyIsThereExactlyWhenAPhoneCame()
    {
        const QByteArray time = "\"verlooptOp\":\"2026-12-06T10:05:00Z\"";
        const auto claimedWithout
            = decodeHandoffState("{\"versie\":1,\"status\":\"telefoon-gekoppeld\"," + time + "}");
        QCOMPARE(claimedWithout.error(),
            (ProtocolError {Kind::MissingField, QStringLiteral("/telefoonSleutel")}));
        const auto waitingWith = decodeHandoffState(
            "{\"versie\":1,\"status\":\"wacht-op-telefoon\",\"telefoonSleutel\":\"" + ZeroKey
            + "\"," + time + "}");
        QCOMPARE(waitingWith.error(),
            (ProtocolError {Kind::UnknownField, QStringLiteral("/telefoonSleutel")}));
        const auto unknownStatus
            = decodeHandoffState("{\"versie\":1,\"status\":\"opgehaald\"," + time + "}");
        QCOMPARE(
            unknownStatus.error(), (ProtocolError {Kind::BadValue, QStringLiteral("/status")}));
    }

    void theUsualStrictRulesHold()
    {
        const QByteArray body = "{\"versie\":1,\"zuilSleutel\":\"" + ZeroKey + "\"";
        const QByteArray extraField = body + ",\"naam\":\"hal\"}";
        const QByteArray otherVersion = "{\"versie\":2,\"zuilSleutel\":\"" + ZeroKey + "\"}";
        const QByteArray twice = body + ",\"zuilSleutel\":\"" + ZeroKey + "\"}";
        const QByteArray noKey = "{\"versie\":1}";
        const QByteArray badCode
            = "{\"versie\":1,\"code\":\"KM4T-X7R0\",\"verlooptOp\":\"2026-12-06T10:05:00Z\"}";
        const QByteArray shortToken = "{\"versie\":1,\"zuilSleutel\":\"" + ZeroKey
            + "\",\"telefoonToken\":\"kort\",\"verlooptOp\":\"2026-12-06T10:05:00Z\"}";
        QVERIFY(decodeHandoffRequest(body + "}").ok());
        QCOMPARE(decodeHandoffRequest(extraField).error().kind, Kind::UnknownField);
        QCOMPARE(decodeHandoffRequest(otherVersion).error().kind, Kind::UnknownVersion);
        QCOMPARE(decodeHandoffRequest(twice).error().kind, Kind::DuplicateKey);
        QCOMPARE(decodeHandoffRequest(noKey).error().kind, Kind::MissingField);
        QCOMPARE(decodeNewHandoff(badCode).error(),
            (ProtocolError {Kind::BadValue, QStringLiteral("/code")}));
        QCOMPARE(decodeClaimedHandoff(shortToken).error(),
            (ProtocolError {Kind::BadValue, QStringLiteral("/telefoonToken")}));
    }

    void contentIsLimitedLikeEveryShare()
    {
        const QByteArray header
            = QByteArray(HandoffHeaderBytes, '\0')
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray tooLarge = "{\"versie\":1,\"kop\":\"" + header + "\",\"inhoud\":\""
            + QByteArray(MaxShareBytes, 'A') + "\"}";
        const QByteArray noCiphertext = "{\"versie\":1,\"kop\":\"" + header + "\",\"inhoud\":\"\"}";
        const QByteArray shortHeader = "{\"versie\":1,\"kop\":\"AAAA\",\"inhoud\":\"AAAA\"}";
        QCOMPARE(decodeHandoffContent(tooLarge).error().kind, Kind::TooLarge);
        QCOMPARE(decodeHandoffContent(noCiphertext).error(),
            (ProtocolError {Kind::BadValue, QStringLiteral("/inhoud")}));
        QCOMPARE(decodeHandoffContent(shortHeader).error(),
            (ProtocolError {Kind::BadValue, QStringLiteral("/kop")}));
    }

    void codesAreReadAsPeopleTypeThem()
    {
        QCOMPARE(ReadableCode::normalised(QStringLiteral("km4t x7ra")), QStringLiteral("KM4TX7RA"));
        QCOMPARE(ReadableCode::normalised(QStringLiteral("KM4T-X7RA")), QStringLiteral("KM4TX7RA"));
        QCOMPARE(ReadableCode::normalised(QStringLiteral("KM4T-X7R0")), QString());
        QCOMPARE(ReadableCode::normalised(QStringLiteral("KM4T-X7R")), QString());
        QCOMPARE(ReadableCode::normalised(QStringLiteral("KM4T-X7RAA")), QString());
    }
};

QTEST_GUILESS_MAIN(TestHandoffMessages)
#include "tst_handoffmessages.moc"
