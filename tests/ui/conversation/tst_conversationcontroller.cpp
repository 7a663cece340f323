#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <memory>

#include "core/clock.h"
#include "openvault.h"
#include "storage/conversation/conversationrepository.h"
#include "storage/vault.h"
#include "ui/board/boardcontroller.h"
#include "ui/checkins/checkinscontroller.h"
#include "ui/checkins/checkinsmodel.h"
#include "ui/conversation/conversationcontroller.h"
#include "ui/goals/goalscontroller.h"
#include "ui/goals/goalsmodel.h"

using mapje::BoardController;
using mapje::ConversationController;

/**
 * ConversationController through a real Composition: she says who is here, the speaker's fiches
 * go on her board and into the closing, the cards are used or skipped, the closing removes exactly
 * what she chose, and a conversation left open goes on after a restart.
 */
class TestConversationController : public QObject {
    Q_OBJECT

private:
    mapje::ManualClock m_clock {QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<OpenVault> m_app;

    ConversationController *conversation() const { return (*m_app)->conversationController(); }
    BoardController *board() const { return (*m_app)->boardController(); }

    /** A tandem on a board with money and work chosen: returns the ervaringswerker's id. */
    QString tandem()
    {
        if (!conversation()->start(false))
            return {};
        board()->chooseDomain(QStringLiteral("money"));
        board()->chooseDomain(QStringLiteral("work"));
        return conversation()->addPerson(QStringLiteral("peer"), QStringLiteral(" Sanne "));
    }

    static QStringList values(const QVariantList &list, const char *field)
    {
        QStringList found;
        for (const QVariant &item : list)
            found.append(item.toMap().value(QString::fromLatin1(field)).toString());
        return found;
    }

private slots:
    void init() { m_app = std::make_unique<OpenVault>(m_clock); }
    void cleanup() { m_app.reset(); }

    // She says who is here; each person is on her board too, under their role.
    void theCitizenSaysWhoIsHere()
    {
        QSignalSpy changed(conversation(), &ConversationController::changed);
        QVERIFY(!conversation()->active());
        const QString peer = tandem();
        QVERIFY(!peer.isEmpty());
        QVERIFY(conversation()->active());
        QVERIFY(changed.count() >= 2);
        const QString pro = conversation()->addPerson(QStringLiteral("professional"), {});
        QVERIFY(!pro.isEmpty());
        QVERIFY(conversation()->addPerson(QStringLiteral("citizen"), {}).isEmpty());
        QVERIFY(conversation()->addPerson(QStringLiteral("manager"), {}).isEmpty());
        const QVariantList people = conversation()->people();
        QCOMPARE(values(people, "id"), QStringList({board()->citizenId(), peer, pro}));
        QCOMPARE(values(people, "role"),
            QStringList({QStringLiteral("citizen"), QStringLiteral("peer"),
                QStringLiteral("professional")}));
        QCOMPARE(values(people, "name").at(1), QStringLiteral("Sanne"));
        QCOMPARE(conversation()->speakerId(), board()->citizenId());
        QCOMPARE(values(people, "inSentence"),
            QStringList({QStringLiteral("jij"), QStringLiteral("Sanne"),
                QStringLiteral("de hulpverlener")}));
        QCOMPARE(conversation()->roleCard(QStringLiteral("peer")).value(QStringLiteral("title")),
            QStringLiteral("Wat doet de ervaringswerker hier?"));
        QVERIFY(conversation()->roleCard(QStringLiteral("citizen")).isEmpty());
        QCOMPARE(conversation()->groundRules().size(), 3);
        QVERIFY(!conversation()->start(false)); // one conversation at a time
    }

    // "Wie vertelt nu?": the speaker's fiche is theirs, and what others add waits for her
    // decision; her own words are hers; nothing lands on a domain she did not choose.
    void theSpeakersFichesWaitForHerDecision()
    {
        const QString peer = tandem();
        conversation()->setSpeaker(QStringLiteral("nobody"));
        QCOMPARE(conversation()->speakerId(), board()->citizenId());
        conversation()->setFeeling(QStringLiteral("money"), QStringLiteral("sad"));
        QVERIFY(conversation()->closingItems().isEmpty());
        conversation()->setSpeaker(peer);
        conversation()->setFeeling(QStringLiteral("money"), QStringLiteral("unsure"));
        conversation()->setNote(QStringLiteral("money"), QStringLiteral("Een vaste dag helpt."));
        conversation()->setFeeling(QStringLiteral("health"), QStringLiteral("happy"));
        QCOMPARE(board()->fiche(peer, QStringLiteral("money")).value(QStringLiteral("feeling")),
            QStringLiteral("unsure"));
        QVERIFY(board()->fiche(peer, QStringLiteral("health")).isEmpty());
        const QVariantList items = conversation()->closingItems();
        QCOMPARE(items.size(), 1);
        QCOMPARE(
            items.constFirst().toMap().value(QStringLiteral("domainId")), QStringLiteral("money"));
        QCOMPARE(items.constFirst().toMap().value(QStringLiteral("decision")),
            QStringLiteral("undecided"));
        QVERIFY(!conversation()->readyToClose());
    }

    void cardsAreUsedOrSkipped()
    {
        QVERIFY(!tandem().isEmpty());
        conversation()->useCard(QStringLiteral("goesWell"));
        conversation()->skipCard(QStringLiteral("whoHelps"));
        conversation()->useCard(QStringLiteral("noSuchCard"));
        const QVariantList cards = conversation()->cards();
        QCOMPARE(cards.size(), 7);
        QCOMPARE(values(cards, "state").mid(0, 5),
            QStringList({QStringLiteral("used"), QStringLiteral("new"), QStringLiteral("new"),
                QStringLiteral("new"), QStringLiteral("skipped")}));
    }

    // The closing removes exactly what she chose and keeps the rest; then the conversation is a
    // closed record in the vault.
    void theClosingKeepsAndRemovesAsChosen()
    {
        const QString peer = tandem();
        conversation()->setSpeaker(peer);
        conversation()->setFeeling(QStringLiteral("money"), QStringLiteral("sad"));
        conversation()->setFeeling(QStringLiteral("work"), QStringLiteral("happy"));
        QVERIFY(!conversation()->close());
        conversation()->decide(0, true);
        conversation()->decide(1, false);
        QVERIFY(conversation()->readyToClose());
        QSignalSpy closed(conversation(), &ConversationController::conversationClosed);
        QVERIFY(conversation()->close());
        QCOMPARE(closed.count(), 1);
        // The composition empties the vault's log after the closing.
        QCOMPARE(QFileInfo((*m_app)->vault()->paths().walPath()).size(), 0);
        QVERIFY(!conversation()->active());
        QVERIFY(!board()->fiche(peer, QStringLiteral("money")).isEmpty());
        QVERIFY(board()->fiche(peer, QStringLiteral("work")).isEmpty());
        QVERIFY(m_app->restart());
        QVERIFY(!conversation()->active());
        QVERIFY(board()->fiche(peer, QStringLiteral("work")).isEmpty());
        mapje::ConversationRepository stored(*(*m_app)->vault());
        QCOMPARE(stored.all().size(), 1);
        QVERIFY(stored.all().constFirst().isClosed());
    }

    // "Wat mij hielp": only the ervaringswerker, only on a chosen domain; it waits for her
    // decision like a fiche, and a removed note is gone from the vault.
    void wordsFromExperienceAreHersToKeep()
    {
        const QString peer = tandem();
        const QString pro = conversation()->addPerson(QStringLiteral("professional"), {});
        QVERIFY(
            conversation()->addExperience(QStringLiteral("money"), QStringLiteral("x")).isEmpty());
        conversation()->setSpeaker(pro);
        QVERIFY(
            conversation()->addExperience(QStringLiteral("money"), QStringLiteral("x")).isEmpty());
        conversation()->setSpeaker(peer);
        QVERIFY(
            conversation()->addExperience(QStringLiteral("health"), QStringLiteral("x")).isEmpty());
        QVERIFY(
            conversation()->addExperience(QStringLiteral("money"), QStringLiteral("  ")).isEmpty());
        const QString kept = conversation()->addExperience(
            QStringLiteral("money"), QStringLiteral("Mij hielp één vaste dag voor de post."));
        const QString removed = conversation()->addExperience(
            QStringLiteral("work"), QStringLiteral("Mij hielp een stage."));
        QVERIFY(!kept.isEmpty() && !removed.isEmpty());
        const QVariantList onMoney = conversation()->experiences(QStringLiteral("money"));
        QCOMPARE(onMoney.size(), 1);
        QCOMPARE(onMoney.constFirst().toMap().value(QStringLiteral("text")),
            QStringLiteral("Mij hielp één vaste dag voor de post."));
        const QVariantList items = conversation()->closingItems();
        QCOMPARE(values(items, "kind"),
            QStringList({QStringLiteral("experience"), QStringLiteral("experience")}));
        QCOMPARE(values(items, "text").at(1), QStringLiteral("Mij hielp een stage."));
        conversation()->decide(0, true);
        conversation()->decide(1, false);
        QVERIFY(conversation()->close());
        QVERIFY(m_app->restart());
        QCOMPARE(conversation()->experiences(QStringLiteral("money")).size(), 1);
        QVERIFY(conversation()->experiences(QStringLiteral("work")).isEmpty());
    }

    // "Wie vertelt nu?" was wrong: she moves the fiche to the right person, and the closing
    // follows it; a person who has a fiche there already cannot get a second.
    void sheChangesWhoseFicheItIs()
    {
        const QString peer = tandem();
        const QString pro = conversation()->addPerson(QStringLiteral("professional"), {});
        const QString money = QStringLiteral("money");
        conversation()->setSpeaker(peer);
        conversation()->setNote(money, QStringLiteral("Een vaste dag helpt."));
        conversation()->setSpeaker(pro);
        conversation()->setFeeling(money, QStringLiteral("happy"));
        QVERIFY(!conversation()->changeWho(money, peer, pro));
        QVERIFY(!board()->notice().isEmpty());
        QVERIFY(conversation()->changeWho(money, peer, board()->citizenId()));
        QCOMPARE(board()->fiche(board()->citizenId(), money).value(QStringLiteral("note")),
            QStringLiteral("Een vaste dag helpt."));
        QVERIFY(board()->fiche(peer, money).isEmpty());
        // Only the professional's fiche is left to review: the moved one is her own now.
        const QVariantList items = conversation()->closingItems();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst()
                     .toMap()
                     .value(QStringLiteral("who"))
                     .toMap()
                     .value(QStringLiteral("id")),
            pro);
    }

    // Words said at a card are kept on a domain below what is there, never over it.
    void wordsFromACardAreAddedNotWrittenOver()
    {
        QVERIFY(!tandem().isEmpty());
        const QString money = QStringLiteral("money");
        conversation()->setNote(money, QStringLiteral("Post blijft liggen."));
        QVERIFY(conversation()->keepWords(money, QStringLiteral("  Mijn zus helpt al.  ")));
        QCOMPARE(board()->fiche(board()->citizenId(), money).value(QStringLiteral("note")),
            QStringLiteral("Post blijft liggen.\nMijn zus helpt al."));
        QVERIFY(!conversation()->keepWords(QStringLiteral("health"), QStringLiteral("x")));
        QVERIFY(!conversation()->keepWords(money, QStringLiteral("   ")));
    }

    // People she had with her before are offered again, each once; one who joins again is the
    // same person on her board, not a second one.
    void peopleFromBeforeAreOfferedAgain()
    {
        const QString peer = tandem();
        QVERIFY(conversation()->knownPeople().isEmpty());
        QVERIFY(conversation()->close());
        QVERIFY(conversation()->start(false));
        const QVariantList known = conversation()->knownPeople();
        QCOMPARE(known.size(), 1);
        QCOMPARE(known.constFirst().toMap().value(QStringLiteral("name")), QStringLiteral("Sanne"));
        QCOMPARE(known.constFirst().toMap().value(QStringLiteral("role")), QStringLiteral("peer"));
        QCOMPARE(conversation()->addPerson(QStringLiteral("peer"), QStringLiteral("sanne")), peer);
        QVERIFY(conversation()->knownPeople().isEmpty());
        QCOMPARE(board()->board()->perspectives().size(), 2);
    }

    // An agreement becomes her goal with its first step, the helper and the date; the moment to
    // look back has a reminder and everyone here; the summary shows it all.
    void agreementsBecomeGoalsAndAMoment()
    {
        const QString peer = tandem();
        conversation()->useCard(QStringLiteral("smallStep"));
        conversation()->skipCard(QStringLiteral("goesWell"));
        QVERIFY(conversation()
                    ->addAgreement(QStringLiteral("health"), QStringLiteral("Fitter"), {}, peer, {})
                    .isEmpty()); // not a chosen domain
        const QString goalId = conversation()->addAgreement(QStringLiteral("money"),
            QStringLiteral("Mijn post elke week openen"), QStringLiteral("Een vaste dag kiezen"),
            peer, QStringLiteral("2026-12-21"));
        QVERIFY(!goalId.isEmpty());
        mapje::GoalsController *goals = (*m_app)->goalsController();
        QVERIFY(!goals->hasCurrent());
        goals->open(goalId);
        QCOMPARE(goals->currentOwnWords(), QStringLiteral("Mijn post elke week openen"));
        QCOMPARE(goals->currentWhoHelps(), QStringLiteral("Sanne (ervaringswerker)"));
        QCOMPARE(goals->currentByWhenIso(), QStringLiteral("2026-12-21"));
        QCOMPARE(goals->steps()->rowCount(), 1);
        goals->close();
        const QString momentId = conversation()->addMoment();
        QVERIFY(!momentId.isEmpty());
        // Asked again, the same moment: never a second one by a second press.
        QCOMPARE(conversation()->addMoment(), momentId);
        QVERIFY(!conversation()->momentWhen().isEmpty());
        mapje::CheckInsController *moments = (*m_app)->checkInsController();
        moments->open(momentId);
        QVERIFY(moments->currentRemind());
        QCOMPARE(moments->currentWithWhom(), QStringLiteral("Sanne (ervaringswerker)"));
        QVERIFY(conversation()->lastSummary().isEmpty());
        QVERIFY(conversation()->close());
        const QVariantMap summary = conversation()->lastSummary();
        QCOMPARE(summary.value(QStringLiteral("people")).toStringList(),
            QStringList({QStringLiteral("Ik"), QStringLiteral("Sanne (ervaringswerker)")}));
        QCOMPARE(summary.value(QStringLiteral("cards")).toStringList(),
            QStringList({QStringLiteral("Welke kleine stap zet je deze week?")}));
        const QVariantList made = summary.value(QStringLiteral("goals")).toList();
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.constFirst().toMap().value(QStringLiteral("steps")).toStringList(),
            QStringList({QStringLiteral("Een vaste dag kiezen")}));
        QVERIFY(!summary.value(QStringLiteral("moment")).toString().isEmpty());
    }

    // The moment agreed in a conversation is the same one after a restart mid-closing: a second
    // press after the restart does not plan a second reminder. A new conversation makes its own.
    void theMomentSurvivesARestart()
    {
        QVERIFY(!tandem().isEmpty());
        const QString momentId = conversation()->addMoment();
        QVERIFY(!momentId.isEmpty());
        QVERIFY(m_app->restart());
        QCOMPARE(conversation()->momentId(), momentId);
        QCOMPARE(conversation()->addMoment(), momentId);
        QCOMPARE((*m_app)->checkInsController()->list()->rowCount(), 1);
        QVERIFY(conversation()->close());
        QVERIFY(conversation()->start(false));
        QVERIFY(conversation()->momentId().isEmpty());
        QVERIFY(m_app->restart());
        QVERIFY(conversation()->momentId().isEmpty());
    }

    // Someone added by mistake leaves again: not in the conversation, and with nothing said, not on
    // her board either. Someone who said something leaves, and what they said waits for her.
    void sheRemovesSomeoneAddedByMistake()
    {
        const QString peer = tandem();
        const QString pro = conversation()->addPerson(QStringLiteral("professional"), {});
        conversation()->setSpeaker(pro);
        QVERIFY(conversation()->removePerson(pro));
        QCOMPARE(conversation()->speakerId(), board()->citizenId());
        QCOMPARE(values(conversation()->people(), "id"), QStringList({board()->citizenId(), peer}));
        QVERIFY(!board()->board()->perspective(pro));
        QVERIFY(!conversation()->removePerson(pro));
        QVERIFY(!conversation()->removePerson(board()->citizenId()));

        conversation()->setSpeaker(peer);
        conversation()->setFeeling(QStringLiteral("money"), QStringLiteral("sad"));
        QVERIFY(conversation()->removePerson(peer));
        QVERIFY(board()->board()->perspective(peer));
        QCOMPARE(conversation()->closingItems().size(), 1);
    }

    // The record of an earlier conversation is hers to delete; what she kept stays.
    void sheDeletesAnEarlierConversation()
    {
        const QString peer = tandem();
        conversation()->setSpeaker(peer);
        conversation()->setFeeling(QStringLiteral("money"), QStringLiteral("sad"));
        conversation()->decide(0, true);
        QVERIFY(conversation()->close());
        const QVariantList past = conversation()->pastConversations();
        QCOMPARE(past.size(), 1);
        QCOMPARE(
            past.constFirst().toMap().value(QStringLiteral("people")).toStringList().size(), 2);
        conversation()->removePast(
            past.constFirst().toMap().value(QStringLiteral("id")).toString());
        QVERIFY(conversation()->pastConversations().isEmpty());
        QVERIFY(m_app->restart());
        QVERIFY(conversation()->pastConversations().isEmpty());
        QVERIFY(!board()->fiche(peer, QStringLiteral("money")).isEmpty());
    }

    // Words typed in a box and not kept yet survive closing Mapje; the closing empties them.
    void typedWordsWaitAsDrafts()
    {
        QVERIFY(!tandem().isEmpty());
        conversation()->keepDraft(QStringLiteral("cardWords"), QStringLiteral("Mijn zus helpt"));
        conversation()->keepDraft(QStringLiteral("nonsense"), QStringLiteral("x"));
        QVERIFY(m_app->restart());
        QCOMPARE(
            conversation()->draft(QStringLiteral("cardWords")), QStringLiteral("Mijn zus helpt"));
        QVERIFY(conversation()->draft(QStringLiteral("nonsense")).isEmpty());
        QVERIFY(conversation()->close());
        QVERIFY(conversation()->draft(QStringLiteral("cardWords")).isEmpty());
        QVERIFY(m_app->restart());
        QVERIFY(conversation()->draft(QStringLiteral("cardWords")).isEmpty());
    }

    // A conversation left open (the app closed) goes on after the unlock, with everyone and
    // everything still waiting for her decision.
    void anOpenConversationGoesOnAfterARestart()
    {
        const QString peer = tandem();
        conversation()->setSpeaker(peer);
        conversation()->setFeeling(QStringLiteral("money"), QStringLiteral("sad"));
        conversation()->useCard(QStringLiteral("matters"));
        QVERIFY(m_app->restart());
        QVERIFY(conversation()->active());
        QCOMPARE(values(conversation()->people(), "id").at(1), peer);
        QCOMPARE(conversation()->closingItems().size(), 1);
        QCOMPARE(values(conversation()->cards(), "state").at(1), QStringLiteral("used"));
        QCOMPARE(conversation()->speakerId(), board()->citizenId());
    }
};

QTEST_MAIN(TestConversationController)
#include "tst_conversationcontroller.moc"
