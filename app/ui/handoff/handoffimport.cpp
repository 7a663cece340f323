#include "ui/handoff/handoffimport.h"

#include "core/idgenerator.h"

#include <QHash>

namespace mapje {

namespace {

Perspective::Kind kindOf(const QString &role)
{
    if (role == QLatin1String("naaste"))
        return Perspective::Kind::Close;
    if (role == QLatin1String("professional"))
        return Perspective::Kind::Professional;
    if (role == QLatin1String("ervaringswerker"))
        return Perspective::Kind::Peer;
    return Perspective::Kind::Citizen;
}

Placement::Feeling feelingOf(const QString &feeling)
{
    if (feeling == QLatin1String("blij"))
        return Placement::Feeling::Happy;
    if (feeling == QLatin1String("verdrietig"))
        return Placement::Feeling::Sad;
    if (feeling == QLatin1String("weet-ik-niet"))
        return Placement::Feeling::Unsure;
    return Placement::Feeling::Unanswered;
}

Placement::WishToChange wishOf(const QString &wish)
{
    if (wish == QLatin1String("ja"))
        return Placement::WishToChange::Yes;
    if (wish == QLatin1String("nee"))
        return Placement::WishToChange::No;
    if (wish == QLatin1String("nog-niet"))
        return Placement::WishToChange::NotYet;
    return Placement::WishToChange::Unanswered;
}

} // namespace

Board HandoffImport::board(const protocol::BoardShare &share, bool withOthers, IdGenerator &ids)
{
    Board board(ids.next(), share.boardOf, ids.next());
    // One person per role and name, as the kiosk's board had them.
    QHash<QString, QString> people;
    for (const protocol::SharedDomain &domain : share.domains) {
        (void)board.chooseDomain(board.citizenId(), domain.domainId);
        for (const protocol::SharedFiche &fiche : domain.fiches) {
            const Perspective::Kind kind = kindOf(fiche.role);
            QString personId = board.citizenId();
            if (kind != Perspective::Kind::Citizen) {
                if (!withOthers)
                    continue;
                const QString who = fiche.role + QLatin1Char('\n') + fiche.name;
                if (!people.contains(who)) {
                    people.insert(who, ids.next());
                    (void)board.addPerspective(Perspective(people.value(who), kind, fiche.name));
                }
                personId = people.value(who);
            }
            (void)board.place(Placement(personId, domain.domainId, feelingOf(fiche.feeling),
                wishOf(fiche.wish), fiche.note));
        }
    }
    return board;
}

std::optional<Goal> HandoffImport::goal(
    const protocol::GoalShare &share, const QDateTime &now, IdGenerator &ids)
{
    std::optional<Goal> goal = Goal::create(ids.next(), share.domainId, share.ownWords);
    if (!goal)
        return std::nullopt;
    goal->setByWhen(share.byWhen);
    goal->setWhoHelps(share.whoHelps);
    goal->setCreatedAt(now);
    for (const protocol::SharedStep &shared : share.steps) {
        Step step(ids.next(), shared.text, shared.done);
        (void)goal->addStep(step);
    }
    return goal;
}

} // namespace mapje
