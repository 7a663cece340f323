#include "sync/protocol/handoffmessages.h"

#include "sync/protocol/decodewith.h"
#include "sync/protocol/messages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mapje::protocol {

namespace {

using Need = ObjectReader::Need;

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QString CodePattern
    = QStringLiteral("[ACDEFHJKMNPRTUVWXY34679]{4}-[ACDEFHJKMNPRTUVWXY34679]{4}");
const QStringList Stages {QStringLiteral("wacht-op-telefoon"), QStringLiteral("telefoon-gekoppeld"),
    QStringLiteral("verstuurd")};

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(Base64Url));
}

QByteArray versioned(QJsonObject object)
{
    object.insert(QStringLiteral("versie"), 1);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

/* Bytes as base64url without padding, and only in the one form that encodes them (no stray
 * bits in the last character), so one value has one text. exactBytes 0: any length from 1. */
QByteArray readBytes(ObjectReader &reader, const QString &name, qsizetype exactBytes)
{
    const QString text = reader.text(name, Need::Required, MaxShareBytes, 1);
    if (!reader.ok())
        return {};
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const QByteArray latin = text.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
        latin, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!form.match(text).hasMatch() || !decoded || decoded.decoded.isEmpty()
        || (exactBytes > 0 && decoded.decoded.size() != exactBytes)
        || decoded.decoded.toBase64(Base64Url) != latin) {
        *reader.errorSlot() = ProtocolError {
            ProtocolError::Kind::BadValue, ObjectReader::below(reader.pointer(), name)};
        return {};
    }
    return decoded.decoded;
}

// A body of one public key: the kiosk's when it opens a mailbox, the phone's when it claims one.
template<typename T> Decoded<T> decodeKeyBody(QByteArrayView body, const QString &name)
{
    return decodeWith<T>(body, MaxSmallBodyBytes,
        [&name](ObjectReader &reader) { return T {readBytes(reader, name, HandoffKeyBytes)}; });
}

} // namespace

QByteArray encode(const HandoffRequest &request)
{
    return versioned({{QStringLiteral("zuilSleutel"), base64Url(request.kioskKey)}});
}

QByteArray encode(const NewHandoff &handoff)
{
    return versioned({{QStringLiteral("code"), handoff.code},
        {QStringLiteral("verlooptOp"), utcText(handoff.expiresAt)}});
}

QByteArray encode(const HandoffClaim &claim)
{
    return versioned({{QStringLiteral("telefoonSleutel"), base64Url(claim.phoneKey)}});
}

QByteArray encode(const ClaimedHandoff &claimed)
{
    return versioned({{QStringLiteral("zuilSleutel"), base64Url(claimed.kioskKey)},
        {QStringLiteral("telefoonToken"), claimed.phoneToken},
        {QStringLiteral("verlooptOp"), utcText(claimed.expiresAt)}});
}

QByteArray encode(const HandoffState &state)
{
    QJsonObject json {{QStringLiteral("status"), Stages.at(static_cast<qsizetype>(state.stage))},
        {QStringLiteral("verlooptOp"), utcText(state.expiresAt)}};
    if (!state.phoneKey.isEmpty())
        json.insert(QStringLiteral("telefoonSleutel"), base64Url(state.phoneKey));
    return versioned(json);
}

QByteArray encode(const HandoffContent &content)
{
    return versioned({{QStringLiteral("kop"), base64Url(content.header)},
        {QStringLiteral("inhoud"), base64Url(content.ciphertext)}});
}

Decoded<HandoffRequest> decodeHandoffRequest(QByteArrayView body)
{
    return decodeKeyBody<HandoffRequest>(body, QStringLiteral("zuilSleutel"));
}

Decoded<NewHandoff> decodeNewHandoff(QByteArrayView body)
{
    return decodeWith<NewHandoff>(body, MaxSmallBodyBytes, [](ObjectReader &reader) {
        NewHandoff handoff;
        handoff.code = reader.matching(QStringLiteral("code"), Need::Required, CodePattern);
        handoff.expiresAt = reader.utcTime(QStringLiteral("verlooptOp"), Need::Required);
        return handoff;
    });
}

Decoded<HandoffClaim> decodeHandoffClaim(QByteArrayView body)
{
    return decodeKeyBody<HandoffClaim>(body, QStringLiteral("telefoonSleutel"));
}

Decoded<ClaimedHandoff> decodeClaimedHandoff(QByteArrayView body)
{
    return decodeWith<ClaimedHandoff>(body, MaxSmallBodyBytes, [](ObjectReader &reader) {
        ClaimedHandoff claimed;
        claimed.kioskKey = readBytes(reader, QStringLiteral("zuilSleutel"), HandoffKeyBytes);
        claimed.phoneToken = reader.text(QStringLiteral("telefoonToken"), Need::Required, 200, 32);
        claimed.expiresAt = reader.utcTime(QStringLiteral("verlooptOp"), Need::Required);
        return claimed;
    });
}

Decoded<HandoffState> decodeHandoffState(QByteArrayView body)
{
    return decodeWith<HandoffState>(body, MaxSmallBodyBytes, [](ObjectReader &reader) {
        HandoffState state;
        const QString stage = reader.choice(QStringLiteral("status"), Need::Required, Stages);
        state.stage
            = static_cast<HandoffState::Stage>(std::max<qsizetype>(0, Stages.indexOf(stage)));
        // The phone's key is there exactly when a phone came: required then, and unknown
        // (never read, so finish() refuses it) before.
        if (state.stage != HandoffState::Stage::WaitingForPhone)
            state.phoneKey = readBytes(reader, QStringLiteral("telefoonSleutel"), HandoffKeyBytes);
        state.expiresAt = reader.utcTime(QStringLiteral("verlooptOp"), Need::Required);
        return state;
    });
}

Decoded<HandoffContent> decodeHandoffContent(QByteArrayView body)
{
    return decodeWith<HandoffContent>(body, MaxShareBytes, [](ObjectReader &reader) {
        HandoffContent content;
        content.header = readBytes(reader, QStringLiteral("kop"), HandoffHeaderBytes);
        content.ciphertext = readBytes(reader, QStringLiteral("inhoud"), 0);
        return content;
    });
}

} // namespace mapje::protocol
