#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mapje {

class Clock;

/** An agreed moment (afgesproken moment) to look together at what changed, in the citizen's words.
 */
class CheckIn {
public:
    explicit CheckIn(QString id, QDateTime when);

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QDateTime when() const { return m_when; }
    [[nodiscard]] QString withWhom() const { return m_withWhom; }
    [[nodiscard]] QString where() const { return m_where; }
    [[nodiscard]] bool remind() const { return m_remind; }
    /** Afterwards, in the citizen's own words; empty until then. */
    [[nodiscard]] QString whatChanged() const { return m_whatChanged; }
    /** The date of the board this moment looks back on; invalid when none is linked. */
    [[nodiscard]] QDate boardDate() const { return m_boardDate; }
    /** When the citizen walked the check-in flow; invalid while they have not. */
    [[nodiscard]] QDateTime completedAt() const { return m_completedAt; }
    [[nodiscard]] bool isCompleted() const { return m_completedAt.isValid(); }
    /** Whether the moment lies in the past by this clock, so "what changed?" can be asked. */
    [[nodiscard]] bool hasPassed(const Clock &clock) const;

    void setWhen(const QDateTime &when) { m_when = when; }
    void setWithWhom(const QString &withWhom) { m_withWhom = withWhom.trimmed(); }
    void setWhere(const QString &where) { m_where = where.trimmed(); }
    void setRemind(bool remind) { m_remind = remind; }
    void setWhatChanged(const QString &whatChanged) { m_whatChanged = whatChanged.trimmed(); }
    void setBoardDate(QDate boardDate) { m_boardDate = boardDate; }
    void setCompletedAt(const QDateTime &at) { m_completedAt = at; }

    friend bool operator==(const CheckIn &, const CheckIn &) = default;

private:
    QString m_id;
    QDateTime m_when;
    QString m_withWhom;
    QString m_where;
    bool m_remind = false;
    QString m_whatChanged;
    QDate m_boardDate;
    QDateTime m_completedAt;
};

} // namespace mapje
