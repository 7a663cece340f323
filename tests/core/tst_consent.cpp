#include "core/consent.h"

#include <QTest>

using mapje::Consent;
using ItemKind = mapje::Consent::ItemKind;

class TestConsent : public QObject {
    Q_OBJECT

private slots:
    void isNotSharedByDefault()
    {
        const Consent consent(ItemKind::Goal, QStringLiteral("g-1"));
        QVERIFY(!consent.isSharedAllowed());
        QCOMPARE(consent.itemKind(), ItemKind::Goal);
        QCOMPARE(consent.itemId(), QStringLiteral("g-1"));
    }

    void theCitizenCanSayYesAndWithdraw()
    {
        Consent consent(ItemKind::Board, QStringLiteral("b-1"));
        consent.setSharedAllowed(true);
        QVERIFY(consent.isSharedAllowed());
        consent.setSharedAllowed(false);
        QVERIFY(!consent.isSharedAllowed());
    }

    void isForOneItemOnly()
    {
        const Consent consent(ItemKind::Goal, QStringLiteral("x"), true);
        QVERIFY(consent.isFor(ItemKind::Goal, QStringLiteral("x")));
        QVERIFY(!consent.isFor(ItemKind::Board, QStringLiteral("x")));
        QVERIFY(!consent.isFor(ItemKind::Goal, QStringLiteral("y")));
    }

    void itemKindKeysAreStable_data()
    {
        QTest::addColumn<ItemKind>("kind");
        QTest::addColumn<QString>("key");
        QTest::newRow("board") << ItemKind::Board << QStringLiteral("board");
        QTest::newRow("goal") << ItemKind::Goal << QStringLiteral("goal");
        QTest::newRow("check-in") << ItemKind::CheckIn << QStringLiteral("checkIn");
        QTest::newRow("appointment") << ItemKind::Appointment << QStringLiteral("appointment");
    }

    void itemKindKeysAreStable()
    {
        QFETCH(ItemKind, kind);
        QFETCH(QString, key);
        QCOMPARE(Consent::itemKindKey(kind), key);
        QCOMPARE(Consent::itemKindFromKey(key), std::optional<ItemKind>(kind));
    }

    void unknownItemKindKeyIsRefused()
    {
        QVERIFY(!Consent::itemKindFromKey(u"placement").has_value());
        QVERIFY(!Consent::itemKindFromKey(u"").has_value());
    }
};

QTEST_GUILESS_MAIN(TestConsent)
#include "tst_consent.moc"
