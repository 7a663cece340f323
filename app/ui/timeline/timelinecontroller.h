#pragma once

#include <QObject>
#include <QTimeZone>

#include "ui/timeline/timelinemodel.h"

namespace mapje {

class BoardRepository;
class CheckInRepository;
class Clock;
class GoalRepository;

/** Builds the timeline from the vault each time the page opens, in the current language. */
class TimelineController : public QObject {
    Q_OBJECT
    Q_PROPERTY(mapje::TimelineModel *entries READ entries CONSTANT)

public:
    TimelineController(const Clock &clock, QTimeZone zone, QObject *parent);

    /** nullptr while the vault is locked. */
    void setStores(BoardRepository *boards, GoalRepository *goals, CheckInRepository *checkIns);

    [[nodiscard]] TimelineModel *entries() const { return m_entries; }

    /** Reads boards, goals and moments again; the page calls it when it opens. */
    Q_INVOKABLE void refresh();

private:
    [[nodiscard]] QList<TimelineModel::Entry> boardEntries() const;
    [[nodiscard]] QList<TimelineModel::Entry> goalEntries() const;
    [[nodiscard]] QList<TimelineModel::Entry> checkInEntries() const;

    const Clock &m_clock;
    QTimeZone m_zone;
    BoardRepository *m_boards = nullptr;
    GoalRepository *m_goals = nullptr;
    CheckInRepository *m_checkIns = nullptr;
    TimelineModel *m_entries;
};

} // namespace mapje
