#include "core/step.h"

#include <QTest>

using mapje::Step;

class TestStep : public QObject {
    Q_OBJECT

private slots:
    void startsNotDone()
    {
        const Step step(QStringLiteral("s-1"), QStringLiteral("Bel de schuldhulp"));
        QCOMPARE(step.id(), QStringLiteral("s-1"));
        QCOMPARE(step.text(), QStringLiteral("Bel de schuldhulp"));
        QVERIFY(!step.isDone());
    }

    void canBeRestoredAsDone()
    {
        QVERIFY(Step(QStringLiteral("s"), QStringLiteral("x"), true).isDone());
    }

    void ticksAndUnticks()
    {
        Step step(QStringLiteral("s"), QStringLiteral("Brief openen"));
        step.tick();
        QVERIFY(step.isDone());
        step.tick();
        QVERIFY(step.isDone());
        step.untick();
        QVERIFY(!step.isDone());
        QCOMPARE(step.text(), QStringLiteral("Brief openen"));
    }

    void textIsTrimmedOnly()
    {
        Step step(QStringLiteral("s"), QStringLiteral("  Met  Sanne  praten \t"));
        QCOMPARE(step.text(), QStringLiteral("Met  Sanne  praten"));
        step.setText(QStringLiteral(" iets anders "));
        QCOMPARE(step.text(), QStringLiteral("iets anders"));
    }
};

QTEST_GUILESS_MAIN(TestStep)
#include "tst_step.moc"
