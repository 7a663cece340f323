#include "core/goal.h"

#include <QSet>
#include <QTest>

using mapje::Goal;
using mapje::Step;
using Result = mapje::Goal::Result;
using State = mapje::Goal::State;

namespace {

Goal sampleGoal()
{
    std::optional<Goal> goal = Goal::create(QStringLiteral("g-1"), QStringLiteral("money"),
        QStringLiteral("Ik wil overzicht in mijn post"));
    if (!goal)
        qFatal("could not create the sample goal");
    return *goal;
}

Goal goalWithSteps()
{
    Goal goal = sampleGoal();
    goal.setByWhen(QDate(2024, 6, 1));
    goal.setWhoHelps(QStringLiteral("Sanne van het buurtteam"));
    if (goal.addStep(Step(QStringLiteral("s-1"), QStringLiteral("Map kopen"))) != Result::Ok
        || goal.addStep(Step(QStringLiteral("s-2"), QStringLiteral("Brieven sorteren")))
            != Result::Ok)
        qFatal("could not add steps");
    return goal;
}

} // namespace

class TestGoal : public QObject {
    Q_OBJECT

private slots:
    void isCreatedInOwnWords()
    {
        const Goal goal = sampleGoal();
        QCOMPARE(goal.id(), QStringLiteral("g-1"));
        QCOMPARE(goal.domainId(), QStringLiteral("money"));
        QCOMPARE(goal.ownWords(), QStringLiteral("Ik wil overzicht in mijn post"));
        // No state until the citizen picks one: Mapje does not answer for her.
        QCOMPARE(goal.state(), State::Unanswered);
        QVERIFY(!goal.hasState());
        QVERIFY(!goal.hasByWhen());
        QVERIFY(goal.steps().isEmpty());
        QVERIFY(goal.whoHelps().isEmpty());
    }

    void emptyWordsAreRefused_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("null") << QString() << false;
        QTest::newRow("empty") << QStringLiteral("") << false;
        QTest::newRow("spaces") << QStringLiteral("   ") << false;
        QTest::newRow("white space") << QStringLiteral(" \n\t ") << false;
        QTest::newRow("one word") << QStringLiteral("Rust") << true;
        QTest::newRow("one letter") << QStringLiteral(" x ") << true;
    }

    void emptyWordsAreRefused()
    {
        QFETCH(QString, words);
        QFETCH(bool, accepted);
        QCOMPARE(Goal::checkOwnWords(words), accepted ? Result::Ok : Result::EmptyText);
        QCOMPARE(
            Goal::create(QStringLiteral("g"), QStringLiteral("work"), words).has_value(), accepted);
    }

    void wordsAreTrimmedButNeverAltered()
    {
        const std::optional<Goal> goal = Goal::create(
            QStringLiteral("g"), QStringLiteral("work"), QStringLiteral("  ik wil WERK!!  "));
        QVERIFY(goal.has_value());
        QCOMPARE(goal->ownWords(), QStringLiteral("ik wil WERK!!"));
    }

    void changingWordsRefusesEmpty()
    {
        Goal goal = sampleGoal();
        QCOMPARE(goal.setOwnWords(QStringLiteral("   ")), Result::EmptyText);
        QCOMPARE(goal.ownWords(), QStringLiteral("Ik wil overzicht in mijn post"));
        QCOMPARE(goal.setOwnWords(QStringLiteral(" Mijn post op orde ")), Result::Ok);
        QCOMPARE(goal.ownWords(), QStringLiteral("Mijn post op orde"));
        QCOMPARE(goal.setOwnWords(QStringLiteral("Mijn post op orde")), Result::Unchanged);
    }

    void byWhenIsOptional()
    {
        Goal goal = sampleGoal();
        goal.setByWhen(QDate(2024, 6, 1));
        QVERIFY(goal.hasByWhen());
        QCOMPARE(goal.byWhen(), QDate(2024, 6, 1));
        goal.clearByWhen();
        QVERIFY(!goal.hasByWhen());
        goal.setByWhen(QDate(2024, 6, 1));
        goal.setByWhen(QDate());
        QVERIFY(!goal.hasByWhen());
    }

    void whoHelpsIsFreeText()
    {
        Goal goal = sampleGoal();
        goal.setWhoHelps(QStringLiteral(" mijn zus en Sanne "));
        QCOMPARE(goal.whoHelps(), QStringLiteral("mijn zus en Sanne"));
    }

    void stateChangesKeepTheGoal_data()
    {
        QTest::addColumn<State>("state");
        QTest::newRow("reached") << State::Reached;
        QTest::newRow("stopped") << State::Stopped;
    }

    void stateChangesKeepTheGoal()
    {
        QFETCH(State, state);
        Goal goal = goalWithSteps();
        QCOMPARE(goal.tickStep(QStringLiteral("s-1")), Result::Ok);
        QCOMPARE(goal.setState(State::Busy), Result::Ok);
        QVERIFY(goal.hasState());
        const Goal before = goal;

        QCOMPARE(goal.setState(state), Result::Ok);
        QCOMPARE(goal.state(), state);
        QCOMPARE(goal.id(), before.id());
        QCOMPARE(goal.domainId(), before.domainId());
        QCOMPARE(goal.ownWords(), before.ownWords());
        QCOMPARE(goal.byWhen(), before.byWhen());
        QCOMPARE(goal.whoHelps(), before.whoHelps());
        QCOMPARE(goal.steps(), before.steps());
        QCOMPARE(goal.setState(state), Result::Unchanged);

        // A stopped or reached goal can be picked up again.
        QCOMPARE(goal.setState(State::Busy), Result::Ok);
        QVERIFY(goal == before);
    }

    void stepsAreAddedInOrder()
    {
        const Goal goal = goalWithSteps();
        QCOMPARE(goal.steps().size(), 2);
        QCOMPARE(goal.steps().at(0).text(), QStringLiteral("Map kopen"));
        QCOMPARE(goal.steps().at(1).id(), QStringLiteral("s-2"));
        QVERIFY(!goal.step(QStringLiteral("s-1"))->isDone());
        QVERIFY(!goal.step(QStringLiteral("s-3")).has_value());
    }

    void emptyOrDuplicateStepsAreRefused()
    {
        Goal goal = goalWithSteps();
        QCOMPARE(
            goal.addStep(Step(QStringLiteral("s-3"), QStringLiteral("  "))), Result::EmptyText);
        QCOMPARE(goal.addStep(Step(QStringLiteral("s-1"), QStringLiteral("Nog iets"))),
            Result::DuplicateStep);
        QCOMPARE(goal.steps().size(), 2);
        QCOMPARE(goal.step(QStringLiteral("s-1"))->text(), QStringLiteral("Map kopen"));
    }

    void stepsTickAndUntick()
    {
        Goal goal = goalWithSteps();
        QCOMPARE(goal.tickStep(QStringLiteral("s-2")), Result::Ok);
        QVERIFY(goal.step(QStringLiteral("s-2"))->isDone());
        QVERIFY(!goal.step(QStringLiteral("s-1"))->isDone());
        QCOMPARE(goal.tickStep(QStringLiteral("s-2")), Result::Unchanged);
        QCOMPARE(goal.untickStep(QStringLiteral("s-2")), Result::Ok);
        QVERIFY(!goal.step(QStringLiteral("s-2"))->isDone());
        QCOMPARE(goal.untickStep(QStringLiteral("s-2")), Result::Unchanged);
        QCOMPARE(goal.tickStep(QStringLiteral("nope")), Result::UnknownStep);
        QCOMPARE(goal.untickStep(QStringLiteral("nope")), Result::UnknownStep);
    }

    void tickingAllStepsDoesNotDecideTheState()
    {
        // Only the citizen says a goal is reached; no rule decides it for them.
        Goal goal = goalWithSteps();
        QCOMPARE(goal.tickStep(QStringLiteral("s-1")), Result::Ok);
        QCOMPARE(goal.tickStep(QStringLiteral("s-2")), Result::Ok);
        QCOMPARE(goal.state(), State::Unanswered);
    }

    void stepTextCanChangeButNotToEmpty()
    {
        Goal goal = goalWithSteps();
        QCOMPARE(
            goal.setStepText(QStringLiteral("s-1"), QStringLiteral(" Ordner kopen ")), Result::Ok);
        QCOMPARE(goal.step(QStringLiteral("s-1"))->text(), QStringLiteral("Ordner kopen"));
        QCOMPARE(goal.setStepText(QStringLiteral("s-1"), QStringLiteral(" ")), Result::EmptyText);
        QCOMPARE(goal.setStepText(QStringLiteral("s-1"), QStringLiteral("Ordner kopen")),
            Result::Unchanged);
        QCOMPARE(goal.setStepText(QStringLiteral("x"), QStringLiteral("y")), Result::UnknownStep);
        QCOMPARE(goal.step(QStringLiteral("s-1"))->text(), QStringLiteral("Ordner kopen"));
    }

    void stepsCanBeRemoved()
    {
        Goal goal = goalWithSteps();
        QCOMPARE(goal.removeStep(QStringLiteral("s-1")), Result::Ok);
        QCOMPARE(goal.steps().size(), 1);
        QCOMPARE(goal.steps().constFirst().id(), QStringLiteral("s-2"));
        QCOMPARE(goal.removeStep(QStringLiteral("s-1")), Result::UnknownStep);
    }

    void stateKeysAreStable_data()
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("key");
        QTest::newRow("busy") << State::Busy << QStringLiteral("busy");
        QTest::newRow("reached") << State::Reached << QStringLiteral("reached");
        QTest::newRow("stopped") << State::Stopped << QStringLiteral("stopped");
    }

    void stateKeysAreStable()
    {
        QFETCH(State, state);
        QFETCH(QString, key);
        QCOMPARE(Goal::stateKey(state), key);
        QCOMPARE(Goal::stateFromKey(key), std::optional<State>(state));
        QVERIFY(!QString::fromUtf8(Goal::stateLabelSource(state)).isEmpty());
    }

    void noStateYetHasAKeyAndNoWords()
    {
        // Stored as a key of its own, and said as nothing, like an unanswered face.
        QCOMPARE(Goal::stateKey(State::Unanswered), QStringLiteral("unanswered"));
        QCOMPARE(Goal::stateFromKey(u"unanswered"), std::optional<State>(State::Unanswered));
        QVERIFY(QString::fromUtf8(Goal::stateLabelSource(State::Unanswered)).isEmpty());
    }

    void unknownStateKeyIsRefused()
    {
        QVERIFY(!Goal::stateFromKey(u"failed").has_value());
        QVERIFY(!Goal::stateFromKey(u"").has_value());
    }

    void stateLabelsAreDistinct()
    {
        const QSet<QString> labels = {QString::fromUtf8(Goal::stateLabelSource(State::Busy)),
            QString::fromUtf8(Goal::stateLabelSource(State::Reached)),
            QString::fromUtf8(Goal::stateLabelSource(State::Stopped))};
        QCOMPARE(labels.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestGoal)
#include "tst_goal.moc"
