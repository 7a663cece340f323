#include "core/board.h"

#include "core/lifedomaincatalogue.h"

namespace mapje {

Board::Board(
    QString id, QDate date, QString citizenPerspectiveId, const QString &citizenDisplayName)
    : m_id(std::move(id)),
      m_date(date),
      m_perspectives {Perspective(
          std::move(citizenPerspectiveId), Perspective::Kind::Citizen, citizenDisplayName)}
{
}

Board Board::startFrom(const Board &previous, QString id, QDate date)
{
    Board next = previous;
    next.m_id = std::move(id);
    next.m_date = date;
    return next;
}

std::optional<Perspective> Board::perspective(const QString &perspectiveId) const
{
    for (const Perspective &perspective : m_perspectives) {
        if (perspective.id() == perspectiveId)
            return perspective;
    }
    return std::nullopt;
}

Board::Result Board::addPerspective(const Perspective &perspective)
{
    if (perspective.id().isEmpty())
        return Result::EmptyId;
    if (perspective.isCitizen())
        return Result::SecondCitizen;
    if (this->perspective(perspective.id()))
        return Result::DuplicatePerspective;
    m_perspectives.append(perspective);
    return Result::Ok;
}

Board::Result Board::removePerspective(const QString &actorId, const QString &perspectiveId)
{
    if (const Result result = checkCitizen(actorId); result != Result::Ok)
        return result;
    if (perspectiveId == citizenId())
        return Result::CitizenStays;
    const auto removed = m_perspectives.removeIf(
        [&](const Perspective &perspective) { return perspective.id() == perspectiveId; });
    if (removed == 0)
        return Result::UnknownPerspective;
    m_placements.removeIf(
        [&](const Placement &placement) { return placement.perspectiveId() == perspectiveId; });
    return Result::Ok;
}

Board::Result Board::chooseDomain(const QString &actorId, const QString &domainId)
{
    if (const Result result = checkCitizen(actorId); result != Result::Ok)
        return result;
    if (!LifeDomainCatalogue::contains(domainId))
        return Result::UnknownDomain;
    if (m_chosen.contains(domainId))
        return Result::Unchanged;
    m_chosen.append(domainId);
    return Result::Ok;
}

Board::Result Board::unchooseDomain(const QString &actorId, const QString &domainId)
{
    if (const Result result = checkCitizen(actorId); result != Result::Ok)
        return result;
    if (!LifeDomainCatalogue::contains(domainId))
        return Result::UnknownDomain;
    if (!m_chosen.removeOne(domainId))
        return Result::Unchanged;
    m_placements.removeIf(
        [&](const Placement &placement) { return placement.domainId() == domainId; });
    return Result::Ok;
}

Board::Result Board::moveDomain(const QString &actorId, const QString &domainId, qsizetype newIndex)
{
    if (const Result result = checkCitizen(actorId); result != Result::Ok)
        return result;
    if (const Result result = checkChosen(domainId); result != Result::Ok)
        return result;
    if (newIndex < 0 || newIndex >= m_chosen.size())
        return Result::InvalidIndex;
    const qsizetype from = m_chosen.indexOf(domainId);
    if (from < 0)
        return Result::NotChosen;
    if (from == newIndex)
        return Result::Unchanged;
    m_chosen.move(from, newIndex);
    return Result::Ok;
}

Board::Result Board::moveUp(const QString &actorId, const QString &domainId)
{
    if (const Result result = checkCitizen(actorId); result != Result::Ok)
        return result;
    if (const Result result = checkChosen(domainId); result != Result::Ok)
        return result;
    const qsizetype from = m_chosen.indexOf(domainId);
    if (from < 0)
        return Result::NotChosen;
    if (from == 0)
        return Result::Unchanged;
    return moveDomain(actorId, domainId, from - 1);
}

Board::Result Board::moveDown(const QString &actorId, const QString &domainId)
{
    if (const Result result = checkCitizen(actorId); result != Result::Ok)
        return result;
    if (const Result result = checkChosen(domainId); result != Result::Ok)
        return result;
    const qsizetype from = m_chosen.indexOf(domainId);
    if (from < 0)
        return Result::NotChosen;
    if (from == m_chosen.size() - 1)
        return Result::Unchanged;
    return moveDomain(actorId, domainId, from + 1);
}

QList<Placement> Board::placementsOn(const QString &domainId) const
{
    QList<Placement> result;
    for (const Placement &placement : m_placements) {
        if (placement.domainId() == domainId)
            result.append(placement);
    }
    return result;
}

QList<Placement> Board::visiblePlacementsOn(const QString &domainId) const
{
    QList<Placement> result;
    for (const Placement &placement : m_placements) {
        if (placement.domainId() == domainId && !placement.isHidden())
            result.append(placement);
    }
    return result;
}

QList<Placement> Board::placementsBy(const QString &perspectiveId) const
{
    QList<Placement> result;
    for (const Placement &placement : m_placements) {
        if (placement.perspectiveId() == perspectiveId)
            result.append(placement);
    }
    return result;
}

std::optional<Placement> Board::placement(
    const QString &perspectiveId, const QString &domainId) const
{
    const qsizetype index = placementIndex(perspectiveId, domainId);
    if (index < 0)
        return std::nullopt;
    return m_placements.at(index);
}

Board::Result Board::place(const Placement &placement)
{
    if (!perspective(placement.perspectiveId()))
        return Result::UnknownPerspective;
    if (const Result result = checkChosen(placement.domainId()); result != Result::Ok)
        return result;
    const qsizetype index = placementIndex(placement.perspectiveId(), placement.domainId());
    if (index < 0) {
        Placement added = placement;
        added.setHidden(false);
        m_placements.append(added);
        return Result::Ok;
    }
    Placement replaced = placement;
    replaced.setHidden(m_placements.at(index).isHidden());
    if (replaced == m_placements.at(index))
        return Result::Unchanged;
    m_placements.replace(index, replaced);
    return Result::Ok;
}

Board::Result Board::setPlacementHidden(
    const QString &actorId, const QString &perspectiveId, const QString &domainId, bool hidden)
{
    if (const Result result = checkCitizen(actorId); result != Result::Ok)
        return result;
    if (perspectiveId == actorId)
        return Result::OwnPlacement;
    const qsizetype index = placementIndex(perspectiveId, domainId);
    if (index < 0)
        return Result::NoPlacement;
    if (m_placements.at(index).isHidden() == hidden)
        return Result::Unchanged;
    m_placements[index].setHidden(hidden);
    return Result::Ok;
}

Board::Result Board::removePlacement(
    const QString &actorId, const QString &perspectiveId, const QString &domainId)
{
    if (const Result result = checkCitizen(actorId); result != Result::Ok)
        return result;
    const qsizetype index = placementIndex(perspectiveId, domainId);
    if (index < 0)
        return Result::NoPlacement;
    m_placements.removeAt(index);
    return Result::Ok;
}

Board::Result Board::changeFichePerson(const QString &actorId, const QString &fromPerspectiveId,
    const QString &toPerspectiveId, const QString &domainId)
{
    if (const Result result = checkCitizen(actorId); result != Result::Ok)
        return result;
    if (!perspective(fromPerspectiveId) || !perspective(toPerspectiveId))
        return Result::UnknownPerspective;
    const qsizetype index = placementIndex(fromPerspectiveId, domainId);
    if (index < 0)
        return Result::NoPlacement;
    if (fromPerspectiveId == toPerspectiveId)
        return Result::Unchanged;
    if (placementIndex(toPerspectiveId, domainId) >= 0)
        return Result::Occupied;
    const Placement &from = m_placements.at(index);
    Placement moved(toPerspectiveId, domainId, from.feeling(), from.wish(), from.note());
    moved.setHidden(toPerspectiveId != citizenId() && from.isHidden());
    // Same place in the list: the board's order of fiches does not jump.
    m_placements.replace(index, moved);
    return Result::Ok;
}

Board::Result Board::mayAddExperience(const QString &perspectiveId, const QString &domainId) const
{
    const std::optional<Perspective> who = perspective(perspectiveId);
    if (!who)
        return Result::UnknownPerspective;
    if (who->kind() != Perspective::Kind::Peer)
        return Result::NotPeer;
    return checkChosen(domainId);
}

Board::Result Board::mayAddGoal(const QString &actorId, const QString &domainId) const
{
    if (const Result result = checkCitizen(actorId); result != Result::Ok)
        return result;
    return checkChosen(domainId);
}

Board::Result Board::checkCitizen(const QString &actorId) const
{
    if (actorId == citizenId())
        return Result::Ok;
    return perspective(actorId) ? Result::NotCitizen : Result::UnknownPerspective;
}

Board::Result Board::checkChosen(const QString &domainId) const
{
    if (!LifeDomainCatalogue::contains(domainId))
        return Result::UnknownDomain;
    return m_chosen.contains(domainId) ? Result::Ok : Result::NotChosen;
}

qsizetype Board::placementIndex(const QString &perspectiveId, const QString &domainId) const
{
    for (qsizetype i = 0; i < m_placements.size(); ++i) {
        const Placement &placement = m_placements.at(i);
        if (placement.perspectiveId() == perspectiveId && placement.domainId() == domainId)
            return i;
    }
    return -1;
}

} // namespace mapje
