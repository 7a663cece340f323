#include "core/conversation/conversation.h"

#include <algorithm>

namespace mapje {

Conversation::Conversation(QString id, QDateTime startedAt, QString citizenId)
    : m_id(std::move(id)), m_startedAt(std::move(startedAt)), m_citizenId(std::move(citizenId))
{
}

Conversation Conversation::restored(Stored stored)
{
    Conversation conversation(
        std::move(stored.id), std::move(stored.startedAt), std::move(stored.citizenId));
    conversation.m_participants = std::move(stored.participants);
    conversation.m_cards = std::move(stored.cards);
    conversation.m_items = std::move(stored.items);
    conversation.m_decisions = std::move(stored.decisions);
    conversation.m_decisions.resize(conversation.m_items.size(), Decision::Undecided);
    conversation.m_closedAt = std::move(stored.closedAt);
    return conversation;
}

QString Conversation::itemKindKey(Item::Kind kind)
{
    return kind == Item::Kind::Experience ? QStringLiteral("experience") : QStringLiteral("fiche");
}

std::optional<Conversation::Item::Kind> Conversation::itemKindFromKey(QStringView key)
{
    if (key == u"fiche")
        return Item::Kind::Fiche;
    if (key == u"experience")
        return Item::Kind::Experience;
    return std::nullopt;
}

QString Conversation::decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Keep:
        return QStringLiteral("keep");
    case Decision::Remove:
        return QStringLiteral("remove");
    case Decision::Undecided:
        break;
    }
    return QStringLiteral("undecided");
}

std::optional<Conversation::Decision> Conversation::decisionFromKey(QStringView key)
{
    if (key == u"undecided")
        return Decision::Undecided;
    if (key == u"keep")
        return Decision::Keep;
    if (key == u"remove")
        return Decision::Remove;
    return std::nullopt;
}

std::optional<Conversation::Participant> Conversation::participant(
    const QString &perspectiveId) const
{
    for (const Participant &participant : m_participants) {
        if (participant.perspectiveId == perspectiveId)
            return participant;
    }
    return std::nullopt;
}

Conversation::Decision Conversation::decision(qsizetype item) const
{
    return item >= 0 && item < m_decisions.size() ? m_decisions.at(item) : Decision::Undecided;
}

Conversation::Result Conversation::join(const QString &actorId, const Participant &participant)
{
    if (const Result result = checkOpenAndCitizen(actorId); result != Result::Ok)
        return result;
    if (participant.perspectiveId.isEmpty())
        return Result::UnknownPerspective;
    if (participant.perspectiveId == m_citizenId || participant.role == Perspective::Kind::Citizen)
        return Result::CitizenIsHere;
    if (this->participant(participant.perspectiveId))
        return Result::AlreadyHere;
    Participant joined = participant;
    joined.name = participant.name.trimmed();
    m_participants.append(joined);
    return Result::Ok;
}

Conversation::Result Conversation::leave(const QString &actorId, const QString &perspectiveId)
{
    if (const Result result = checkOpenAndCitizen(actorId); result != Result::Ok)
        return result;
    if (perspectiveId == m_citizenId)
        return Result::CitizenIsHere;
    const auto removed = m_participants.removeIf(
        [&](const Participant &participant) { return participant.perspectiveId == perspectiveId; });
    return removed > 0 ? Result::Ok : Result::UnknownPerspective;
}

Conversation::Result Conversation::recordCard(const QString &cardId, bool used)
{
    if (isClosed())
        return Result::Closed;
    for (CardUse &card : m_cards) {
        if (card.cardId != cardId)
            continue;
        if (card.used || !used)
            return Result::Unchanged;
        card.used = true;
        return Result::Ok;
    }
    m_cards.append({cardId, used});
    return Result::Ok;
}

Conversation::Result Conversation::recordItem(const Item &item)
{
    if (isClosed())
        return Result::Closed;
    if (item.perspectiveId == m_citizenId)
        return Result::Unchanged; // her own words are hers; nothing to review
    if (!participant(item.perspectiveId))
        return Result::UnknownPerspective;
    if (m_items.contains(item))
        return Result::Unchanged;
    m_items.append(item);
    m_decisions.append(Decision::Undecided);
    return Result::Ok;
}

Conversation::Result Conversation::moveFiche(const QString &actorId, const QString &domainId,
    const QString &fromPerspectiveId, const QString &toPerspectiveId)
{
    if (const Result result = checkOpenAndCitizen(actorId); result != Result::Ok)
        return result;
    const auto known = [this](const QString &id) { return id == m_citizenId || participant(id); };
    if (!known(fromPerspectiveId) || !known(toPerspectiveId))
        return Result::UnknownPerspective;
    if (fromPerspectiveId == toPerspectiveId)
        return Result::Unchanged;
    const Item from {Item::Kind::Fiche, fromPerspectiveId, domainId, {}};
    if (const qsizetype at = m_items.indexOf(from); at >= 0) {
        m_items.removeAt(at);
        m_decisions.removeAt(at);
    }
    if (toPerspectiveId != m_citizenId)
        (void)recordItem({Item::Kind::Fiche, toPerspectiveId, domainId, {}});
    return Result::Ok;
}

Conversation::Result Conversation::decide(const QString &actorId, qsizetype item, Decision decision)
{
    if (const Result result = checkOpenAndCitizen(actorId); result != Result::Ok)
        return result;
    if (item < 0 || item >= m_items.size())
        return Result::UnknownItem;
    if (m_decisions.at(item) == decision)
        return Result::Unchanged;
    m_decisions[item] = decision;
    return Result::Ok;
}

bool Conversation::isDecided() const
{
    return std::none_of(m_decisions.cbegin(), m_decisions.cend(),
        [](Decision decision) { return decision == Decision::Undecided; });
}

QList<Conversation::Item> Conversation::itemsToRemove() const
{
    QList<Item> removed;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_decisions.at(i) == Decision::Remove)
            removed.append(m_items.at(i));
    }
    return removed;
}

Conversation::Result Conversation::close(const QString &actorId, const QDateTime &at)
{
    if (const Result result = checkOpenAndCitizen(actorId); result != Result::Ok)
        return result;
    if (!isDecided())
        return Result::NotDecided;
    m_closedAt = at;
    return Result::Ok;
}

Conversation::Result Conversation::checkOpenAndCitizen(const QString &actorId) const
{
    if (isClosed())
        return Result::Closed;
    if (actorId == m_citizenId)
        return Result::Ok;
    return participant(actorId) ? Result::NotCitizen : Result::UnknownPerspective;
}

} // namespace mapje
