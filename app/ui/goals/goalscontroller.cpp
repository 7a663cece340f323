#include "ui/goals/goalscontroller.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

#include "core/clock.h"
#include "core/idgenerator.h"
#include "core/lifedomaincatalogue.h"
#include "storage/goalrepository.h"
#include "storage/keytextstore.h"
#include "ui/shared/assetpaths.h"
#include "ui/shared/domainnames.h"

namespace mapje {

using Result = Goal::Result;

namespace {
// The note that holds the words of a new goal that has no leefgebied yet.
const QString kDraftKey = QStringLiteral("goal.draft");
} // namespace

GoalsController::GoalsController(const Clock &clock, IdGenerator &ids, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_ids(ids),
      m_goals(new GoalsModel(this)),
      m_steps(new StepsModel(this))
{
    connect(m_saveRetry, &SaveRetry::unsavedChanged, this, &GoalsController::unsavedChanged);
}

GoalsController::~GoalsController() = default;

void GoalsController::setRepository(GoalRepository *repository)
{
    if (m_repository)
        disconnect(m_repository, nullptr, this, nullptr);
    m_repository = repository;
    m_saveRetry->follow(repository);
    setNotice({});
    if (m_repository) {
        connect(m_repository, &GoalRepository::goalChanged, this, &GoalsController::follow);
    }
    m_goals->setGoals(m_repository ? m_repository->all() : QList<Goal>());
    show(std::nullopt);
    emit unsavedChanged();
}

void GoalsController::setBoardOrder(std::function<QStringList()> boardOrder)
{
    m_boardOrder = std::move(boardOrder);
    emit domainChoicesChanged();
}

void GoalsController::refreshBoardOrder()
{
    emit domainChoicesChanged();
}

QStringList GoalsController::domainChoices() const
{
    QStringList choices = boardOrder();
    // A goal stays on its domain when the board changed later; it can still be chosen there.
    if (m_current && !choices.contains(m_current->domainId()))
        choices.append(m_current->domainId());
    return choices;
}

QString GoalsController::todayIso() const
{
    return m_clock.now().toTimeZone(m_timeZone).date().toString(Qt::ISODate);
}

QString GoalsController::currentDomainId() const
{
    return m_current ? m_current->domainId() : QString();
}

QString GoalsController::currentDomainName() const
{
    return m_current ? DomainNames::name(m_current->domainId()) : QString();
}

QString GoalsController::currentOwnWords() const
{
    return m_current ? m_current->ownWords() : QString();
}

QString GoalsController::currentByWhenIso() const
{
    return m_current && m_current->hasByWhen() ? m_current->byWhen().toString(Qt::ISODate)
                                               : QString();
}

QString GoalsController::currentByWhenText() const
{
    return m_current && m_current->hasByWhen()
        ? QLocale().toString(m_current->byWhen(), QLocale::LongFormat)
        : QString();
}

QString GoalsController::currentWhoHelps() const
{
    return m_current ? m_current->whoHelps() : QString();
}

QString GoalsController::currentStateKey() const
{
    // "" while the citizen chose no state yet: no choice shows as chosen.
    return m_current && m_current->hasState() ? Goal::stateKey(m_current->state()) : QString();
}

bool GoalsController::unsaved() const
{
    return m_repository && m_repository->hasUnsavedChanges();
}

QString GoalsController::domainName(const QString &domainId) const
{
    return DomainNames::name(domainId);
}

QUrl GoalsController::domainIcon(const QString &domainId) const
{
    return LifeDomainCatalogue::find(domainId) ? AssetPaths::domainIcon(domainId) : QUrl();
}

QString GoalsController::stateLabel(const QString &stateKey) const
{
    const auto state = Goal::stateFromKey(stateKey);
    return state
        ? QCoreApplication::translate(Goal::TranslationContext, Goal::stateLabelSource(*state))
        : QString();
}

QString GoalsController::suggestedDomain() const
{
    const QStringList order = boardOrder();
    return order.isEmpty() ? QString() : order.constFirst();
}

QList<Goal> GoalsController::madeSince(const QDateTime &since) const
{
    QList<Goal> made;
    if (!m_repository)
        return made;
    for (const Goal &goal : m_repository->all()) {
        if (goal.createdAt().isValid() && goal.createdAt() >= since)
            made.append(goal);
    }
    std::stable_sort(made.begin(), made.end(),
        [](const Goal &a, const Goal &b) { return a.createdAt() < b.createdAt(); });
    return made;
}

QString GoalsController::addGoal(const QString &domainId, const QString &ownWords)
{
    if (!m_repository)
        return {};
    if (Goal::checkOwnWords(ownWords) != Result::Ok) {
        setNotice(tr("Schrijf eerst in je eigen woorden wat je wilt."));
        return {};
    }
    if (!mayUseDomain(domainId)) {
        setNotice(tr("Een doel hoort bij iets dat jij op je bord hebt gekozen."));
        return {};
    }
    std::optional<Goal> goal = Goal::create(m_ids.next(), domainId, ownWords);
    if (!goal)
        return {};
    goal->setCreatedAt(m_clock.now());
    setNotice({});
    setMadeNow(true);
    keepDraft({});
    show(goal);
    m_repository->save(*goal);
    return goal->id();
}

void GoalsController::open(const QString &goalId)
{
    setNotice({});
    setMadeNow(false);
    show(m_repository && !goalId.isEmpty() ? m_repository->load(goalId) : std::nullopt);
}

void GoalsController::close()
{
    setNotice({});
    setMadeNow(false);
    show(std::nullopt);
}

void GoalsController::remove(const QString &goalId)
{
    if (!m_repository || goalId.isEmpty())
        return;
    if (goalId == currentId())
        show(std::nullopt);
    setNotice({});
    m_repository->remove(goalId);
}

void GoalsController::setOwnWords(const QString &ownWords)
{
    if (!m_current)
        return;
    if (Goal::checkOwnWords(ownWords) != Result::Ok) {
        setNotice(tr("Een doel heeft woorden nodig. Je vorige woorden zijn bewaard."));
        return;
    }
    apply([&](Goal &goal) { return goal.setOwnWords(ownWords); });
}

void GoalsController::setDomain(const QString &domainId)
{
    if (!m_current || domainId == m_current->domainId())
        return;
    if (!mayUseDomain(domainId)) {
        setNotice(tr("Een doel hoort bij iets dat jij op je bord hebt gekozen."));
        return;
    }
    // Goal has no setter for its domain: the same goal, words, steps and dates on another one.
    std::optional<Goal> moved = Goal::create(m_current->id(), domainId, m_current->ownWords());
    if (!moved)
        return;
    moved->setByWhen(m_current->byWhen());
    moved->setWhoHelps(m_current->whoHelps());
    moved->setCreatedAt(m_current->createdAt());
    (void)moved->setState(m_current->state());
    moved->setStateSince(
        m_current->stateSince() == m_current->createdAt() ? QDateTime() : m_current->stateSince());
    for (const Step &step : m_current->steps())
        (void)moved->addStep(step);
    apply([&](Goal &goal) {
        goal = *moved;
        return Result::Ok;
    });
}

void GoalsController::setByWhen(const QString &isoDate)
{
    const auto day = dayFromIso(isoDate);
    if (!day) {
        setNotice(tr("Dat lukte niet. Er is niets veranderd."));
        return;
    }
    apply([&](Goal &goal) {
        if (goal.byWhen() == *day)
            return Result::Unchanged;
        goal.setByWhen(*day);
        return Result::Ok;
    });
}

void GoalsController::setWhoHelps(const QString &whoHelps)
{
    apply([&](Goal &goal) {
        if (goal.whoHelps() == whoHelps.trimmed())
            return Result::Unchanged;
        goal.setWhoHelps(whoHelps);
        return Result::Ok;
    });
}

void GoalsController::setState(const QString &stateKey)
{
    const auto state = Goal::stateFromKey(stateKey);
    // Only a state the citizen can pick; "no state yet" is where a new goal starts, not a choice.
    if (!state || *state == Goal::State::Unanswered)
        return;
    apply([&](Goal &goal) { return goal.setState(*state, m_clock.now()); });
}

QString GoalsController::addStep(const QString &text)
{
    if (!m_current)
        return {};
    const QString id = m_ids.next();
    const bool added = apply([&](Goal &goal) { return goal.addStep(Step(id, text)); });
    return added ? id : QString();
}

void GoalsController::setStepText(const QString &stepId, const QString &text)
{
    apply([&](Goal &goal) { return goal.setStepText(stepId, text); });
}

void GoalsController::toggleStep(const QString &stepId)
{
    apply([&](Goal &goal) {
        const auto step = goal.step(stepId);
        if (!step)
            return Result::UnknownStep;
        return step->isDone() ? goal.untickStep(stepId) : goal.tickStep(stepId);
    });
}

void GoalsController::removeStep(const QString &stepId)
{
    apply([&](Goal &goal) { return goal.removeStep(stepId); });
}

void GoalsController::setStepRemindOn(const QString &stepId, const QString &isoDate)
{
    const auto day = dayFromIso(isoDate);
    if (!day) {
        setNotice(tr("Dat lukte niet. Er is niets veranderd."));
        return;
    }
    apply([&](Goal &goal) { return goal.setStepRemindOn(stepId, *day); });
}

void GoalsController::clearNotice()
{
    setNotice({});
}

void GoalsController::retranslate()
{
    m_goals->retranslate();
    m_steps->retranslate();
    emit currentChanged();
}

bool GoalsController::apply(const Change &change)
{
    if (!m_current || !m_repository)
        return false;
    Goal next = *m_current;
    const Result result = change(next);
    if (result == Result::Unchanged)
        return true;
    if (result != Result::Ok) {
        switch (result) {
        case Result::EmptyText:
            setNotice(tr("Schrijf eerst een paar woorden. Dan bewaart Mapje het."));
            break;
        default:
            setNotice(tr("Dat lukte niet. Er is niets veranderd."));
            break;
        }
        return false;
    }
    setNotice({});
    show(next);
    // Into the repository at once; on a full disk it keeps the change in memory and retries.
    m_repository->save(next);
    return true;
}

void GoalsController::setMadeNow(bool madeNow)
{
    if (madeNow == m_madeNow)
        return;
    m_madeNow = madeNow;
    if (m_current)
        emit currentChanged();
}

bool GoalsController::currentByWhenPast() const
{
    return m_current && m_current->hasByWhen()
        && m_current->byWhen() < m_clock.now().toTimeZone(m_timeZone).date();
}

void GoalsController::show(const std::optional<Goal> &goal)
{
    if (goal == m_current)
        return;
    const QString domainBefore = currentDomainId();
    m_current = goal;
    m_steps->setSteps(currentId(), m_current ? m_current->steps() : QList<Step>());
    emit currentChanged();
    if (currentDomainId() != domainBefore)
        emit domainChoicesChanged();
}

void GoalsController::follow(const QString &goalId)
{
    if (!m_repository)
        return;
    const std::optional<Goal> goal = m_repository->load(goalId);
    m_goals->updateGoal(goalId, goal);
    // A change that did not come from this page (a sync, a removal) shows on the open goal too.
    if (goalId == currentId())
        show(goal);
}

void GoalsController::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

QStringList GoalsController::boardOrder() const
{
    return m_boardOrder ? m_boardOrder() : QStringList();
}

bool GoalsController::mayUseDomain(const QString &domainId) const
{
    if (!LifeDomainCatalogue::find(domainId))
        return false;
    // Only on a domain the citizen chose (Board::mayAddGoal); without a board to ask, any.
    return !m_boardOrder || boardOrder().contains(domainId);
}

std::optional<QDate> GoalsController::dayFromIso(const QString &isoDate)
{
    if (isoDate.trimmed().isEmpty())
        return QDate();
    const QDate day = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return day;
}

void GoalsController::setDraftStore(NoteStore *store)
{
    m_draftStore = store;
    // What the vault kept; a locked vault keeps nothing in memory.
    const QString words = store ? store->note(kDraftKey) : QString();
    if (words == m_draftWords)
        return;
    m_draftWords = words;
    emit draftWordsChanged();
}

void GoalsController::keepDraft(const QString &words)
{
    if (words == m_draftWords)
        return;
    m_draftWords = words;
    // Written at once like every note; a disk that refuses keeps it in memory and retries.
    if (m_draftStore)
        m_draftStore->save(kDraftKey, words);
    emit draftWordsChanged();
}

} // namespace mapje
