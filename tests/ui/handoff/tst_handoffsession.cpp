#include <QTest>

#include "core/board.h"
#include "core/goal.h"
#include "core/sequenceidgenerator.h"
#include "ui/handoff/handoffimport.h"
#include "ui/handoff/handoffsession.h"

using namespace mapje;

/** The session document the kiosk writes and the phone reads: every part through the protocol's
 * strict decoder, back into the same board and goals; anything else refused. */
class TestHandoffSession : public QObject {
    Q_OBJECT

private:
    static Board board()
    {
        Board board(QStringLiteral("b"), QDate(2026, 3, 2), QStringLiteral("me"));
        (void)board.chooseDomain(QStringLiteral("me"), QStringLiteral("money"));
        (void)board.chooseDomain(QStringLiteral("me"), QStringLiteral("housing"));
        (void)board.place(Placement(QStringLiteral("me"), QStringLiteral("money"),
            Placement::Feeling::Sad, Placement::WishToChange::NotYet, QStringLiteral("Post")));
        (void)board.addPerspective(Perspective(
            QStringLiteral("p"), Perspective::Kind::Professional, QStringLiteral("Jan")));
        (void)board.place(Placement(QStringLiteral("p"), QStringLiteral("housing"),
            Placement::Feeling::Happy, Placement::WishToChange::No));
        Placement hidden(QStringLiteral("p"), QStringLiteral("money"), Placement::Feeling::Sad,
            Placement::WishToChange::Yes);
        (void)board.place(hidden);
        (void)board.setPlacementHidden(
            QStringLiteral("me"), QStringLiteral("p"), QStringLiteral("money"), true);
        return board;
    }

private slots:
    void readsBackWhatTheKioskWrote()
    {
        auto goal
            = Goal::create(QStringLiteral("g"), QStringLiteral("money"), QStringLiteral("Rust"));
        QVERIFY(goal);
        goal->setWhoHelps(QStringLiteral("Mijn zus"));
        QCOMPARE(goal->addStep(Step(QStringLiteral("s"), QStringLiteral("Bellen"), true)),
            Goal::Result::Ok);
        const HandoffSession session = HandoffSession::compose(board(), {*goal});
        const auto read = HandoffSession::decode(session.encode());
        QVERIFY(read.ok());
        QCOMPARE(read.value().board, session.board);
        QCOMPARE(read.value().goals, session.goals);

        SequenceIdGenerator ids;
        const Board mine = HandoffImport::board(*read.value().board, false, ids);
        QCOMPARE(mine.chosenDomains(), board().chosenDomains());
        QCOMPARE(mine.perspectives().size(), 1);
        QCOMPARE(mine.placement(mine.citizenId(), QStringLiteral("money"))->note(),
            QStringLiteral("Post"));
        const Board withOthers = HandoffImport::board(*read.value().board, true, ids);
        QCOMPARE(withOthers.perspectives().size(), 2);
        // The hidden fiche never left the kiosk.
        QCOMPARE(withOthers.placements().size(), 2);
        const auto back = HandoffImport::goal(read.value().goals.at(0), QDateTime(), ids);
        QVERIFY(back);
        QCOMPARE(back->whoHelps(), QStringLiteral("Mijn zus"));
        QCOMPARE(back->steps().size(), 1);
        QVERIFY(back->steps().at(0).isDone());
    }

    void aBoardWithoutDomainsIsNoBoard()
    {
        const HandoffSession session = HandoffSession::compose(
            Board(QStringLiteral("b"), QDate(2026, 3, 2), QStringLiteral("me")), {});
        QVERIFY(session.isEmpty());
    }

    void refusesAnythingElse_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray good = HandoffSession::compose(board(), {}).encode();
        QTest::newRow("not json") << QByteArray("garbage");
        QTest::newRow("another version")
            << QByteArray(good).replace(R"("versie":1)", R"("versie":2)");
        QTest::newRow("another kind") << QByteArray(good).replace("zuilsessie", "bord");
        QTest::newRow("nothing in it")
            << QByteArray(R"({"versie":1,"soort":"zuilsessie","delen":[]})");
        QTest::newRow("a part that is no object")
            << QByteArray(R"({"versie":1,"soort":"zuilsessie","delen":[1]})");
        QTest::newRow("a feeling that is a number")
            << QByteArray(good).replace(R"("gevoel":"verdrietig")", R"("gevoel":3)");
        QTest::newRow("a field too many")
            << QByteArray(good).replace(R"("soort":"zuilsessie")", R"("soort":"zuilsessie","x":1)");
        // "delen" comes first and closes last: the board's part once more.
        const qsizetype open = good.indexOf('['), close = good.lastIndexOf(']');
        QTest::newRow("two boards")
            << good.left(close) + ',' + good.mid(open + 1, close - open - 1) + good.mid(close);
        QTest::newRow("a preparation") << QByteArray(
            R"({"versie":1,"soort":"zuilsessie","delen":[{"versie":1,"soort":"voorbereiding","inhoud":{"afspraakOp":"2026-03-02T09:00:00Z","vragen":[],"meenemen":[]}}]})");
    }
    void refusesAnythingElse()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!HandoffSession::decode(body).ok());
    }
};

QTEST_GUILESS_MAIN(TestHandoffSession)
#include "tst_handoffsession.moc"
