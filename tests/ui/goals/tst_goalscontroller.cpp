#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <memory>

#include "core/clock.h"
#include "core/goal.h"
#include "openvault.h"
#include "quotavfs.h"
#include "ui/board/boardcontroller.h"
#include "ui/goals/goalscontroller.h"
#include "ui/goals/goalsmodel.h"
#include "ui/goals/stepsmodel.h"
#include "ui/vault/vaultcontroller.h"

using mapje::BoardController;
using mapje::Composition;
using mapje::Goal;
using mapje::GoalsController;
using mapje::GoalsModel;
using mapje::QuotaVfs;
using mapje::VaultController;

/**
 * GoalsController through a real Composition: a goal is written in the citizen's own words on a
 * domain they chose, the first of their order offered first; every rule reaches the pages as a
 * calm notice and no change; nothing is lost on a restart or a full disk.
 */
class TestGoalsController : public QObject {
    Q_OBJECT

private:
    const QDateTime m_start {QDate(2026, 9, 14), QTime(10, 0), QTimeZone::utc()};
    mapje::ManualClock m_clock {m_start};
    std::unique_ptr<OpenVault> m_app;

    VaultController *vault() const { return (*m_app)->vaultController(); }
    BoardController *board() const { return (*m_app)->boardController(); }
    GoalsController *goals() const { return (*m_app)->goalsController(); }
    [[nodiscard]] Goal current() const
    {
        Q_ASSERT(goals()->current());
        return *goals()->current();
    }

    bool restart() { return m_app->restart(); }

    /** A goal on money with a date, a helper and two steps, the second ticked off. */
    QString fullGoal()
    {
        const QString id
            = goals()->addGoal(QStringLiteral("money"), QStringLiteral("Geen schulden"));
        goals()->setByWhen(QStringLiteral("2027-03-01"));
        goals()->setWhoHelps(QStringLiteral("Sanne van de schuldhulp"));
        goals()->addStep(QStringLiteral("Rekeningen sorteren"));
        const QString call = goals()->addStep(QStringLiteral("Schuldhulp bellen"));
        goals()->toggleStep(call);
        goals()->setStepRemindOn(call, QStringLiteral("2026-09-20"));
        return id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    /** A fresh, open vault through the fault VFS, and a board with money, housing and work. */
    void init()
    {
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        m_clock.set(m_start);
        m_app = std::make_unique<OpenVault>(m_clock, [](Composition::Options &options) {
            options.vfsName = QuotaVfs::Name;
            options.timeZone = QTimeZone::utc();
        });
        QVERIFY(m_app->isValid());
        QTRY_COMPARE(vault()->stage(), VaultController::Open);
        QVERIFY(goals()->goals()->isEmpty());
        QVERIFY(!goals()->hasCurrent());
        board()->startNewBoard(false);
        board()->chooseDomain(QStringLiteral("money"));
        board()->chooseDomain(QStringLiteral("housing"));
        board()->chooseDomain(QStringLiteral("work"));
        QVERIFY(!goals()->unsaved());
        QVERIFY(goals()->notice().isEmpty());
    }

    void cleanup()
    {
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        m_app.reset();
    }

    /** A goal being written for the first time has nothing to take away yet; opened again, it
     * has. A date before today is kept, and the page is told so it can say it calmly. */
    void newGoalIsNotRemovableAndAPastDateIsNoticed()
    {
        const QString id = goals()->addGoal(QStringLiteral("money"), QStringLiteral("Rust"));
        QVERIFY(goals()->hasCurrent());
        QVERIFY(!goals()->currentRemovable());
        QVERIFY(!goals()->currentByWhenPast());
        goals()->setByWhen(QStringLiteral("2026-09-13")); // yesterday
        QCOMPARE(goals()->currentByWhenIso(), QStringLiteral("2026-09-13"));
        QVERIFY(goals()->currentByWhenPast());
        goals()->setByWhen(QStringLiteral("2026-09-14")); // today has not passed
        QVERIFY(!goals()->currentByWhenPast());
        goals()->setByWhen(QString());
        QVERIFY(!goals()->currentByWhenPast());

        QSignalSpy changed(goals(), &GoalsController::currentChanged);
        goals()->close();
        goals()->open(id);
        QVERIFY(goals()->currentRemovable());
        QVERIFY(changed.count() >= 1);
        goals()->open(QString());
        QVERIFY(!goals()->currentRemovable());
    }

    void emptyWordsAreRefusedKindly()
    {
        QSignalSpy noticeSpy(goals(), &GoalsController::noticeChanged);
        QCOMPARE(goals()->addGoal(QStringLiteral("money"), QString()), QString());
        QCOMPARE(goals()->addGoal(QStringLiteral("money"), QStringLiteral("  \n ")), QString());
        QVERIFY(!goals()->notice().isEmpty());
        QCOMPARE(noticeSpy.size(), 1);
        QVERIFY(!goals()->hasCurrent());
        QCOMPARE(goals()->goals()->rowCount(), 0);
        QVERIFY(restart());
        QCOMPARE(goals()->goals()->rowCount(), 0);
        QVERIFY(goals()->notice().isEmpty());

        // Once there are words, the notice goes.
        QVERIFY(!goals()->addGoal(QStringLiteral("money"), QStringLiteral("Rust")).isEmpty());
        QVERIFY(goals()->notice().isEmpty());
    }

    // Words before a leefgebied are kept, in the vault, until a goal is written: a lock clears
    // them from memory (a locked vault keeps nothing there) and the unlock brings them back.
    void draftWordsLastUntilAGoal()
    {
        QSignalSpy draftSpy(goals(), &GoalsController::draftWordsChanged);
        goals()->keepDraft(QStringLiteral("Minder schulden"));
        QCOMPARE(goals()->draftWords(), QStringLiteral("Minder schulden"));
        QVERIFY(!goals()
                     ->addGoal(QStringLiteral("money"), QStringLiteral("Minder schulden"))
                     .isEmpty());
        QCOMPARE(goals()->draftWords(), QString());
        QCOMPARE(draftSpy.size(), 2);

        goals()->keepDraft(QStringLiteral("Een baan"));
        vault()->lock();
        QCOMPARE(goals()->draftWords(), QString());
        QVERIFY(restart());
        QCOMPARE(goals()->draftWords(), QStringLiteral("Een baan"));
    }

    void suggestedDomainIsTheFirstInTheCitizensOrder()
    {
        QCOMPARE(goals()->suggestedDomain(), QStringLiteral("money"));
        QCOMPARE(goals()->domainChoices(),
            QStringList(
                {QStringLiteral("money"), QStringLiteral("housing"), QStringLiteral("work")}));

        QSignalSpy choicesSpy(goals(), &GoalsController::domainChoicesChanged);
        board()->moveTo(QStringLiteral("work"), 0);
        QVERIFY(!choicesSpy.isEmpty());
        QCOMPARE(goals()->suggestedDomain(), QStringLiteral("work"));
        QCOMPARE(goals()->domainChoices().constFirst(), QStringLiteral("work"));

        for (const QString &domain : board()->chosenKeys())
            board()->unchooseDomain(domain);
        QCOMPARE(goals()->suggestedDomain(), QString());
        QVERIFY(goals()->domainChoices().isEmpty());
    }

    void aGoalOnlyOnADomainTheCitizenChose()
    {
        QCOMPARE(
            goals()->addGoal(QStringLiteral("health"), QStringLiteral("Beter slapen")), QString());
        QVERIFY(!goals()->notice().isEmpty());
        QCOMPARE(
            goals()->addGoal(QStringLiteral("geen-leefgebied"), QStringLiteral("Iets")), QString());
        QCOMPARE(goals()->goals()->rowCount(), 0);

        const QString id = goals()->addGoal(QStringLiteral("housing"), QStringLiteral("Een huis"));
        QVERIFY(!id.isEmpty());
        goals()->setDomain(QStringLiteral("health"));
        QVERIFY(!goals()->notice().isEmpty());
        QCOMPARE(goals()->currentDomainId(), QStringLiteral("housing"));

        // Taken off the board later, the goal stays where it is and can still be chosen there.
        board()->unchooseDomain(QStringLiteral("housing"));
        QCOMPARE(goals()->currentDomainId(), QStringLiteral("housing"));
        QCOMPARE(goals()->domainChoices().constLast(), QStringLiteral("housing"));
    }

    void createWritesAtOnceAndOpensTheGoal()
    {
        m_clock.advance(3600);
        QSignalSpy currentSpy(goals(), &GoalsController::currentChanged);
        const QString id = goals()->addGoal(
            QStringLiteral("money"), QStringLiteral("  Mijn rekeningen op orde "));
        QVERIFY(!id.isEmpty());
        QVERIFY(!currentSpy.isEmpty());
        QCOMPARE(goals()->currentId(), id);
        QCOMPARE(goals()->currentDomainId(), QStringLiteral("money"));
        QCOMPARE(goals()->currentDomainName(), QStringLiteral("Geld"));
        QCOMPARE(goals()->currentOwnWords(), QStringLiteral("Mijn rekeningen op orde"));
        // No state until the citizen picks one.
        QCOMPARE(goals()->currentStateKey(), QString());
        QCOMPARE(current().state(), Goal::State::Unanswered);
        QCOMPARE(goals()->currentByWhenIso(), QString());
        QCOMPARE(goals()->currentByWhenText(), QString());
        QCOMPARE(goals()->currentWhoHelps(), QString());
        QCOMPARE(current().createdAt(), m_start.addSecs(3600));
        QCOMPARE(current().stateSince(), m_start.addSecs(3600));
        QCOMPARE(goals()->goals()->rowCount(), 1);
        QCOMPARE(goals()->todayIso(), QStringLiteral("2026-09-14"));

        // Written at once: a restart finds it.
        const Goal written = current();
        QVERIFY(restart());
        QVERIFY(!goals()->hasCurrent());
        goals()->open(id);
        QCOMPARE(current(), written);
    }

    void wordsDateAndHelperChangeAndEmptyWordsKeepTheOldOnes()
    {
        goals()->addGoal(QStringLiteral("money"), QStringLiteral("Geen schulden"));
        goals()->setOwnWords(QStringLiteral("Geen schulden meer"));
        QCOMPARE(goals()->currentOwnWords(), QStringLiteral("Geen schulden meer"));
        goals()->setOwnWords(QStringLiteral("   "));
        QVERIFY(!goals()->notice().isEmpty());
        QCOMPARE(goals()->currentOwnWords(), QStringLiteral("Geen schulden meer"));
        goals()->setOwnWords(QStringLiteral("Geen schulden meer, en rust"));
        QVERIFY(goals()->notice().isEmpty());

        goals()->setByWhen(QStringLiteral("2027-03-01"));
        QCOMPARE(goals()->currentByWhenIso(), QStringLiteral("2027-03-01"));
        QVERIFY(goals()->currentByWhenText().contains(QStringLiteral("maart")));
        goals()->setByWhen(QStringLiteral("gisteren"));
        QVERIFY(!goals()->notice().isEmpty());
        QCOMPARE(goals()->currentByWhenIso(), QStringLiteral("2027-03-01"));
        goals()->setByWhen(QString());
        QCOMPARE(goals()->currentByWhenIso(), QString());
        QVERIFY(!current().hasByWhen());

        goals()->setWhoHelps(QStringLiteral(" Mijn zus "));
        QCOMPARE(goals()->currentWhoHelps(), QStringLiteral("Mijn zus"));
        goals()->setWhoHelps(QString());
        QCOMPARE(goals()->currentWhoHelps(), QString());
    }

    void anotherDomainKeepsEverythingElse()
    {
        fullGoal();
        m_clock.advance(60);
        goals()->setState(QStringLiteral("reached"));
        const Goal before = current();
        goals()->setDomain(QStringLiteral("work"));
        QCOMPARE(goals()->currentDomainId(), QStringLiteral("work"));
        const Goal after = current();
        QCOMPARE(after.id(), before.id());
        QCOMPARE(after.ownWords(), before.ownWords());
        QCOMPARE(after.steps(), before.steps());
        QCOMPARE(after.byWhen(), before.byWhen());
        QCOMPARE(after.whoHelps(), before.whoHelps());
        QCOMPARE(after.state(), before.state());
        QCOMPARE(after.createdAt(), before.createdAt());
        QCOMPARE(after.stateSince(), before.stateSince());
        QVERIFY(restart());
        goals()->open(after.id());
        QCOMPARE(goals()->currentDomainId(), QStringLiteral("work"));
    }

    void noStateUntilTheCitizenPicksOne()
    {
        const QString id
            = goals()->addGoal(QStringLiteral("money"), QStringLiteral("Mijn post bijhouden"));
        QCOMPARE(goals()->currentStateKey(), QString());
        // "No state" is not a choice the page can make for her.
        goals()->setState(QStringLiteral("unanswered"));
        QCOMPARE(current().state(), Goal::State::Unanswered);
        QVERIFY(restart());
        goals()->open(id);
        QCOMPARE(goals()->currentStateKey(), QString());
        QCOMPARE(current().state(), Goal::State::Unanswered);
        goals()->setState(QStringLiteral("busy"));
        QCOMPARE(goals()->currentStateKey(), QStringLiteral("busy"));
        goals()->setState(QStringLiteral("unanswered"));
        QCOMPARE(goals()->currentStateKey(), QStringLiteral("busy"));
    }

    void statesKeepWordsAndSteps()
    {
        fullGoal();
        const Goal before = current();
        m_clock.advance(24 * 3600);
        goals()->setState(QStringLiteral("reached"));
        QCOMPARE(goals()->currentStateKey(), QStringLiteral("reached"));
        QCOMPARE(current().stateSince(), m_start.addSecs(24 * 3600));
        QCOMPARE(current().ownWords(), before.ownWords());
        QCOMPARE(current().steps(), before.steps());
        QCOMPARE(current().byWhen(), before.byWhen());

        m_clock.advance(24 * 3600);
        goals()->setState(QStringLiteral("stopped"));
        QCOMPARE(goals()->currentStateKey(), QStringLiteral("stopped"));
        QCOMPARE(current().steps(), before.steps());
        // A stopped goal is kept, on the list and after a restart.
        QCOMPARE(goals()->goals()->rowCount(), 1);
        goals()->setState(QStringLiteral("klaar"));
        QCOMPARE(goals()->currentStateKey(), QStringLiteral("stopped"));
        QVERIFY(restart());
        QCOMPARE(goals()->goals()->rowCount(), 1);
        goals()->open(before.id());
        QCOMPARE(goals()->currentStateKey(), QStringLiteral("stopped"));

        goals()->setState(QStringLiteral("busy"));
        QCOMPARE(goals()->currentStateKey(), QStringLiteral("busy"));
        QCOMPARE(current().ownWords(), before.ownWords());
        QCOMPARE(current().steps(), before.steps());
        QCOMPARE(goals()->stateLabel(QStringLiteral("reached")), QStringLiteral("Gelukt"));
    }

    void stepsTickUntickRemindAndGo()
    {
        goals()->addGoal(QStringLiteral("money"), QStringLiteral("Geen schulden"));
        QCOMPARE(goals()->addStep(QStringLiteral("  ")), QString());
        QVERIFY(!goals()->notice().isEmpty());
        QVERIFY(current().steps().isEmpty());

        const QString sort = goals()->addStep(QStringLiteral("Rekeningen sorteren"));
        const QString call = goals()->addStep(QStringLiteral("Schuldhulp bellen"));
        QVERIFY(!sort.isEmpty() && !call.isEmpty() && sort != call);
        QVERIFY(goals()->notice().isEmpty());
        QCOMPARE(goals()->steps()->rowCount(), 2);

        goals()->toggleStep(sort);
        QVERIFY(current().step(sort)->isDone());
        QVERIFY(!current().step(call)->isDone());
        goals()->toggleStep(sort);
        QVERIFY(!current().step(sort)->isDone());
        goals()->toggleStep(call);

        goals()->setStepRemindOn(sort, QStringLiteral("2026-09-20"));
        QCOMPARE(current().step(sort)->remindOn(), QDate(2026, 9, 20));
        goals()->setStepRemindOn(sort, QStringLiteral("20 september"));
        QVERIFY(!goals()->notice().isEmpty());
        QCOMPARE(current().step(sort)->remindOn(), QDate(2026, 9, 20));
        goals()->setStepText(sort, QStringLiteral("Alle rekeningen sorteren"));
        QCOMPARE(current().step(sort)->text(), QStringLiteral("Alle rekeningen sorteren"));
        goals()->setStepText(sort, QString());
        QCOMPARE(current().step(sort)->text(), QStringLiteral("Alle rekeningen sorteren"));

        QVERIFY(restart());
        goals()->open(
            goals()->goals()->data(goals()->goals()->index(0), GoalsModel::KeyRole).toString());
        QCOMPARE(current().step(sort)->remindOn(), QDate(2026, 9, 20));
        QVERIFY(current().step(call)->isDone());

        goals()->setStepRemindOn(sort, QString());
        QVERIFY(!current().step(sort)->remindOn().isValid());
        goals()->removeStep(sort);
        QCOMPARE(current().steps().size(), 1);
        QCOMPARE(current().steps().constFirst().id(), call);
        goals()->removeStep(QStringLiteral("geen-stap"));
        QVERIFY(!goals()->notice().isEmpty());
        QVERIFY(restart());
        goals()->open(
            goals()->goals()->data(goals()->goals()->index(0), GoalsModel::KeyRole).toString());
        QCOMPARE(current().steps().size(), 1);
    }

    void theCitizenRemovesAGoal()
    {
        const QString first = fullGoal();
        const QString second
            = goals()->addGoal(QStringLiteral("work"), QStringLiteral("Een cursus"));
        QCOMPARE(goals()->goals()->rowCount(), 2);
        goals()->open(first);
        goals()->remove(first);
        QVERIFY(!goals()->hasCurrent());
        QCOMPARE(goals()->goals()->rowCount(), 1);
        QCOMPARE(goals()->goals()->data(goals()->goals()->index(0), GoalsModel::KeyRole).toString(),
            second);
        QVERIFY(restart());
        QCOMPARE(goals()->goals()->rowCount(), 1);
        goals()->open(first);
        QVERIFY(!goals()->hasCurrent());
    }

    void aRestartFindsEverything()
    {
        const QString id = fullGoal();
        // A later moment: a state changed in the very second of writing is stored as "since then".
        m_clock.advance(60);
        goals()->setState(QStringLiteral("reached"));
        const Goal written = current();
        const QString other
            = goals()->addGoal(QStringLiteral("housing"), QStringLiteral("Een huis"));
        QVERIFY(restart());
        QCOMPARE(goals()->goals()->rowCount(), 2);
        QCOMPARE(
            goals()->goals()->data(goals()->goals()->index(0), GoalsModel::KeyRole).toString(), id);
        QCOMPARE(goals()->goals()->data(goals()->goals()->index(1), GoalsModel::KeyRole).toString(),
            other);
        goals()->open(id);
        QCOMPARE(current(), written);
        QCOMPARE(goals()->steps()->rowCount(), 2);
    }

    void lockedThereAreNoGoalsToSee()
    {
        fullGoal();
        vault()->lock();
        QCOMPARE(vault()->stage(), VaultController::Locked);
        QVERIFY(!goals()->hasCurrent());
        QCOMPARE(goals()->goals()->rowCount(), 0);
        QCOMPARE(goals()->steps()->rowCount(), 0);
        QCOMPARE(goals()->addGoal(QStringLiteral("money"), QStringLiteral("Iets")), QString());
        goals()->setOwnWords(QStringLiteral("Iets anders"));
        QVERIFY(!goals()->unsaved());
    }

    void fullDiskKeepsChangesInMemoryAndWritesThemLater()
    {
        (*m_app)->setNotesRetryInterval(50);
        const QString id
            = goals()->addGoal(QStringLiteral("money"), QStringLiteral("Geen schulden"));
        QVERIFY(!goals()->unsaved());

        QSignalSpy unsavedSpy(goals(), &GoalsController::unsavedChanged);
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        goals()->setOwnWords(QStringLiteral("Geen schulden meer"));
        QVERIFY(goals()->unsaved());
        QVERIFY(!unsavedSpy.isEmpty());
        QVERIFY(QuotaVfs::refusedWrites() > 0);
        // Everything goes on for the citizen, without blame.
        const QString step = goals()->addStep(QStringLiteral("Schuldhulp bellen"));
        goals()->toggleStep(step);
        goals()->setByWhen(QStringLiteral("2027-01-31"));
        m_clock.advance(60);
        goals()->setState(QStringLiteral("reached"));
        const QString second
            = goals()->addGoal(QStringLiteral("work"), QStringLiteral("Een cursus"));
        QVERIFY(!second.isEmpty());
        QVERIFY(goals()->notice().isEmpty());
        QCOMPARE(goals()->goals()->rowCount(), 2);
        goals()->open(id);
        QCOMPARE(goals()->currentOwnWords(), QStringLiteral("Geen schulden meer"));
        const Goal inMemory = current();

        // Retries on a still-full disk keep everything; locking now would lose it, so it stays
        // open.
        QTest::qWait(250);
        QVERIFY(goals()->unsaved());
        vault()->lock();
        QCOMPARE(vault()->stage(), VaultController::Open);
        QCOMPARE(current(), inMemory);

        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QTRY_VERIFY(!goals()->unsaved());
        QVERIFY(restart());
        QCOMPARE(goals()->goals()->rowCount(), 2);
        goals()->open(id);
        QCOMPARE(current(), inMemory);
        goals()->open(second);
        QCOMPARE(goals()->currentOwnWords(), QStringLiteral("Een cursus"));
    }
};

QTEST_GUILESS_MAIN(TestGoalsController)

#include "tst_goalscontroller.moc"
