#include "core/handoff/handofflink.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace mapje {

namespace {

constexpr qsizetype KeyBytes = 32;
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QString HandoffLink::toText() const
{
    // Percent-encoded by hand: QUrlQuery leaves ':' and '/' as they are, and a reader that
    // splits on them must never see the endpoint's own query or path as ours.
    return QStringLiteral("mapje://zuil?u=%1&c=%2&k=%3")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(endpoint.toString(QUrl::FullyEncoded))),
            QString::fromLatin1(QUrl::toPercentEncoding(code)),
            QString::fromLatin1(kioskKey.toBase64(Base64Url)));
}

std::optional<HandoffLink> HandoffLink::fromText(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("mapje")
        || url.host() != QLatin1String("zuil") || !url.path().isEmpty())
        return std::nullopt;
    const QUrlQuery query(url);
    // Every part once, nothing else: a link with extra or doubled parts is not the kiosk's.
    if (query.queryItems().size() != 3)
        return std::nullopt;
    const QString endpointText = query.queryItemValue(QStringLiteral("u"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("c"), QUrl::FullyDecoded);
    const QString key = query.queryItemValue(QStringLiteral("k"), QUrl::FullyDecoded);
    static const QRegularExpression CodeShape(QStringLiteral("^[A-Za-z0-9-]{4,32}$"));
    static const QRegularExpression KeyShape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    if (!CodeShape.match(code).hasMatch() || !KeyShape.match(key).hasMatch())
        return std::nullopt;
    HandoffLink link;
    link.endpoint = QUrl(endpointText, QUrl::StrictMode);
    link.code = code;
    link.kioskKey = QByteArray::fromBase64(key.toLatin1(), Base64Url);
    const QString scheme = link.endpoint.scheme();
    if (!link.endpoint.isValid() || link.endpoint.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        || link.kioskKey.size() != KeyBytes)
        return std::nullopt;
    return link;
}

} // namespace mapje
