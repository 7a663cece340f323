#include "core/goal.h"

#include <QtGlobal>

namespace mapje {

Goal::Goal(QString id, QString domainId, QString ownWords)
    : m_id(std::move(id)), m_domainId(std::move(domainId)), m_ownWords(std::move(ownWords))
{
}

std::optional<Goal> Goal::create(QString id, QString domainId, const QString &ownWords)
{
    if (checkOwnWords(ownWords) != Result::Ok)
        return std::nullopt;
    return Goal(std::move(id), std::move(domainId), ownWords.trimmed());
}

Goal::Result Goal::checkOwnWords(const QString &ownWords)
{
    return ownWords.trimmed().isEmpty() ? Result::EmptyText : Result::Ok;
}

std::optional<Step> Goal::step(const QString &stepId) const
{
    const qsizetype index = stepIndex(stepId);
    if (index < 0)
        return std::nullopt;
    return m_steps.at(index);
}

Goal::Result Goal::setOwnWords(const QString &ownWords)
{
    if (checkOwnWords(ownWords) != Result::Ok)
        return Result::EmptyText;
    const QString trimmed = ownWords.trimmed();
    if (trimmed == m_ownWords)
        return Result::Unchanged;
    m_ownWords = trimmed;
    return Result::Ok;
}

Goal::Result Goal::setState(State state, const QDateTime &at)
{
    if (state == m_state)
        return Result::Unchanged;
    m_state = state;
    m_stateSince = at;
    return Result::Ok;
}

Goal::Result Goal::addStep(const Step &step)
{
    if (step.text().isEmpty())
        return Result::EmptyText;
    if (stepIndex(step.id()) >= 0)
        return Result::DuplicateStep;
    m_steps.append(step);
    return Result::Ok;
}

Goal::Result Goal::setStepText(const QString &stepId, const QString &text)
{
    const qsizetype index = stepIndex(stepId);
    if (index < 0)
        return Result::UnknownStep;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result::EmptyText;
    if (m_steps.at(index).text() == trimmed)
        return Result::Unchanged;
    m_steps[index].setText(trimmed);
    return Result::Ok;
}

Goal::Result Goal::tickStep(const QString &stepId)
{
    return setStepDone(stepId, true);
}

Goal::Result Goal::untickStep(const QString &stepId)
{
    return setStepDone(stepId, false);
}

Goal::Result Goal::removeStep(const QString &stepId)
{
    const qsizetype index = stepIndex(stepId);
    if (index < 0)
        return Result::UnknownStep;
    m_steps.removeAt(index);
    return Result::Ok;
}

Goal::Result Goal::setStepRemindOn(const QString &stepId, QDate day)
{
    const qsizetype index = stepIndex(stepId);
    if (index < 0)
        return Result::UnknownStep;
    if (m_steps.at(index).remindOn() == day)
        return Result::Unchanged;
    m_steps[index].setRemindOn(day);
    return Result::Ok;
}

QString Goal::stateKey(State state)
{
    switch (state) {
    case State::Unanswered:
        return QStringLiteral("unanswered");
    case State::Busy:
        return QStringLiteral("busy");
    case State::Reached:
        return QStringLiteral("reached");
    case State::Stopped:
        return QStringLiteral("stopped");
    }
    Q_UNREACHABLE();
}

std::optional<Goal::State> Goal::stateFromKey(QStringView key)
{
    for (State state : {State::Unanswered, State::Busy, State::Reached, State::Stopped}) {
        if (stateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

const char *Goal::stateLabelSource(State state)
{
    switch (state) {
    case State::Unanswered:
        return "";
    case State::Busy:
        //: State of a goal: the citizen is working on it.
        return QT_TRANSLATE_NOOP("Goal", "Bezig");
    case State::Reached:
        //: State of a goal: the citizen reached it.
        return QT_TRANSLATE_NOOP("Goal", "Gelukt");
    case State::Stopped:
        //: State of a goal: the citizen stopped with it, without any judgement.
        return QT_TRANSLATE_NOOP("Goal", "Gestopt");
    }
    Q_UNREACHABLE();
}

qsizetype Goal::stepIndex(const QString &stepId) const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).id() == stepId)
            return i;
    }
    return -1;
}

Goal::Result Goal::setStepDone(const QString &stepId, bool done)
{
    const qsizetype index = stepIndex(stepId);
    if (index < 0)
        return Result::UnknownStep;
    if (m_steps.at(index).isDone() == done)
        return Result::Unchanged;
    if (done)
        m_steps[index].tick();
    else
        m_steps[index].untick();
    return Result::Ok;
}

} // namespace mapje
