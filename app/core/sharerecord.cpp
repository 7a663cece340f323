#include "core/sharerecord.h"

namespace mapje {

ShareRecord::ShareRecord(
    Consent::ItemKind itemKind, QString itemId, QDateTime when, QString endpoint)
    : m_itemKind(itemKind),
      m_itemId(std::move(itemId)),
      m_when(std::move(when)),
      m_endpoint(std::move(endpoint))
{
}

QString ShareRecord::channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Municipality:
        return QStringLiteral("municipality");
    case Channel::Withdrawn:
        return QStringLiteral("withdrawn");
    case Channel::PdfSaved:
        return QStringLiteral("pdfSaved");
    case Channel::Printed:
        return QStringLiteral("printed");
    }
    Q_UNREACHABLE();
}

std::optional<ShareRecord::Channel> ShareRecord::channelFromKey(QStringView key)
{
    for (Channel channel :
        {Channel::Municipality, Channel::Withdrawn, Channel::PdfSaved, Channel::Printed}) {
        if (channelKey(channel) == key)
            return channel;
    }
    return std::nullopt;
}

} // namespace mapje
