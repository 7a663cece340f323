#pragma once

#include "core/step.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace mapje {

/** What the citizen wants to reach on one domain, in their own words, with small steps. */
class Goal {
public:
    /**
     * Words that judge nothing; a stopped goal is kept, and can be picked up again. A new goal has
     * no state until the citizen picks one (Unanswered): Mapje never answers for her.
     */
    enum class State {
        Unanswered, ///< no state chosen yet; shown as nothing, like an unanswered face
        Busy, ///< bezig
        Reached, ///< gelukt
        Stopped, ///< gestopt
    };

    enum class Result {
        Ok,
        Unchanged, ///< already so; not a problem
        EmptyText, ///< the goal or step needs words
        UnknownStep, ///< no step with this id
        DuplicateStep, ///< a step with this id is already there
    };

    /** The Qt Linguist context of stateLabelSource(). */
    static constexpr const char *TranslationContext = "Goal";

    /**
     * A goal on a domain (check Board::mayAddGoal first), or nothing when the own words are
     * empty after trimming. The words are trimmed only, never changed.
     */
    [[nodiscard]] static std::optional<Goal> create(
        QString id, QString domainId, const QString &ownWords);
    /** EmptyText when these words cannot be a goal, Ok otherwise. */
    [[nodiscard]] static Result checkOwnWords(const QString &ownWords);

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] QString domainId() const { return m_domainId; }
    [[nodiscard]] QString ownWords() const { return m_ownWords; }
    /** Invalid when the citizen chose no date. */
    [[nodiscard]] QDate byWhen() const { return m_byWhen; }
    [[nodiscard]] bool hasByWhen() const { return m_byWhen.isValid(); }
    [[nodiscard]] QString whoHelps() const { return m_whoHelps; }
    [[nodiscard]] State state() const { return m_state; }
    /** Whether the citizen chose a state (bezig, gelukt or gestopt) for this goal. */
    [[nodiscard]] bool hasState() const { return m_state != State::Unanswered; }
    /** When the citizen wrote the goal, in UTC; for the timeline, never for a judgement. */
    [[nodiscard]] QDateTime createdAt() const { return m_createdAt; }
    /** When the state last changed (or createdAt() while it never did), in UTC. */
    [[nodiscard]] QDateTime stateSince() const
    {
        return m_stateSince.isValid() ? m_stateSince : m_createdAt;
    }
    [[nodiscard]] QList<Step> steps() const { return m_steps; }
    [[nodiscard]] std::optional<Step> step(const QString &stepId) const;

    /** Empty words are refused and the old words stay. */
    [[nodiscard]] Result setOwnWords(const QString &ownWords);
    /** An invalid date means "no date". */
    void setByWhen(QDate byWhen) { m_byWhen = byWhen; }
    void clearByWhen() { m_byWhen = QDate(); }
    void setWhoHelps(const QString &whoHelps) { m_whoHelps = whoHelps.trimmed(); }
    void setCreatedAt(const QDateTime &at) { m_createdAt = at; }
    /** Changes only the state (and when it changed): words, steps and dates are kept. */
    [[nodiscard]] Result setState(State state, const QDateTime &at = {});
    /** For storage: the moment of the last state change as it was saved. */
    void setStateSince(const QDateTime &at) { m_stateSince = at; }

    [[nodiscard]] Result addStep(const Step &step);
    [[nodiscard]] Result setStepText(const QString &stepId, const QString &text);
    [[nodiscard]] Result tickStep(const QString &stepId);
    [[nodiscard]] Result untickStep(const QString &stepId);
    [[nodiscard]] Result removeStep(const QString &stepId);
    /** The day the citizen asked to be reminded of a step; an invalid date means no reminder. */
    [[nodiscard]] Result setStepRemindOn(const QString &stepId, QDate day);

    /** Stable text keys for storage and sync: "unanswered", "busy", "reached", "stopped". */
    [[nodiscard]] static QString stateKey(State state);
    [[nodiscard]] static std::optional<State> stateFromKey(QStringView key);
    /**
     * Untranslated B1 label of a state, for QCoreApplication::translate("Goal", …); "" for
     * Unanswered, so a goal without a chosen state says nothing about it.
     */
    [[nodiscard]] static const char *stateLabelSource(State state);

    friend bool operator==(const Goal &, const Goal &) = default;

private:
    explicit Goal(QString id, QString domainId, QString ownWords);
    [[nodiscard]] qsizetype stepIndex(const QString &stepId) const;
    [[nodiscard]] Result setStepDone(const QString &stepId, bool done);

    QString m_id;
    QString m_domainId;
    QString m_ownWords;
    QDate m_byWhen;
    QString m_whoHelps;
    State m_state = State::Unanswered;
    QDateTime m_createdAt;
    QDateTime m_stateSince;
    QList<Step> m_steps;
};

} // namespace mapje
