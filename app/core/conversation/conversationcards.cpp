#include "core/conversation/conversationcards.h"

#include "core/contentfile.h"

namespace mapje {

namespace {

struct Content {
    QList<ConversationCards::Card> cards;
    QList<ConversationCards::RoleCard> roles;
    QList<ContentText> groundRules;
};

// app/core/content/conversationcards.json. Keys and roles are stored: never change them.
Content shippedContent()
{
    const ContentFile file(
        QStringLiteral(":/content/conversationcards.json"), ConversationCards::TranslationContext);
    Content content;
    for (const ContentItem &item : file.top().items("cards"))
        content.cards.append({item.string("key"), item.text("text")});
    for (const ContentItem &item : file.top().items("roles")) {
        // An unknown role would be a card nobody meets: the build's check and this stop it.
        const auto role = Perspective::kindFromKey(item.string("role"));
        if (role && *role != Perspective::Kind::Citizen)
            content.roles.append({*role, item.text("title"), item.text("explanation")});
    }
    content.groundRules = file.top().texts("groundRules");
    file.requireValid();
    return content;
}

const Content &content()
{
    static const Content shipped = shippedContent();
    return shipped;
}

} // namespace

QString ConversationCards::Card::text() const
{
    return textSource.translated(TranslationContext);
}

QString ConversationCards::RoleCard::title() const
{
    return titleSource.translated(TranslationContext);
}

QString ConversationCards::RoleCard::explanation() const
{
    return explanationSource.translated(TranslationContext);
}

const QList<ConversationCards::Card> &ConversationCards::cards()
{
    return content().cards;
}

std::optional<ConversationCards::Card> ConversationCards::find(QStringView key)
{
    for (const Card &card : cards()) {
        if (card.key == key)
            return card;
    }
    return std::nullopt;
}

std::optional<ConversationCards::RoleCard> ConversationCards::roleCard(Perspective::Kind role)
{
    for (const RoleCard &card : content().roles) {
        if (card.role == role)
            return card;
    }
    return std::nullopt;
}

QStringList ConversationCards::groundRules()
{
    QStringList rules;
    for (const ContentText &rule : content().groundRules)
        rules.append(rule.translated(TranslationContext));
    return rules;
}

} // namespace mapje
