#pragma once

#include <QDate>
#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>
#include <functional>
#include <optional>

#include "core/goal.h"
#include "ui/goals/goalsmodel.h"
#include "ui/goals/stepsmodel.h"
#include "ui/shared/saveretry.h"

namespace mapje {

class Clock;
class GoalRepository;
class IdGenerator;
class NoteStore;

/**
 * The citizen's goals for the pages: write a goal in one's own words on a chosen domain, add small
 * steps and tick them off, choose a state that judges nothing. Every change is saved at once;
 * a refusal gets kind words and changes nothing.
 */
class GoalsController : public QObject {
    Q_OBJECT
    Q_PROPERTY(mapje::GoalsModel *goals READ goals CONSTANT)
    Q_PROPERTY(mapje::StepsModel *steps READ steps CONSTANT)
    Q_PROPERTY(QStringList domainChoices READ domainChoices NOTIFY domainChoicesChanged)
    Q_PROPERTY(QString todayIso READ todayIso NOTIFY currentChanged)
    Q_PROPERTY(bool hasCurrent READ hasCurrent NOTIFY currentChanged)
    Q_PROPERTY(QString currentId READ currentId NOTIFY currentChanged)
    Q_PROPERTY(QString currentDomainId READ currentDomainId NOTIFY currentChanged)
    Q_PROPERTY(QString currentDomainName READ currentDomainName NOTIFY currentChanged)
    Q_PROPERTY(QString currentOwnWords READ currentOwnWords NOTIFY currentChanged)
    Q_PROPERTY(QString currentByWhenIso READ currentByWhenIso NOTIFY currentChanged)
    Q_PROPERTY(QString currentByWhenText READ currentByWhenText NOTIFY currentChanged)
    Q_PROPERTY(bool currentByWhenPast READ currentByWhenPast NOTIFY currentChanged)
    Q_PROPERTY(bool currentRemovable READ currentRemovable NOTIFY currentChanged)
    Q_PROPERTY(QString currentWhoHelps READ currentWhoHelps NOTIFY currentChanged)
    Q_PROPERTY(QString currentStateKey READ currentStateKey NOTIFY currentChanged)
    Q_PROPERTY(bool unsaved READ unsaved NOTIFY unsavedChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // Words of a new goal that has no leefgebied yet (so it cannot be written): kept while the
    // vault is open, so leaving the page does not lose them.
    Q_PROPERTY(QString draftWords READ draftWords NOTIFY draftWordsChanged)

public:
    explicit GoalsController(const Clock &clock, IdGenerator &ids, QObject *parent);
    ~GoalsController() override;

    /** Connected when the vault opens (loads every goal), nullptr before it closes. */
    void setRepository(GoalRepository *repository);
    /** Her goals made at or after a moment (a conversation's start), earliest first. */
    [[nodiscard]] QList<Goal> madeSince(const QDateTime &since) const;
    /** Where the words of a new goal without a leefgebied are kept, so closing the app loses
     * none of them; connected when the vault opens, cleared (nullptr) before it closes. */
    void setDraftStore(NoteStore *store);
    /** The domains the citizen chose on the board, in their order; the first is offered first. */
    void setBoardOrder(std::function<QStringList()> boardOrder);
    /** The board's choice or order changed: the domain choices follow. */
    void refreshBoardOrder();
    /** The citizen's wall clock, for "today"; the system's time zone until set. */
    void setTimeZone(const QTimeZone &timeZone) { m_timeZone = timeZone; }
    void setRetryInterval(int milliseconds) { m_saveRetry->setInterval(milliseconds); }

    [[nodiscard]] GoalsModel *goals() const { return m_goals; }
    [[nodiscard]] StepsModel *steps() const { return m_steps; }
    /** The board's chosen domains in the citizen's order, and the open goal's domain if not. */
    [[nodiscard]] QStringList domainChoices() const;
    /** Today as "yyyy-MM-dd" by the app's clock, so a date field starts at this year. */
    [[nodiscard]] QString todayIso() const;
    [[nodiscard]] bool hasCurrent() const { return m_current.has_value(); }
    [[nodiscard]] QString currentId() const { return m_current ? m_current->id() : QString(); }
    [[nodiscard]] QString currentDomainId() const;
    [[nodiscard]] QString currentDomainName() const;
    [[nodiscard]] QString currentOwnWords() const;
    [[nodiscard]] QString currentByWhenIso() const;
    [[nodiscard]] QString currentByWhenText() const;
    /** The chosen "by when" lies before today: the page says so calmly and lets it be. */
    [[nodiscard]] bool currentByWhenPast() const;
    /** A goal opened again, not one the citizen is writing for the first time right now: only
     * then is there something to take away. */
    [[nodiscard]] bool currentRemovable() const { return m_current && !m_madeNow; }
    [[nodiscard]] QString currentWhoHelps() const;
    /** "busy", "reached" or "stopped"; "" while no goal is open or the citizen chose no state. */
    [[nodiscard]] QString currentStateKey() const;
    [[nodiscard]] bool unsaved() const;
    [[nodiscard]] QString notice() const { return m_notice; }
    /** For tests: the open goal as it is now. */
    [[nodiscard]] const std::optional<Goal> &current() const { return m_current; }

    /** The name of one domain in the current language. */
    Q_INVOKABLE QString domainName(const QString &domainId) const;
    /** The picture of one domain, for the domain choice. */
    Q_INVOKABLE QUrl domainIcon(const QString &domainId) const;
    /** A state ("busy", "reached", "stopped") in words that judge nothing, in the current language.
     */
    Q_INVOKABLE QString stateLabel(const QString &stateKey) const;
    /** The first domain in the citizen's own board order, so a new goal starts there; or "". */
    Q_INVOKABLE QString suggestedDomain() const;

    /**
     * Writes a new goal as soon as there are words, and opens it; returns its id, or "" with a
     * kind notice when the words are empty or the domain is not on the board.
     */
    Q_INVOKABLE QString addGoal(const QString &domainId, const QString &ownWords);
    /** Opens a goal to read or change; "" or an unknown id closes the open one. */
    Q_INVOKABLE void open(const QString &goalId);
    /** Closes the open goal, as leaving its page does. */
    Q_INVOKABLE void close();
    /** Removes a goal for good; only the citizen does this, a stopped goal is kept otherwise. */
    Q_INVOKABLE void remove(const QString &goalId);

    /** The open goal's words; empty words keep the old words, with a kind notice. */
    Q_INVOKABLE void setOwnWords(const QString &ownWords);
    /** Moves the open goal to another domain the citizen chose. */
    Q_INVOKABLE void setDomain(const QString &domainId);
    /** "yyyy-MM-dd", or "" for no date; an ISO day, so no JavaScript time zone moves it. */
    Q_INVOKABLE void setByWhen(const QString &isoDate);
    Q_INVOKABLE void setWhoHelps(const QString &whoHelps);
    /** "busy", "reached" or "stopped"; words and steps stay as they are. Anything else changes
     * nothing. */
    Q_INVOKABLE void setState(const QString &stateKey);

    /** Adds a small step to the open goal; returns its id, or "" when there are no words. */
    Q_INVOKABLE QString addStep(const QString &text);
    Q_INVOKABLE void setStepText(const QString &stepId, const QString &text);
    /** Ticks a step off, or takes the tick away again. */
    Q_INVOKABLE void toggleStep(const QString &stepId);
    Q_INVOKABLE void removeStep(const QString &stepId);
    /** The day to be reminded of a step, "yyyy-MM-dd"; "" for no reminder. */
    Q_INVOKABLE void setStepRemindOn(const QString &stepId, const QString &isoDate);

    Q_INVOKABLE void clearNotice();
    [[nodiscard]] QString draftWords() const { return m_draftWords; }
    /** The words typed in a new goal before it has a leefgebied, kept in the vault at once; a
     * written goal clears them. */
    Q_INVOKABLE void keepDraft(const QString &words);
    /** The language changed: every text in words follows. */
    void retranslate();

signals:
    void currentChanged();
    void domainChoicesChanged();
    void unsavedChanged();
    void noticeChanged();
    void draftWordsChanged();

private:
    using Change = std::function<Goal::Result(Goal &)>;
    /** Runs one change on the open goal; on Ok saves it and shows it. */
    bool apply(const Change &change);
    void show(const std::optional<Goal> &goal);
    void setMadeNow(bool madeNow);
    void follow(const QString &goalId);
    void setNotice(const QString &notice);
    [[nodiscard]] QStringList boardOrder() const;
    [[nodiscard]] bool mayUseDomain(const QString &domainId) const;
    [[nodiscard]] static std::optional<QDate> dayFromIso(const QString &isoDate);

    const Clock &m_clock;
    IdGenerator &m_ids;
    GoalRepository *m_repository = nullptr;
    std::function<QStringList()> m_boardOrder;
    QTimeZone m_timeZone = QTimeZone::systemTimeZone();
    std::optional<Goal> m_current;
    bool m_madeNow = false; // the open goal was made since the page opened
    QString m_notice;
    QString m_draftWords;
    NoteStore *m_draftStore = nullptr;
    SaveRetry *m_saveRetry = new SaveRetry(this);
    GoalsModel *m_goals;
    StepsModel *m_steps;
};

} // namespace mapje
