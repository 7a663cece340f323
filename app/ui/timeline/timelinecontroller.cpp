#include "ui/timeline/timelinecontroller.h"

#include "core/clock.h"
#include "storage/boardrepository.h"
#include "storage/checkinrepository.h"
#include "storage/goalrepository.h"
#include "ui/shared/assetpaths.h"
#include "ui/shared/domainnames.h"
#include "ui/shared/localtimes.h"

#include <QCoreApplication>

namespace mapje {

TimelineController::TimelineController(const Clock &clock, QTimeZone zone, QObject *parent)
    : QObject(parent), m_clock(clock), m_zone(std::move(zone)), m_entries(new TimelineModel(this))
{
}

void TimelineController::setStores(
    BoardRepository *boards, GoalRepository *goals, CheckInRepository *checkIns)
{
    m_boards = boards;
    m_goals = goals;
    m_checkIns = checkIns;
    refresh();
}

void TimelineController::refresh()
{
    // Planned moments first on their day, then what happened, so the line reads like a diary.
    QList<TimelineModel::Entry> entries = checkInEntries();
    entries += goalEntries();
    entries += boardEntries();
    m_entries->setEntries(entries);
}

QList<TimelineModel::Entry> TimelineController::boardEntries() const
{
    QList<TimelineModel::Entry> entries;
    if (!m_boards)
        return entries;
    for (const Board &board : m_boards->loadAll()) {
        QList<QUrl> icons;
        for (const QString &domainId : board.chosenDomains())
            icons.append(AssetPaths::domainIcon(domainId));
        entries.append({QStringLiteral("board:") + board.id(), QStringLiteral("board"),
            board.date(), tr("Je bord"),
            board.chosenDomains().isEmpty()
                ? tr("Je koos nog geen leefgebied.")
                //: %1 lists life domains: "Geld, Wonen en Werk".
                : tr("Je koos %1.").arg(DomainNames::joined(board.chosenDomains())),
            icons});
    }
    return entries;
}

QList<TimelineModel::Entry> TimelineController::goalEntries() const
{
    QList<TimelineModel::Entry> entries;
    if (!m_goals)
        return entries;
    for (const Goal &goal : m_goals->all()) {
        const QList<QUrl> icons {AssetPaths::domainIcon(goal.domainId())};
        // A state the citizen chose other than "bezig"; a goal without a chosen state has none.
        if (goal.hasState() && goal.state() != Goal::State::Busy) {
            //: A goal's new state and its life domain, e.g. "Gelukt: doel over Geld".
            const QString title = tr("%1: doel over %2")
                                      .arg(QCoreApplication::translate(Goal::TranslationContext,
                                               Goal::stateLabelSource(goal.state())),
                                          DomainNames::name(goal.domainId()));
            entries.append({QStringLiteral("goalState:") + goal.id(), QStringLiteral("goalState"),
                LocalTimes::localDate(goal.stateSince(), m_zone), title, goal.ownWords(), icons});
        }
        //: %1 is the name of a life domain.
        entries.append({QStringLiteral("goal:") + goal.id(), QStringLiteral("goal"),
            LocalTimes::localDate(goal.createdAt(), m_zone),
            tr("Nieuw doel over %1").arg(DomainNames::name(goal.domainId())), goal.ownWords(),
            icons});
    }
    return entries;
}

QList<TimelineModel::Entry> TimelineController::checkInEntries() const
{
    QList<TimelineModel::Entry> entries;
    if (!m_checkIns)
        return entries;
    for (const CheckIn &checkIn : m_checkIns->all()) {
        const bool planned = !checkIn.hasPassed(m_clock) && !checkIn.isCompleted();
        QString title;
        if (planned) {
            title = checkIn.withWhom().isEmpty()
                ? tr("Afgesproken moment, komt nog")
                //: %1 is who the citizen meets.
                : tr("Afgesproken moment met %1, komt nog").arg(checkIn.withWhom());
        } else {
            title = checkIn.withWhom().isEmpty()
                ? tr("Afgesproken moment")
                : tr("Afgesproken moment met %1").arg(checkIn.withWhom());
        }
        entries.append({QStringLiteral("checkIn:") + checkIn.id(),
            planned ? QStringLiteral("checkInPlanned") : QStringLiteral("checkIn"),
            LocalTimes::localDate(checkIn.when(), m_zone), title, checkIn.whatChanged(), {}});
    }
    return entries;
}

} // namespace mapje
