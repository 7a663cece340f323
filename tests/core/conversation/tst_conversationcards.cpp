#include "core/conversation/conversationcards.h"

#include <QRegularExpression>
#include <QTest>

using mapje::ConversationCards;
using Kind = mapje::Perspective::Kind;

/** The shipped cards: the ones the conversation offers, from strengths, without numbers. */
class TestConversationCards : public QObject {
    Q_OBJECT

private slots:
    void theCardsInTheirOrder()
    {
        QStringList keys;
        for (const auto &card : ConversationCards::cards())
            keys.append(card.key);
        QCOMPARE(keys,
            QStringList({u"goesWell"_qs, u"matters"_qs, u"betterBefore"_qs, u"helpsNow"_qs,
                u"whoHelps"_qs, u"tomorrow"_qs, u"smallStep"_qs}));
        QCOMPARE(ConversationCards::find(u"goesWell")->text(),
            u"Wat gaat er nu goed, hoe klein ook?"_qs);
        QVERIFY(!ConversationCards::find(u"scale"));
    }

    // Principle 2: no scores. No card asks for a number or a scale, and each is a question.
    void noCardAsksForANumber()
    {
        static const QRegularExpression numbers(
            QStringLiteral(R"(\d|cijfer|schaal|score|punten|procent)"),
            QRegularExpression::CaseInsensitiveOption);
        for (const auto &card : ConversationCards::cards()) {
            QVERIFY2(!card.text().contains(numbers), qPrintable(card.text()));
            QVERIFY2(card.text().endsWith(u'?'), qPrintable(card.text()));
        }
    }

    // A card for every role beside the citizen, each saying that she decides.
    void everyOtherRoleHasACard()
    {
        for (const Kind role : {Kind::Peer, Kind::Professional, Kind::Close}) {
            const auto card = ConversationCards::roleCard(role);
            QVERIFY(card);
            QVERIFY(card->title().endsWith(u'?'));
            QVERIFY2(
                card->explanation().contains(u"Jij beslist"_qs), qPrintable(card->explanation()));
        }
        QVERIFY(!ConversationCards::roleCard(Kind::Citizen));
    }

    void theGroundRules()
    {
        QCOMPARE(ConversationCards::groundRules(),
            QStringList({u"Jij beslist."_qs, u"Wat een ander zegt, kan jij weghalen."_qs,
                u"Je kunt altijd pauzeren."_qs}));
    }
};

QTEST_GUILESS_MAIN(TestConversationCards)
#include "tst_conversationcards.moc"
