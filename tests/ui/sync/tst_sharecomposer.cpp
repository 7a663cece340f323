#include "core/appointment.h"
#include "core/board.h"
#include "core/checkin.h"
#include "core/goal.h"
#include "ui/sync/sharecomposer.h"

#include <QTest>

using mapje::Board;
using mapje::Placement;
using mapje::ShareComposer;
namespace protocol = mapje::protocol;

/**
 * The preview and the share come from one walk over the item: others' fiches only when switched
 * on, hidden fiches never, and every line of the preview stands for something that goes.
 */
class TestShareComposer : public QObject {
    Q_OBJECT

private:
    const QTimeZone m_zone {"Europe/Amsterdam"};

    static Board boardWithSanne(bool sanneHidden)
    {
        Board board(QStringLiteral("b1"), QDate(2026, 12, 6), QStringLiteral("me"));
        const QString me = board.citizenId();
        (void)board.chooseDomain(me, QStringLiteral("money"));
        (void)board.place(Placement(me, QStringLiteral("money"), Placement::Feeling::Sad,
            Placement::WishToChange::Yes, QStringLiteral("De post blijft liggen")));
        (void)board.addPerspective(mapje::Perspective(
            QStringLiteral("sanne"), mapje::Perspective::Kind::Peer, QStringLiteral("Sanne")));
        (void)board.place(Placement(QStringLiteral("sanne"), QStringLiteral("money"),
            Placement::Feeling::Unsure, Placement::WishToChange::NotYet));
        if (sanneHidden)
            (void)board.setPlacementHidden(
                me, QStringLiteral("sanne"), QStringLiteral("money"), true);
        return board;
    }

    static QList<protocol::SharedFiche> fichesOf(const ShareComposer::Composed &composed)
    {
        return std::get<protocol::BoardShare>(composed.share.content).domains.at(0).fiches;
    }

private slots:
    void othersOnlyWhenSwitchedOn()
    {
        const Board board = boardWithSanne(false);
        QVERIFY(ShareComposer::hasOthers(board));
        const auto mine = ShareComposer::board(board, false);
        QCOMPARE(fichesOf(mine).size(), 1);
        QCOMPARE(fichesOf(mine).at(0).role, QStringLiteral("ik"));
        QCOMPARE(fichesOf(mine).at(0).feeling, QStringLiteral("verdrietig"));
        QCOMPARE(fichesOf(mine).at(0).note, QStringLiteral("De post blijft liggen"));
        QVERIFY(!mine.lines.join(QLatin1Char('\n')).contains(QStringLiteral("Sanne")));
        const auto all = ShareComposer::board(board, true);
        QCOMPARE(fichesOf(all).size(), 2);
        QCOMPARE(fichesOf(all).at(1).name, QStringLiteral("Sanne"));
        QCOMPARE(fichesOf(all).at(1).wish, QStringLiteral("nog-niet"));
        QVERIFY(all.lines.join(QLatin1Char('\n')).contains(QStringLiteral("Sanne")));
        // The words she reads name her note, so nothing goes that she did not see.
        QVERIFY(
            all.lines.join(QLatin1Char('\n')).contains(QStringLiteral("De post blijft liggen")));
    }

    void hiddenFichesNeverGo()
    {
        const Board board = boardWithSanne(true);
        QVERIFY(!ShareComposer::hasOthers(board));
        const auto all = ShareComposer::board(board, true);
        QCOMPARE(fichesOf(all).size(), 1);
        QVERIFY(!all.lines.join(QLatin1Char('\n')).contains(QStringLiteral("Sanne")));
    }

    // A domain she chose but has not answered on: its line says so, it does not end in a dash.
    void aDomainWithoutAnswersSaysSo()
    {
        Board board(QStringLiteral("b1"), QDate(2026, 12, 6), QStringLiteral("me"));
        (void)board.chooseDomain(board.citizenId(), QStringLiteral("money"));
        const auto composed = ShareComposer::board(board, false);
        QCOMPARE(composed.lines.size(), 2);
        QCOMPARE(composed.lines.at(1), QStringLiteral("Geld — Nog niets ingevuld."));
    }

    void aGoalInHerWords()
    {
        auto goal = mapje::Goal::create(
            QStringLiteral("g1"), QStringLiteral("money"), QStringLiteral("Rust in mijn geld"));
        QVERIFY(goal);
        (void)goal->addStep(mapje::Step(QStringLiteral("s1"), QStringLiteral("Een map kopen")));
        const auto composed = ShareComposer::goal(*goal);
        const auto &share = std::get<protocol::GoalShare>(composed.share.content);
        QCOMPARE(share.ownWords, QStringLiteral("Rust in mijn geld"));
        QCOMPARE(share.steps.size(), 1);
        QCOMPARE(composed.title, QStringLiteral("Rust in mijn geld"));
        QCOMPARE(composed.lines.size(), 2);
        QVERIFY(composed.lines.at(1).contains(QStringLiteral("Een map kopen")));
    }

    void aPreparationNeedsItsDay()
    {
        mapje::Appointment open(QStringLiteral("a1"), {});
        QVERIFY(!ShareComposer::preparation(open, {}, m_zone));
        mapje::Appointment appointment(
            QStringLiteral("a1"), QDateTime(QDate(2026, 12, 10), QTime(9, 0), Qt::UTC));
        appointment.setWhere(QStringLiteral("Stadhuis"));
        QVERIFY(appointment.addQuestion(QStringLiteral("Hoe lang duurt het?")));
        appointment.setToBring({QStringLiteral("id")});
        const auto composed
            = ShareComposer::preparation(appointment, QStringLiteral("abcd1234"), m_zone);
        QVERIFY(composed);
        const auto &share = std::get<protocol::PreparationShare>(composed->share.content);
        QCOMPARE(share.appointmentId, QStringLiteral("abcd1234"));
        QCOMPARE(share.questions, QStringList {QStringLiteral("Hoe lang duurt het?")});
        QCOMPARE(share.bring.size(), 1);
        QVERIFY(share.bring.at(0) != QStringLiteral("id")); // the document's name, not its key
        // It round-trips through the protocol's strict reader.
        QVERIFY(protocol::decodeShare(protocol::encode(composed->share)).ok());
    }

    void aMomentWithWhatChanged()
    {
        mapje::CheckIn checkIn(
            QStringLiteral("c1"), QDateTime(QDate(2026, 12, 20), QTime(9, 0), Qt::UTC));
        checkIn.setWhatChanged(QStringLiteral("Ik open mijn post elke maandag."));
        const auto composed = ShareComposer::moment(checkIn, {}, m_zone);
        QCOMPARE(std::get<protocol::MomentShare>(composed.share.content).whatChanged,
            QStringLiteral("Ik open mijn post elke maandag."));
        QVERIFY(protocol::decodeShare(protocol::encode(composed.share)).ok());
    }
};

QTEST_GUILESS_MAIN(TestShareComposer)
#include "tst_sharecomposer.moc"
