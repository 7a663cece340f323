#include "core/board.h"
#include "core/conversation/conversationclosing.h"

#include <QTest>

using mapje::Board;
using mapje::Conversation;
using mapje::ConversationClosing;
using mapje::Perspective;
using mapje::Placement;
using Decision = mapje::Conversation::Decision;
using Item = mapje::Conversation::Item;
using Kind = mapje::Perspective::Kind;

namespace {

const QString kCitizen = QStringLiteral("me");
const QString kPeer = QStringLiteral("peer-1");
const QString kPro = QStringLiteral("pro-1");

Placement fiche(const QString &who, const QString &domain, const QString &note)
{
    return Placement(who, domain, Placement::Feeling::Unsure, Placement::WishToChange::Yes, note);
}

} // namespace

/** The closing removes exactly the fiches the citizen chose to remove, and keeps the rest. */
class TestConversationClosing : public QObject {
    Q_OBJECT

private slots:
    void keepsAndRemovesExactlyAsChosen()
    {
        Board board(QStringLiteral("b-1"), QDate(2026, 12, 7), kCitizen);
        QCOMPARE(board.addPerspective(Perspective(kPeer, Kind::Peer)), Board::Result::Ok);
        QCOMPARE(board.addPerspective(Perspective(kPro, Kind::Professional)), Board::Result::Ok);
        for (const QString &domain : {u"money"_qs, u"work"_qs, u"housing"_qs})
            QCOMPARE(board.chooseDomain(kCitizen, domain), Board::Result::Ok);
        QCOMPARE(
            board.place(fiche(kCitizen, u"money"_qs, u"Mijn eigen woorden"_qs)), Board::Result::Ok);
        QCOMPARE(board.place(fiche(kPeer, u"money"_qs, u"Houden"_qs)), Board::Result::Ok);
        QCOMPARE(board.place(fiche(kPro, u"money"_qs, u"Weghalen"_qs)), Board::Result::Ok);
        QCOMPARE(board.place(fiche(kPro, u"work"_qs, u"Houden ook"_qs)), Board::Result::Ok);
        QCOMPARE(board.place(fiche(kPeer, u"housing"_qs, u"Al weg"_qs)), Board::Result::Ok);

        Conversation conversation(u"c-1"_qs, QDateTime::currentDateTimeUtc(), kCitizen);
        QCOMPARE(conversation.join(kCitizen, {kPeer, Kind::Peer, {}}), Conversation::Result::Ok);
        QCOMPARE(
            conversation.join(kCitizen, {kPro, Kind::Professional, {}}), Conversation::Result::Ok);
        const QList<Item> added {{Item::Kind::Fiche, kPeer, u"money"_qs, {}},
            {Item::Kind::Fiche, kPro, u"money"_qs, {}}, {Item::Kind::Fiche, kPro, u"work"_qs, {}},
            {Item::Kind::Fiche, kPeer, u"housing"_qs, {}},
            {Item::Kind::Experience, kPeer, u"money"_qs, u"note-1"_qs}};
        for (const Item &item : added)
            QCOMPARE(conversation.recordItem(item), Conversation::Result::Ok);
        const QList<Decision> decisions {
            Decision::Keep, Decision::Remove, Decision::Keep, Decision::Remove, Decision::Remove};
        for (qsizetype i = 0; i < decisions.size(); ++i)
            QCOMPARE(conversation.decide(kCitizen, i, decisions.at(i)), Conversation::Result::Ok);
        // She removed one already while they talked: still what she wants.
        QCOMPARE(board.removePlacement(kCitizen, kPeer, u"housing"_qs), Board::Result::Ok);

        QCOMPARE(ConversationClosing::removeFromBoard(conversation, board), Board::Result::Ok);
        QCOMPARE(board.placement(kCitizen, u"money"_qs)->note(), u"Mijn eigen woorden"_qs);
        QCOMPARE(board.placement(kPeer, u"money"_qs)->note(), u"Houden"_qs);
        QVERIFY(!board.placement(kPro, u"money"_qs).has_value());
        QCOMPARE(board.placement(kPro, u"work"_qs)->note(), u"Houden ook"_qs);
        QVERIFY(!board.placement(kPeer, u"housing"_qs).has_value());
        QCOMPARE(board.placements().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestConversationClosing)
#include "tst_conversationclosing.moc"
