#include "ui/appointments/rightscontent.h"

#include "core/rightstext.h"

namespace mapje {

namespace {
QVariantMap sourceOf(const ContentText &text)
{
    return {{QStringLiteral("source"), QString::fromUtf8(text.source)},
        {QStringLiteral("disambiguation"), QString::fromUtf8(text.disambiguation)}};
}

QString kindName(RightsText::Kind kind)
{
    switch (kind) {
    case RightsText::Kind::Heading:
        return QStringLiteral("heading");
    case RightsText::Kind::Paragraph:
        return QStringLiteral("paragraph");
    case RightsText::Kind::ListItem:
        return QStringLiteral("item");
    case RightsText::Kind::Law:
        return QStringLiteral("law");
    }
    return {};
}
} // namespace

RightsContent::RightsContent(QObject *parent) : QObject(parent)
{
}

QString RightsContent::context()
{
    return QString::fromLatin1(RightsText::TranslationContext);
}

QVariantMap RightsContent::title()
{
    return sourceOf(RightsText::title());
}

QVariantList RightsContent::blocks()
{
    QVariantList result;
    for (const RightsText::Block &block : RightsText::blocks()) {
        QVariantMap map = sourceOf(block.text);
        map.insert(QStringLiteral("kind"), kindName(block.kind));
        map.insert(QStringLiteral("right"), block.right);
        map.insert(QStringLiteral("links"), block.linksHardWords);
        result.append(map);
    }
    return result;
}

} // namespace mapje
