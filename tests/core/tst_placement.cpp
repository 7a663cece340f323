#include "core/placement.h"

#include <QSet>
#include <QTest>

#include <concepts>
#include <type_traits>

using mapje::Placement;
using Feeling = mapje::Placement::Feeling;
using Wish = mapje::Placement::WishToChange;

namespace {

template<typename T>
concept OrderComparable = requires(T a, T b)
{
    a < b;
};
template<typename T>
concept OrderComparableGreater = requires(T a, T b)
{
    a > b;
};
template<typename T>
concept ThreeWayComparable = requires(T a, T b)
{
    a <=> b;
};

// Feelings are faces, not values (docs/principles.md: no scores): no ordering and no arithmetic
// compile.
static_assert(!OrderComparable<Feeling>);
static_assert(!OrderComparableGreater<Feeling>);
static_assert(!ThreeWayComparable<Feeling>);
static_assert(!std::is_convertible_v<Feeling, int>);
static_assert(std::equality_comparable<Feeling>);

} // namespace

class TestPlacement : public QObject {
    Q_OBJECT

private slots:
    void keepsWhatWasPlaced()
    {
        const Placement placement(QStringLiteral("p-1"), QStringLiteral("money"), Feeling::Sad,
            Wish::NotYet, QStringLiteral("Veel brieven"));
        QCOMPARE(placement.perspectiveId(), QStringLiteral("p-1"));
        QCOMPARE(placement.domainId(), QStringLiteral("money"));
        QCOMPARE(placement.feeling(), Feeling::Sad);
        QCOMPARE(placement.wish(), Wish::NotYet);
        QCOMPARE(placement.note(), QStringLiteral("Veel brieven"));
        QVERIFY(!placement.isHidden());
    }

    void noteIsOptional()
    {
        const Placement placement(
            QStringLiteral("p"), QStringLiteral("work"), Feeling::Happy, Wish::No);
        QVERIFY(placement.note().isEmpty());
    }

    void noteIsTrimmedButNeverAltered_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept");
        QTest::newRow("as typed") << QStringLiteral("ik weet het NIET meer!!")
                                  << QStringLiteral("ik weet het NIET meer!!");
        QTest::newRow("outer spaces")
            << QStringLiteral("  te veel post \n") << QStringLiteral("te veel post");
        QTest::newRow("inner spaces stay") << QStringLiteral("a  b") << QStringLiteral("a  b");
        QTest::newRow("only spaces") << QStringLiteral("   ") << QString();
        QTest::newRow("non-latin") << QStringLiteral(" لا أعرف ") << QStringLiteral("لا أعرف");
    }

    void noteIsTrimmedButNeverAltered()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        Placement placement(
            QStringLiteral("p"), QStringLiteral("mind"), Feeling::Unsure, Wish::Yes, typed);
        QCOMPARE(placement.note(), kept);
        placement.setNote(QStringLiteral("x"));
        placement.setNote(typed);
        QCOMPARE(placement.note(), kept);
    }

    void feelingAndWishCanChange()
    {
        Placement placement(
            QStringLiteral("p"), QStringLiteral("mind"), Feeling::Unsure, Wish::Yes);
        placement.setFeeling(Feeling::Happy);
        placement.setWish(Wish::No);
        QCOMPARE(placement.feeling(), Feeling::Happy);
        QCOMPARE(placement.wish(), Wish::No);
    }

    void canBeHiddenAndShownAgain()
    {
        Placement placement(QStringLiteral("p"), QStringLiteral("mind"), Feeling::Sad, Wish::Yes);
        placement.setHidden(true);
        QVERIFY(placement.isHidden());
        placement.setHidden(false);
        QVERIFY(!placement.isHidden());
    }

    void feelingKeysAreStable_data()
    {
        QTest::addColumn<Feeling>("feeling");
        QTest::addColumn<QString>("key");
        QTest::newRow("happy") << Feeling::Happy << QStringLiteral("happy");
        QTest::newRow("sad") << Feeling::Sad << QStringLiteral("sad");
        QTest::newRow("unsure") << Feeling::Unsure << QStringLiteral("unsure");
        QTest::newRow("unanswered") << Feeling::Unanswered << QStringLiteral("unanswered");
    }

    void feelingKeysAreStable()
    {
        QFETCH(Feeling, feeling);
        QFETCH(QString, key);
        QCOMPARE(Placement::feelingKey(feeling), key);
        QCOMPARE(Placement::feelingFromKey(key), std::optional<Feeling>(feeling));
    }

    void wishKeysAreStable_data()
    {
        QTest::addColumn<Wish>("wish");
        QTest::addColumn<QString>("key");
        QTest::newRow("yes") << Wish::Yes << QStringLiteral("yes");
        QTest::newRow("no") << Wish::No << QStringLiteral("no");
        QTest::newRow("not yet") << Wish::NotYet << QStringLiteral("notYet");
        QTest::newRow("unanswered") << Wish::Unanswered << QStringLiteral("unanswered");
    }

    void wishKeysAreStable()
    {
        QFETCH(Wish, wish);
        QFETCH(QString, key);
        QCOMPARE(Placement::wishKey(wish), key);
        QCOMPARE(Placement::wishFromKey(key), std::optional<Wish>(wish));
    }

    void unknownKeysAreRefused()
    {
        QVERIFY(!Placement::feelingFromKey(u"0").has_value());
        QVERIFY(!Placement::feelingFromKey(u"1").has_value());
        QVERIFY(!Placement::feelingFromKey(u"Happy").has_value());
        QVERIFY(!Placement::wishFromKey(u"maybe").has_value());
        QVERIFY(!Placement::wishFromKey(u"").has_value());
    }

    // No answer is a state of its own: no words, no face, and not "weet ik (nog) niet".
    void unansweredHasNoWords()
    {
        QCOMPARE(Placement::feelingLabelSource(Feeling::Unanswered), "");
        QCOMPARE(Placement::wishLabelSource(Wish::Unanswered), "");
        Placement placement(
            QStringLiteral("p"), QStringLiteral("mind"), Feeling::Unanswered, Wish::Unanswered);
        QVERIFY(!placement.hasFeeling());
        placement.setFeeling(Feeling::Unsure);
        QVERIFY(placement.hasFeeling());
        QCOMPARE(placement.wish(), Wish::Unanswered);
    }

    void labelsAreWordsNotNumbers()
    {
        QSet<QString> labels;
        for (Feeling feeling : {Feeling::Happy, Feeling::Sad, Feeling::Unsure}) {
            const QString label = QString::fromUtf8(Placement::feelingLabelSource(feeling));
            QVERIFY(!label.isEmpty());
            for (QChar c : label)
                QVERIFY2(!c.isDigit(), qPrintable(label));
            labels.insert(label);
        }
        QCOMPARE(labels.size(), 3);
        QCOMPARE(Placement::feelingLabelSource(Feeling::Unsure), "Weet ik niet");
        QCOMPARE(Placement::wishLabelSource(Wish::NotYet), "Weet ik nog niet");
    }
};

QTEST_GUILESS_MAIN(TestPlacement)
#include "tst_placement.moc"
