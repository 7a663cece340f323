#pragma once

#include <QObject>
#include <QTimeZone>

#include "ui/timelinemodel.h"

namespace mapje {
class BoardRepository;
class CheckInRepository;
class Clock;
class GoalRepository;
} // namespace mapje

/** Builds the timeline from the vault each time the page opens, in the current language. */
class TimelineController : public QObject {
    Q_OBJECT
    Q_PROPERTY(TimelineModel *entries READ entries CONSTANT)

public:
    TimelineController(const mapje::Clock &clock, QTimeZone zone, QObject *parent);

    /** nullptr while the vault is locked. */
    void setStores(mapje::BoardRepository *boards, mapje::GoalRepository *goals,
        mapje::CheckInRepository *checkIns);

    [[nodiscard]] TimelineModel *entries() const { return m_entries; }

    /** Reads boards, goals and moments again; the page calls it when it opens. */
    Q_INVOKABLE void refresh();

private:
    [[nodiscard]] QList<TimelineModel::Entry> boardEntries() const;
    [[nodiscard]] QList<TimelineModel::Entry> goalEntries() const;
    [[nodiscard]] QList<TimelineModel::Entry> checkInEntries() const;

    const mapje::Clock &m_clock;
    QTimeZone m_zone;
    mapje::BoardRepository *m_boards = nullptr;
    mapje::GoalRepository *m_goals = nullptr;
    mapje::CheckInRepository *m_checkIns = nullptr;
    TimelineModel *m_entries;
};
