#include "core/rightstext.h"

#include "core/contentfile.h"

namespace mapje {

namespace {

struct Rights {
    ContentText title;
    QList<RightsText::Block> blocks;
};

// A paragraph ({"paragraph", "links"}) or a list ({"list": [...]}) of app/core/content/rights.json.
void appendBody(QList<RightsText::Block> &blocks, const QList<ContentItem> &body)
{
    for (const ContentItem &item : body) {
        if (item.has("list")) {
            for (const ContentText &text : item.texts("list"))
                blocks.append({RightsText::Kind::ListItem, {}, text, false});
        } else {
            blocks.append(
                {RightsText::Kind::Paragraph, {}, item.text("paragraph"), item.flag("links")});
        }
    }
}

Rights readRights()
{
    const ContentFile file(QStringLiteral(":/content/rights.json"), RightsText::TranslationContext);
    const ContentItem top = file.top();
    Rights rights {top.text("title"), {}};
    appendBody(rights.blocks, top.items("intro"));
    for (const ContentItem &right : top.items("rights")) {
        const QString key = right.string("key");
        rights.blocks.append({RightsText::Kind::Heading, key, right.text("heading"), false});
        appendBody(rights.blocks, right.items("body"));
        rights.blocks.append({RightsText::Kind::Law, key, right.text("law"), false});
    }
    appendBody(rights.blocks, top.items("closing"));
    file.requireValid();
    return rights;
}

const Rights &shipped()
{
    static const Rights rights = readRights();
    return rights;
}

} // namespace

const ContentText &RightsText::title()
{
    return shipped().title;
}

const QList<RightsText::Block> &RightsText::blocks()
{
    return shipped().blocks;
}

QStringList RightsText::rights()
{
    QStringList keys;
    for (const Block &block : blocks()) {
        if (block.kind == Kind::Heading)
            keys.append(block.right);
    }
    return keys;
}

} // namespace mapje
