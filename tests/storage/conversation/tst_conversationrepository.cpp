#include "recordrepositorychecks.h"
#include "storage/conversation/conversationrepository.h"
#include "vaulttesthelpers.h"

#include <QTest>

using namespace mapje;
using namespace mapje::testing;
using Decision = Conversation::Decision;
using Item = Conversation::Item;
using Kind = Perspective::Kind;

namespace {

const QString kCitizen = QStringLiteral("me");
const QDateTime Moment(QDate(2026, 12, 7), QTime(10, 15, 0, 250), Qt::UTC);

/** A tandem with every kind of row: three people, cards used and skipped, items decided on. */
Conversation fullConversation(const QString &id, const QDateTime &at = Moment)
{
    Conversation conversation(id, at, kCitizen);
    const QList<Conversation::Participant> people {{u"peer"_qs, Kind::Peer, u"Sanne"_qs},
        {u"pro"_qs, Kind::Professional, u"Jeroen"_qs}, {u"close"_qs, Kind::Close, u"Ayşe"_qs}};
    for (const auto &person : people) {
        if (conversation.join(kCitizen, person) != Conversation::Result::Ok)
            qFatal("could not join");
    }
    (void)conversation.recordCard(u"goesWell"_qs, true);
    (void)conversation.recordCard(u"whoHelps"_qs, false);
    (void)conversation.recordItem({Item::Kind::Fiche, u"peer"_qs, u"money"_qs, {}});
    (void)conversation.recordItem({Item::Kind::Experience, u"peer"_qs, u"money"_qs, u"n-1"_qs});
    (void)conversation.recordItem({Item::Kind::Fiche, u"pro"_qs, u"work"_qs, {}});
    (void)conversation.decide(kCitizen, 0, Decision::Keep);
    (void)conversation.decide(kCitizen, 2, Decision::Remove);
    return conversation;
}

} // namespace

class TestConversationRepository : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    void cleanup() { QuotaVfs::setMode(QuotaVfs::Mode::Normal); }

    // Who was there, the cards and every decision come back as they were; a closed one stays
    // closed, also when someone left after adding something.
    void roundTripKeepsEverything()
    {
        TestVault test;
        ConversationRepository conversations(test.vault());
        QVERIFY(conversations.all().isEmpty());
        const Conversation open = fullConversation(u"c1"_qs);
        Conversation closed = fullConversation(u"c2"_qs, Moment.addDays(-7));
        QCOMPARE(closed.decide(kCitizen, 1, Decision::Keep), Conversation::Result::Ok);
        QCOMPARE(closed.leave(kCitizen, u"pro"_qs), Conversation::Result::Ok);
        QCOMPARE(
            closed.close(kCitizen, Moment.addDays(-7).addSecs(3600)), Conversation::Result::Ok);
        QSignalSpy changed(&conversations, &ConversationRepository::conversationChanged);
        QVERIFY(conversations.save(open));
        QVERIFY(conversations.save(closed));
        QCOMPARE(changed.count(), 2);

        test.reopen();
        ConversationRepository after(test.vault());
        const std::optional<Conversation> loaded = after.load(u"c1"_qs);
        QVERIFY(loaded);
        QCOMPARE(loaded->participants().size(), 3);
        QCOMPARE(loaded->participant(u"close"_qs)->name, u"Ayşe"_qs);
        QCOMPARE(loaded->cards().size(), 2);
        QCOMPARE(loaded->decision(1), Decision::Undecided);
        QCOMPARE(*loaded, open);
        const std::optional<Conversation> loadedClosed = after.load(u"c2"_qs);
        QVERIFY(loadedClosed);
        QVERIFY(loadedClosed->isClosed());
        QCOMPARE(loadedClosed->items().size(), 3);
        QVERIFY(!loadedClosed->participant(u"pro"_qs));
        QCOMPARE(*loadedClosed, closed);
        // Earliest first.
        QCOMPARE(after.all().constFirst().id(), u"c2"_qs);
    }

    // She can delete the record of a conversation; every row of it goes.
    void removingDeletesEveryRow()
    {
        TestVault test;
        ConversationRepository conversations(test.vault());
        QVERIFY(conversations.save(fullConversation(u"c1"_qs)));
        QVERIFY(conversations.remove(u"c1"_qs));
        QCOMPARE(conversations.load(u"c1"_qs), std::nullopt);
        for (const char *table :
            {"conversations", "conversation_people", "conversation_cards", "conversation_items"}) {
            QCOMPARE(count(*test.vault().database(),
                         QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                0);
        }
    }

    void allIsFourQueries()
    {
        checkAllIsFixedQueries<ConversationRepository>(
            [](int i) { return fullConversation(QStringLiteral("c%1").arg(i)); }, 4);
    }

    void refusedWritesStayNewest_data() { addDiskFaultRows(); }
    void refusedWritesStayNewest()
    {
        QFETCH(int, mode);
        QFETCH(int, code);
        Conversation changed = fullConversation(u"c"_qs);
        QCOMPARE(changed.decide(kCitizen, 1, Decision::Remove), Conversation::Result::Ok);
        checkRefusedWritesStayNewest<ConversationRepository>(QuotaVfs::Mode(mode), code,
            fullConversation(u"c"_qs), changed, fullConversation(u"nieuw"_qs, Moment.addDays(1)),
            fullConversation(u"weg"_qs, Moment.addDays(-1)));
    }

    void pendingSurvivesLock()
    {
        checkPendingSurvivesLock<ConversationRepository>(fullConversation(u"c"_qs));
    }
    void wipeDropsPending()
    {
        checkWipeDropsPending<ConversationRepository>(fullConversation(u"c"_qs));
    }
};

QTEST_GUILESS_MAIN(TestConversationRepository)
#include "tst_conversationrepository.moc"
