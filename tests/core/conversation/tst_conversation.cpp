#include "core/conversation/conversation.h"

#include <QTest>

using mapje::Conversation;
using Decision = mapje::Conversation::Decision;
using Item = mapje::Conversation::Item;
using Kind = mapje::Perspective::Kind;
using Participant = mapje::Conversation::Participant;
using Result = mapje::Conversation::Result;

namespace {

const QString kCitizen = QStringLiteral("me");
const QString kPeer = QStringLiteral("peer-1");
const QString kPro = QStringLiteral("pro-1");
const QDateTime kStart(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);

/** A tandem: the citizen with an ervaringswerker and a professional. */
Conversation tandem()
{
    Conversation conversation(QStringLiteral("c-1"), kStart, kCitizen);
    if (conversation.join(kCitizen, {kPeer, Kind::Peer, QStringLiteral(" Sanne ")}) != Result::Ok
        || conversation.join(kCitizen, {kPro, Kind::Professional, {}}) != Result::Ok)
        qFatal("could not set up the tandem");
    return conversation;
}

Item ficheBy(const QString &who, const QString &domain)
{
    return {Item::Kind::Fiche, who, domain, {}};
}

} // namespace

class TestConversation : public QObject {
    Q_OBJECT

private slots:
    void startsWithTheCitizenOnly()
    {
        const Conversation conversation(QStringLiteral("c-1"), kStart, kCitizen);
        QCOMPARE(conversation.citizenId(), kCitizen);
        QCOMPARE(conversation.startedAt(), kStart);
        QVERIFY(conversation.participants().isEmpty());
        QVERIFY(conversation.items().isEmpty());
        QVERIFY(conversation.isDecided());
        QVERIFY(!conversation.isClosed());
    }

    // Who is here is the citizen's to say; a name is her words, trimmed.
    void theCitizenSaysWhoIsHere()
    {
        const Conversation conversation = tandem();
        QCOMPARE(conversation.participants().size(), 2);
        QCOMPARE(conversation.participant(kPeer)->name, QStringLiteral("Sanne"));
        QCOMPARE(conversation.participant(kPro)->role, Kind::Professional);
    }

    void othersCannotAddPeopleOrThemselves()
    {
        Conversation conversation = tandem();
        QCOMPARE(
            conversation.join(kPeer, {QStringLiteral("x"), Kind::Close, {}}), Result::NotCitizen);
        QCOMPARE(
            conversation.join(QStringLiteral("nobody"), {QStringLiteral("x"), Kind::Close, {}}),
            Result::UnknownPerspective);
        QCOMPARE(conversation.join(kCitizen, {kPeer, Kind::Peer, {}}), Result::AlreadyHere);
        QCOMPARE(conversation.join(kCitizen, {kCitizen, Kind::Close, {}}), Result::CitizenIsHere);
        QCOMPARE(conversation.join(kCitizen, {QStringLiteral("y"), Kind::Citizen, {}}),
            Result::CitizenIsHere);
        QCOMPARE(
            conversation.join(kCitizen, {QString(), Kind::Close, {}}), Result::UnknownPerspective);
        QCOMPARE(conversation.participants().size(), 2);
    }

    void someoneLeavesAndWhatTheyAddedStays()
    {
        Conversation conversation = tandem();
        QCOMPARE(conversation.recordItem(ficheBy(kPro, QStringLiteral("money"))), Result::Ok);
        QCOMPARE(conversation.leave(kPro, kPro), Result::NotCitizen);
        QCOMPARE(conversation.leave(kCitizen, kCitizen), Result::CitizenIsHere);
        QCOMPARE(conversation.leave(kCitizen, kPro), Result::Ok);
        QCOMPARE(conversation.leave(kCitizen, kPro), Result::UnknownPerspective);
        QCOMPARE(conversation.items().size(), 1);
        QVERIFY(!conversation.isDecided());
    }

    // Cards in the order she met them; skipped first and picked later counts as used.
    void cardsUsedAndSkipped()
    {
        Conversation conversation = tandem();
        QCOMPARE(conversation.recordCard(QStringLiteral("goesWell"), true), Result::Ok);
        QCOMPARE(conversation.recordCard(QStringLiteral("whoHelps"), false), Result::Ok);
        QCOMPARE(conversation.recordCard(QStringLiteral("whoHelps"), false), Result::Unchanged);
        QCOMPARE(conversation.recordCard(QStringLiteral("whoHelps"), true), Result::Ok);
        QCOMPARE(conversation.recordCard(QStringLiteral("goesWell"), false), Result::Unchanged);
        const QList<Conversation::CardUse> expected {
            {QStringLiteral("goesWell"), true}, {QStringLiteral("whoHelps"), true}};
        QCOMPARE(conversation.cards(), expected);
    }

    // What others add is reviewed at the end, once per fiche; her own words are not.
    void othersItemsAreReviewedHerOwnAreNot()
    {
        Conversation conversation = tandem();
        QCOMPARE(conversation.recordItem(ficheBy(kPeer, QStringLiteral("money"))), Result::Ok);
        QCOMPARE(
            conversation.recordItem(ficheBy(kPeer, QStringLiteral("money"))), Result::Unchanged);
        QCOMPARE(
            conversation.recordItem(ficheBy(kCitizen, QStringLiteral("money"))), Result::Unchanged);
        QCOMPARE(
            conversation.recordItem(ficheBy(QStringLiteral("nobody"), QStringLiteral("money"))),
            Result::UnknownPerspective);
        QCOMPARE(conversation.recordItem({Item::Kind::Experience, kPeer, QStringLiteral("money"),
                     QStringLiteral("note-1")}),
            Result::Ok);
        QCOMPARE(conversation.items().size(), 2);
        QCOMPARE(conversation.decision(0), Decision::Undecided);
    }

    // "Wie vertelt nu?" was wrong: the item follows the fiche; only she moves it.
    void aMovedFicheIsReviewedAsItsNewPersons()
    {
        Conversation conversation = tandem();
        const QString money = QStringLiteral("money");
        QCOMPARE(conversation.recordItem(ficheBy(kPeer, money)), Result::Ok);
        QCOMPARE(conversation.decide(kCitizen, 0, Decision::Keep), Result::Ok);
        QCOMPARE(conversation.moveFiche(kPeer, money, kPeer, kPro), Result::NotCitizen);
        QCOMPARE(conversation.moveFiche(kCitizen, money, kPeer, QStringLiteral("nobody")),
            Result::UnknownPerspective);
        // To another person: theirs to review now, her earlier decision starts over.
        QCOMPARE(conversation.moveFiche(kCitizen, money, kPeer, kPro), Result::Ok);
        QCOMPARE(conversation.items(), QList<Item>({ficheBy(kPro, money)}));
        QCOMPARE(conversation.decision(0), Decision::Undecided);
        // To her: her own words, nothing to review.
        QCOMPARE(conversation.moveFiche(kCitizen, money, kPro, kCitizen), Result::Ok);
        QVERIFY(conversation.items().isEmpty());
        QVERIFY(conversation.isDecided());
        // From her to someone else: now it is reviewed.
        QCOMPARE(conversation.moveFiche(kCitizen, money, kCitizen, kPeer), Result::Ok);
        QCOMPARE(conversation.items(), QList<Item>({ficheBy(kPeer, money)}));
        QCOMPARE(conversation.moveFiche(kCitizen, money, kPeer, kPeer), Result::Unchanged);
    }

    // Only she decides; the closing waits until every item is kept or removed.
    void theCitizenKeepsOrRemovesEachItem()
    {
        Conversation conversation = tandem();
        QCOMPARE(conversation.recordItem(ficheBy(kPeer, QStringLiteral("money"))), Result::Ok);
        QCOMPARE(conversation.recordItem(ficheBy(kPro, QStringLiteral("money"))), Result::Ok);
        QCOMPARE(conversation.recordItem(ficheBy(kPro, QStringLiteral("work"))), Result::Ok);
        QCOMPARE(conversation.decide(kPro, 1, Decision::Keep), Result::NotCitizen);
        QCOMPARE(conversation.decide(kCitizen, 3, Decision::Keep), Result::UnknownItem);
        QCOMPARE(conversation.decide(kCitizen, 0, Decision::Keep), Result::Ok);
        QCOMPARE(conversation.decide(kCitizen, 1, Decision::Remove), Result::Ok);
        QCOMPARE(conversation.close(kCitizen, kStart.addSecs(3600)), Result::NotDecided);
        QVERIFY(!conversation.isDecided());
        QCOMPARE(conversation.decide(kCitizen, 2, Decision::Keep), Result::Ok);
        QVERIFY(conversation.isDecided());
        QCOMPARE(
            conversation.itemsToRemove(), QList<Item>({ficheBy(kPro, QStringLiteral("money"))}));
        QCOMPARE(conversation.close(kPeer, kStart.addSecs(3600)), Result::NotCitizen);
        QCOMPARE(conversation.close(kCitizen, kStart.addSecs(3600)), Result::Ok);
        QCOMPARE(conversation.closedAt(), kStart.addSecs(3600));
    }

    // A closed conversation is a record: nothing changes any more.
    void aClosedConversationStaysAsItWas()
    {
        Conversation conversation = tandem();
        QCOMPARE(conversation.close(kCitizen, kStart.addSecs(60)), Result::Ok);
        const Conversation closed = conversation;
        QCOMPARE(
            conversation.join(kCitizen, {QStringLiteral("x"), Kind::Close, {}}), Result::Closed);
        QCOMPARE(conversation.recordCard(QStringLiteral("goesWell"), true), Result::Closed);
        QCOMPARE(conversation.recordItem(ficheBy(kPeer, QStringLiteral("money"))), Result::Closed);
        QCOMPARE(conversation.decide(kCitizen, 0, Decision::Keep), Result::Closed);
        QCOMPARE(conversation.close(kCitizen, kStart.addSecs(120)), Result::Closed);
        QCOMPARE(conversation, closed);
    }
};

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
