#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

#include "core/clock.h"
#include "openvault.h"
#include "ui/board/boardcontroller.h"
#include "ui/checkins/checkinscontroller.h"
#include "ui/goals/goalscontroller.h"
#include "ui/timeline/timelinecontroller.h"
#include "ui/timeline/timelinemodel.h"

using mapje::BoardController;
using mapje::CheckInsController;
using mapje::GoalsController;
using mapje::TimelineController;
using mapje::TimelineModel;

/**
 * The timeline: boards, goals and agreed moments newest first, in words and pictures, with no
 * number about the person anywhere in it.
 */
class TestTimelineController : public QObject {
    Q_OBJECT

private:
    mapje::ManualClock m_clock {QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<OpenVault> m_app;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    TimelineController *timeline() const { return (*m_app)->timelineController(); }
    TimelineModel *entries() const { return timeline()->entries(); }
    QVariant at(int row, TimelineModel::Role role) const
    {
        return entries()->data(entries()->index(row), role);
    }
    QStringList column(TimelineModel::Role role) const
    {
        QStringList values;
        for (int row = 0; row < entries()->rowCount(); ++row)
            values << at(row, role).toString();
        return values;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_app = std::make_unique<OpenVault>(m_clock);
        QVERIFY(m_app->isOpen());
        m_tester = std::make_unique<QAbstractItemModelTester>(entries());
    }

    void cleanup()
    {
        m_tester.reset();
        m_app.reset();
    }

    void emptyAtFirst()
    {
        timeline()->refresh();
        QCOMPARE(entries()->count(), 0);
    }

    void boardsGoalsAndMomentsNewestFirst()
    {
        BoardController *board = (*m_app)->boardController();
        GoalsController *goals = (*m_app)->goalsController();
        CheckInsController *checkIns = (*m_app)->checkInsController();

        // 2 November: a board with money and housing, and a goal about money.
        board->startNewBoard(false);
        board->chooseDomain(QStringLiteral("money"));
        board->chooseDomain(QStringLiteral("housing"));
        const QString goalId
            = goals->addGoal(QStringLiteral("money"), QStringLiteral("Mijn post bijhouden"));
        QVERIFY(!goalId.isEmpty());
        checkIns->addCheckIn(); // 9 November, 10:00
        checkIns->setWithWhom(QStringLiteral("Sanne"));

        // 10 November: the moment came; what changed in own words; a new board; the goal reached.
        m_clock.set(QDateTime(QDate(2026, 11, 10), QTime(9, 0), QTimeZone::utc()));
        checkIns->refresh();
        checkIns->setWhatChanged(QStringLiteral("De post ligt op een stapel."));
        checkIns->complete();
        board->startNewBoard(true);
        goals->open(goalId);
        goals->setState(QStringLiteral("reached"));

        timeline()->refresh();
        QCOMPARE(column(TimelineModel::KindRole),
            (QStringList {QStringLiteral("goalState"), QStringLiteral("board"),
                QStringLiteral("checkIn"), QStringLiteral("goal"), QStringLiteral("board")}));
        QCOMPARE(at(0, TimelineModel::DateTextRole).toString(),
            QStringLiteral("dinsdag 10 november 2026"));
        QCOMPARE(
            at(0, TimelineModel::TitleRole).toString(), QStringLiteral("Gelukt: doel over Geld"));
        QCOMPARE(at(0, TimelineModel::TextRole).toString(), QStringLiteral("Mijn post bijhouden"));
        QCOMPARE(
            at(1, TimelineModel::TextRole).toString(), QStringLiteral("Je koos Geld en Wonen."));
        QCOMPARE(at(1, TimelineModel::IconsRole).toList().size(), 2);
        QCOMPARE(at(2, TimelineModel::TitleRole).toString(),
            QStringLiteral("Afgesproken moment met Sanne"));
        QCOMPARE(at(2, TimelineModel::TextRole).toString(),
            QStringLiteral("De post ligt op een stapel."));
        QCOMPARE(
            at(3, TimelineModel::TitleRole).toString(), QStringLiteral("Nieuw doel over Geld"));
        QCOMPARE(at(4, TimelineModel::DateTextRole).toString(),
            QStringLiteral("maandag 2 november 2026"));

        // No numbers about the person: no digit in any title or generated text.
        for (int row = 0; row < entries()->rowCount(); ++row) {
            const QString title = at(row, TimelineModel::TitleRole).toString();
            QVERIFY2(!title.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(title));
        }
        const QHash<int, QByteArray> roles = entries()->roleNames();
        for (const QByteArray &name : roles) {
            for (const char *forbidden : {"score", "count", "rank", "trend", "total"})
                QVERIFY2(!name.toLower().contains(forbidden), name.constData());
        }
    }

    void plannedMomentSaysItIsStillToCome()
    {
        (*m_app)->checkInsController()->addCheckIn();
        timeline()->refresh();
        QCOMPARE(entries()->count(), 1);
        QCOMPARE(at(0, TimelineModel::KindRole).toString(), QStringLiteral("checkInPlanned"));
        QCOMPARE(at(0, TimelineModel::TitleRole).toString(),
            QStringLiteral("Afgesproken moment, komt nog"));
    }
};

QTEST_GUILESS_MAIN(TestTimelineController)
#include "tst_timelinecontroller.moc"
