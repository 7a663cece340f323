#include "recordrepositorychecks.h"
#include "storage/goalrepository.h"
#include "vaulttesthelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace mapje;
using namespace mapje::testing;

namespace {

const QDateTime Written(QDate(2024, 6, 3), QTime(14, 30, 5, 123), Qt::UTC);

/** A goal with every field set: steps in a non-alphabetic order, done, reminders, other scripts. */
Goal fullGoal(const QString &id)
{
    Goal goal
        = *Goal::create(id, QStringLiteral("money"), QStringLiteral("Mijn rekeningen op tijd"));
    goal.setByWhen(QDate(2024, 12, 31));
    goal.setWhoHelps(QStringLiteral("Sanne, mijn zus (café op de hoek)"));
    goal.setCreatedAt(Written);
    (void)goal.setState(Goal::State::Reached, Written.addDays(20).addMSecs(7));
    (void)goal.addStep(Step(QStringLiteral("s3"), QStringLiteral("Brief van de ĳzerwinkel lezen")));
    (void)goal.addStep(Step(QStringLiteral("s1"), QStringLiteral("أتصل بالبلدية"), true));
    (void)goal.addStep(Step(QStringLiteral("s2"), QStringLiteral("Geen zorgen meer, ëen keer")));
    (void)goal.setStepRemindOn(QStringLiteral("s1"), QDate(2024, 7, 1));
    return goal;
}

/** The smallest goal: no date, nobody who helps, no steps, no state chosen. */
Goal plainGoal(const QString &id, const QDateTime &createdAt = Written)
{
    Goal goal = *Goal::create(id, QStringLiteral("housing"), QStringLiteral("Een rustig huis"));
    goal.setCreatedAt(createdAt);
    return goal;
}

} // namespace

class TestGoalRepository : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    void cleanup() { QuotaVfs::setMode(QuotaVfs::Mode::Normal); }

    void roundTripKeepsEveryField()
    {
        TestVault test;
        GoalRepository goals(test.vault());
        QVERIFY(goals.all().isEmpty());
        QVERIFY(!goals.load(QStringLiteral("g1")));
        const Goal full = fullGoal(QStringLiteral("g1"));
        const Goal plain = plainGoal(QStringLiteral("g2"), Written.addSecs(60));
        QSignalSpy changed(&goals, &GoalRepository::goalChanged);
        QSignalSpy unsaved(&goals, &GoalRepository::hasUnsavedChangesChanged);
        QVERIFY(goals.save(full));
        QVERIFY(goals.save(plain));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("g1"));
        QCOMPARE(unsaved.count(), 0);
        QVERIFY(!goals.hasUnsavedChanges());
        QVERIFY(goals.lastError().ok());

        test.reopen(); // read from disk, not from memory
        GoalRepository after(test.vault());
        const std::optional<Goal> loaded = after.load(QStringLiteral("g1"));
        QVERIFY(loaded);
        QCOMPARE(loaded->steps(), full.steps());
        QCOMPARE(loaded->state(), Goal::State::Reached);
        QCOMPARE(loaded->stateSince(), Written.addDays(20).addMSecs(7));
        QCOMPARE(loaded->createdAt(), Written);
        QCOMPARE(loaded->byWhen(), QDate(2024, 12, 31));
        QCOMPARE(*loaded, full);
        const std::optional<Goal> loadedPlain = after.load(QStringLiteral("g2"));
        QVERIFY(loadedPlain);
        QVERIFY(!loadedPlain->hasByWhen());
        QCOMPARE(loadedPlain->whoHelps(), QString());
        QCOMPARE(loadedPlain->stateSince(), loadedPlain->createdAt());
        QCOMPARE(*loadedPlain, plain);
        QCOMPARE(after.all(), QList<Goal>({full, plain}));

        // Text keys and ISO UTC text with milliseconds; '' for none; never a number about the
        // person.
        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(column(raw,
                     QStringLiteral("SELECT state || '|' || created_at || '|' || state_since || '|'"
                                    " || by_when FROM goals ORDER BY id")),
            QStringList({QStringLiteral("reached|2024-06-03T14:30:05.123Z|2024-06-23T14:30:05.130Z|"
                                        "2024-12-31"),
                // No state chosen yet: a key of its own, so a stored "busy" stays a choice.
                QStringLiteral("unanswered|2024-06-03T14:31:05.123Z|2024-06-03T14:31:05.123Z|")}));
        QCOMPARE(column(raw,
                     QStringLiteral("SELECT id || done || remind_on FROM goal_steps"
                                    " ORDER BY position")),
            QStringList(
                {QStringLiteral("s30"), QStringLiteral("s112024-07-01"), QStringLiteral("s20")}));
    }

    // A state changed without a moment, or changed back, reads back exactly as it was.
    void stateSinceRoundTrips()
    {
        TestVault test;
        GoalRepository goals(test.vault());
        Goal stopped = plainGoal(QStringLiteral("a"));
        (void)stopped.setState(Goal::State::Stopped); // no moment given
        Goal again = plainGoal(QStringLiteral("b"));
        (void)again.setState(Goal::State::Stopped, Written.addDays(1));
        (void)again.setState(Goal::State::Busy, Written.addDays(2));
        Goal empty = plainGoal(QStringLiteral("c"), QDateTime());
        for (const Goal &goal : {stopped, again, empty})
            QVERIFY(goals.save(goal));
        test.reopen();
        GoalRepository after(test.vault());
        QCOMPARE(*after.load(QStringLiteral("a")), stopped);
        QCOMPARE(*after.load(QStringLiteral("b")), again);
        QCOMPARE(after.load(QStringLiteral("b"))->stateSince(), Written.addDays(2));
        QCOMPARE(*after.load(QStringLiteral("c")), empty);
        QVERIFY(!after.load(QStringLiteral("c"))->createdAt().isValid());
    }

    // The citizen's writing order: createdAt, then id; a goal without a moment comes last.
    void allInWritingOrder()
    {
        TestVault test;
        GoalRepository goals(test.vault());
        const Goal later = plainGoal(QStringLiteral("a"), Written.addDays(3));
        const Goal first = plainGoal(QStringLiteral("z"), Written);
        const Goal sameTimeB = plainGoal(QStringLiteral("c"), Written.addDays(1));
        const Goal sameTimeA = plainGoal(QStringLiteral("b"), Written.addDays(1));
        const Goal undated = plainGoal(QStringLiteral("0"), QDateTime());
        for (const Goal &goal : {later, undated, sameTimeB, first, sameTimeA})
            QVERIFY(goals.save(goal));
        const QList<Goal> expected = {first, sameTimeA, sameTimeB, later, undated};
        QCOMPARE(goals.all(), expected);
        test.reopen();
        QCOMPARE(GoalRepository(test.vault()).all(), expected);
    }

    void updateReplacesStepsAndKeepsPosition()
    {
        TestVault test;
        GoalRepository goals(test.vault());
        Goal goal = fullGoal(QStringLiteral("g"));
        QVERIFY(goals.save(goal));
        QVERIFY(goals.save(plainGoal(QStringLiteral("later"))));
        QCOMPARE(goal.removeStep(QStringLiteral("s3")), Goal::Result::Ok);
        QCOMPARE(goal.tickStep(QStringLiteral("s2")), Goal::Result::Ok);
        QCOMPARE(goal.untickStep(QStringLiteral("s1")), Goal::Result::Ok);
        QCOMPARE(goal.setStepRemindOn(QStringLiteral("s1"), QDate()), Goal::Result::Ok);
        QCOMPARE(goal.addStep(Step(QStringLiteral("s4"), QStringLiteral("Nieuwe stap"))),
            Goal::Result::Ok);
        QCOMPARE(goal.setOwnWords(QStringLiteral("Andere woorden")), Goal::Result::Ok);
        goal.clearByWhen();
        goal.setWhoHelps(QString());
        QVERIFY(goals.save(goal));
        QCOMPARE(*goals.load(QStringLiteral("g")), goal);
        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM goal_steps")), 3);
        QCOMPARE(column(raw, QStringLiteral("SELECT id FROM goals ORDER BY position")),
            QStringList({QStringLiteral("g"), QStringLiteral("later")}));
        test.reopen();
        QCOMPARE(*GoalRepository(test.vault()).load(QStringLiteral("g")), goal);
    }

    void removeDeletesStepsToo()
    {
        TestVault test;
        GoalRepository goals(test.vault());
        QVERIFY(goals.save(fullGoal(QStringLiteral("weg"))));
        QVERIFY(goals.save(fullGoal(QStringLiteral("blijft"))));
        QSignalSpy changed(&goals, &GoalRepository::goalChanged);
        QVERIFY(goals.remove(QStringLiteral("weg")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("weg"));
        QVERIFY(!goals.load(QStringLiteral("weg")));
        QCOMPARE(goals.all(), QList<Goal>({fullGoal(QStringLiteral("blijft"))}));
        QVERIFY(goals.remove(QStringLiteral("nooit-bestaan"))); // nothing to remove is no error
        QVERIFY(!goals.remove(QString()));
        QVERIFY(
            !goals.save(*Goal::create(QString(), QStringLiteral("money"), QStringLiteral("x"))));

        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(
            count(raw, QStringLiteral("SELECT count(*) FROM goal_steps WHERE goal_id = 'weg'")), 0);
        // The schema cascades too, for any delete that does not go through the repository.
        QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_keys = ON;"
                                        "DELETE FROM goals WHERE id = 'blijft'"))
                    .ok());
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM goal_steps")), 0);
    }

    // Rows this version cannot read (no words, an unknown state) are skipped, never guessed.
    void unreadableRowsAreSkipped()
    {
        TestVault test;
        GoalRepository goals(test.vault());
        QVERIFY(goals.save(plainGoal(QStringLiteral("goed"))));
        {
            SqliteDatabase raw;
            QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
            QVERIFY(
                raw.exec(QStringLiteral(
                             "INSERT INTO goals VALUES ('leeg', 'money', '  ', '', '', 'busy',"
                             " '', '', 5);"
                             "INSERT INTO goals VALUES ('later', 'money', 'x', '', '', 'dreaming',"
                             " '', '', 6);"
                             "INSERT INTO goal_steps VALUES ('goed', 'leeg', ' ', 0, '', 0);"))
                    .ok());
        }
        QCOMPARE(goals.all(), QList<Goal>({plainGoal(QStringLiteral("goed"))}));
        QVERIFY(!goals.load(QStringLiteral("later")));
    }

    void allIsFixedQueries()
    {
        checkAllIsFixedQueries<GoalRepository>(
            [](int i) { return fullGoal(QStringLiteral("g%1").arg(i)); }, 2);
    }

    void refusedWritesStayNewest_data() { addDiskFaultRows(); }
    void refusedWritesStayNewest()
    {
        QFETCH(int, mode);
        QFETCH(int, code);
        Goal changed = fullGoal(QStringLiteral("g"));
        QCOMPARE(changed.tickStep(QStringLiteral("s3")), Goal::Result::Ok);
        (void)changed.setState(Goal::State::Busy, Written.addDays(30));
        checkRefusedWritesStayNewest<GoalRepository>(QuotaVfs::Mode(mode), code,
            fullGoal(QStringLiteral("g")), changed, plainGoal(QStringLiteral("nieuw")),
            plainGoal(QStringLiteral("weg"), Written.addDays(-1)));
    }

    void pendingSurvivesLock()
    {
        checkPendingSurvivesLock<GoalRepository>(fullGoal(QStringLiteral("g")));
    }
    void wipeDropsPending()
    {
        checkWipeDropsPending<GoalRepository>(fullGoal(QStringLiteral("g")));
    }
};

QTEST_GUILESS_MAIN(TestGoalRepository)
#include "tst_goalrepository.moc"
