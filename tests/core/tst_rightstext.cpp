#include "core/glossary.h"
#include "core/rightstext.h"

#include <QTest>

using mapje::RightsText;
using Kind = mapje::RightsText::Kind;

/** Your rights at an appointment: four rights, each a heading, what it says and the law it comes
 * from, between an introduction and a closing word, all in the rights page's context. */
class TestRightsText : public QObject {
    Q_OBJECT

private slots:
    void hasTheFourRightsInOrder()
    {
        QCOMPARE(
            RightsText::rights(), QStringList({"bringSomeone", "onPaper", "objection", "access"}));
        QCOMPARE(RightsText::TranslationContext, "RightsPage");
        QCOMPARE(RightsText::title().translated(RightsText::TranslationContext),
            QStringLiteral("Je rechten bij een afspraak"));
    }

    void eachRightIsAHeadingWhatItSaysAndItsLaw()
    {
        const QList<RightsText::Block> &blocks = RightsText::blocks();
        QVERIFY(blocks.size() > 4 * 3);
        QCOMPARE(blocks.constFirst().kind, Kind::Paragraph);
        QVERIFY(blocks.constFirst().linksHardWords);
        QCOMPARE(blocks.constLast().kind, Kind::Paragraph);
        QString right;
        for (const RightsText::Block &block : blocks) {
            QVERIFY(!block.text.source.isEmpty());
            if (block.kind == Kind::Heading) {
                QVERIFY2(right.isEmpty(), "the right before has its law");
                right = block.right;
            } else if (block.kind == Kind::Law) {
                QCOMPARE(block.right, right);
                QVERIFY2(block.text.source.startsWith("Wet: "), block.text.source.constData());
                right.clear();
            } else {
                QVERIFY(block.right.isEmpty());
            }
        }
        QVERIFY(right.isEmpty());
    }

    void theLawsNameTheirArticles()
    {
        QStringList laws;
        for (const RightsText::Block &block : RightsText::blocks()) {
            if (block.kind == Kind::Law)
                laws.append(block.text.translated(RightsText::TranslationContext));
        }
        QCOMPARE(laws,
            QStringList({"Wet: Awb, artikel 2:1", "Wet: Awb, artikel 1:3",
                "Wet: Awb, artikelen 6:5, 6:7 en 6:8",
                "Wet: AVG, artikel 15 en artikel 12 lid 3"}));
    }

    void whatToPutInAnObjectionIsAList()
    {
        QStringList items;
        for (const RightsText::Block &block : RightsText::blocks()) {
            if (block.kind == Kind::ListItem)
                items.append(QString::fromUtf8(block.text.source));
        }
        QCOMPARE(items,
            QStringList({"je naam en adres", "de datum", "over welk besluit het gaat",
                "waarom je het er niet mee eens bent", "je handtekening"}));
    }

    void hardWordsAreLinkedWhereTheyStand()
    {
        // A hard word outside a linked paragraph is only in a law under a right: the introduction
        // above links it (tools/languagecheck checks the same with its allow list).
        for (const RightsText::Block &block : RightsText::blocks()) {
            const QString text = QString::fromUtf8(block.text.source);
            if (block.kind == Kind::Paragraph && block.linksHardWords)
                continue;
            if (block.kind != Kind::Law)
                QVERIFY2(mapje::Glossary::findTerms(text).isEmpty(), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestRightsText)
#include "tst_rightstext.moc"
