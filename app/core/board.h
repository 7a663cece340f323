#pragma once

#include "core/perspective.h"
#include "core/placement.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace mapje {

/** One conversation's board on one date; it enforces that the citizen decides. */
class Board {
public:
    /** What happened to a change; the UI turns every value into a calm message. */
    enum class Result {
        Ok, ///< done
        Unchanged, ///< nothing to do, already so; not a problem
        NotCitizen, ///< only the citizen may do this
        UnknownPerspective, ///< no perspective with this id on the board
        UnknownDomain, ///< not a domain of the catalogue
        NotChosen, ///< the citizen has not chosen this domain
        NoPlacement, ///< this perspective has no fiche on this domain
        InvalidIndex, ///< the new place is outside the list of chosen domains
        EmptyId, ///< a perspective needs an id
        DuplicatePerspective, ///< a perspective with this id is already on the board
        SecondCitizen, ///< a board has exactly one citizen perspective
        CitizenStays, ///< the citizen's own perspective cannot be removed
        OwnPlacement, ///< hiding is for other people's fiches, not the citizen's own
        Occupied, ///< that person already has a fiche on this domain
        NotPeer, ///< only an ervaringswerker tells what helped them
    };

    /** Creates the board with its one citizen perspective. */
    explicit Board(QString id, QDate date, QString citizenPerspectiveId,
        const QString &citizenDisplayName = {});

    /** A new board from a previous one: same choices, order, perspectives and fiches. */
    [[nodiscard]] static Board startFrom(const Board &previous, QString id, QDate date);

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QDate date() const { return m_date; }

    // Perspectives
    [[nodiscard]] QList<Perspective> perspectives() const { return m_perspectives; }
    [[nodiscard]] std::optional<Perspective> perspective(const QString &perspectiveId) const;
    [[nodiscard]] Perspective citizen() const { return m_perspectives.constFirst(); }
    [[nodiscard]] QString citizenId() const { return m_perspectives.constFirst().id(); }
    /** Adds someone who sits beside the citizen; a second citizen is refused. */
    [[nodiscard]] Result addPerspective(const Perspective &perspective);
    /** Only the citizen removes a perspective; its fiches go with it. */
    [[nodiscard]] Result removePerspective(const QString &actorId, const QString &perspectiveId);

    // Chosen domains, in the citizen's order
    [[nodiscard]] QStringList chosenDomains() const { return m_chosen; }
    [[nodiscard]] bool isChosen(const QString &domainId) const
    {
        return m_chosen.contains(domainId);
    }
    /** Adds the domain at the end of the citizen's order; choosing twice changes nothing. */
    [[nodiscard]] Result chooseDomain(const QString &actorId, const QString &domainId);
    /** Takes the domain off the board, with every fiche on it. */
    [[nodiscard]] Result unchooseDomain(const QString &actorId, const QString &domainId);
    /** Puts a chosen domain at a new place in the citizen's order (0 is first). */
    [[nodiscard]] Result moveDomain(
        const QString &actorId, const QString &domainId, qsizetype newIndex);
    [[nodiscard]] Result moveUp(const QString &actorId, const QString &domainId);
    [[nodiscard]] Result moveDown(const QString &actorId, const QString &domainId);

    // Fiches
    [[nodiscard]] QList<Placement> placements() const { return m_placements; }
    /** All fiches on one domain, hidden ones included (the citizen still sees and can unhide them).
     */
    [[nodiscard]] QList<Placement> placementsOn(const QString &domainId) const;
    /** The fiches on one domain that are not hidden. */
    [[nodiscard]] QList<Placement> visiblePlacementsOn(const QString &domainId) const;
    [[nodiscard]] QList<Placement> placementsBy(const QString &perspectiveId) const;
    [[nodiscard]] std::optional<Placement> placement(
        const QString &perspectiveId, const QString &domainId) const;
    /**
     * Puts the fiche of placement.perspectiveId() on a chosen domain, replacing that
     * perspective's earlier fiche there. Whether it is hidden stays the citizen's choice.
     */
    [[nodiscard]] Result place(const Placement &placement);
    /** Only the citizen hides or shows another perspective's fiche. */
    [[nodiscard]] Result setPlacementHidden(
        const QString &actorId, const QString &perspectiveId, const QString &domainId, bool hidden);
    /**
     * Records a fiche under another person ("Wie vertelt nu?" was wrong): only the citizen does
     * this, only to a person on the board who has no fiche on that domain yet. Everything on the
     * fiche stays; a fiche that becomes the citizen's own is shown (her own is never hidden).
     */
    [[nodiscard]] Result changeFichePerson(const QString &actorId, const QString &fromPerspectiveId,
        const QString &toPerspectiveId, const QString &domainId);
    /** Only the citizen removes a fiche (anyone's, the citizen's own included). */
    [[nodiscard]] Result removePlacement(
        const QString &actorId, const QString &perspectiveId, const QString &domainId);

    // Goals
    /** Whether this person may add a "Wat mij hielp" note here: only an ervaringswerker on the
     * board, only on a domain the citizen chose. */
    [[nodiscard]] Result mayAddExperience(
        const QString &perspectiveId, const QString &domainId) const;
    /** Whether this actor may set a goal on this domain: only the citizen, only on a chosen domain.
     */
    [[nodiscard]] Result mayAddGoal(const QString &actorId, const QString &domainId) const;

    friend bool operator==(const Board &, const Board &) = default;

private:
    [[nodiscard]] Result checkCitizen(const QString &actorId) const;
    [[nodiscard]] Result checkChosen(const QString &domainId) const;
    [[nodiscard]] qsizetype placementIndex(
        const QString &perspectiveId, const QString &domainId) const;

    QString m_id;
    QDate m_date;
    QList<Perspective> m_perspectives; // the citizen is always the first
    QStringList m_chosen;
    QList<Placement> m_placements;
};

} // namespace mapje
