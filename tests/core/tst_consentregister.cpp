#include "core/consentregister.h"

#include <QTest>

using mapje::ConsentRegister;
using ItemKind = mapje::Consent::ItemKind;

class TestConsentRegister : public QObject {
    Q_OBJECT

private slots:
    void nothingIsSharedUntilTheCitizenSaysYes()
    {
        const ConsentRegister consents;
        QVERIFY(consents.consents().isEmpty());
        QVERIFY(!consents.isSharedAllowed(ItemKind::Board, QStringLiteral("b-1")));
        QVERIFY(!consents.isSharedAllowed(ItemKind::Goal, QString()));
    }

    void yesIsPerItem()
    {
        ConsentRegister consents;
        consents.set(ItemKind::Goal, QStringLiteral("g-1"), true);
        QVERIFY(consents.isSharedAllowed(ItemKind::Goal, QStringLiteral("g-1")));
        QVERIFY(!consents.isSharedAllowed(ItemKind::Goal, QStringLiteral("g-2")));
        QVERIFY(!consents.isSharedAllowed(ItemKind::Board, QStringLiteral("g-1")));
    }

    void aNewAnswerReplacesTheOld()
    {
        ConsentRegister consents;
        consents.set(ItemKind::Board, QStringLiteral("b-1"), true);
        consents.set(ItemKind::Board, QStringLiteral("b-1"), false);
        QVERIFY(!consents.isSharedAllowed(ItemKind::Board, QStringLiteral("b-1")));
        QCOMPARE(consents.consents().size(), 1);
        consents.set(ItemKind::Board, QStringLiteral("b-1"), true);
        QVERIFY(consents.isSharedAllowed(ItemKind::Board, QStringLiteral("b-1")));
        QCOMPARE(consents.consents().size(), 1);
    }

    void removingForgetsTheYes()
    {
        ConsentRegister consents;
        consents.set(ItemKind::Appointment, QStringLiteral("a-1"), true);
        consents.set(ItemKind::CheckIn, QStringLiteral("c-1"), true);
        consents.remove(ItemKind::Appointment, QStringLiteral("a-1"));
        QVERIFY(!consents.isSharedAllowed(ItemKind::Appointment, QStringLiteral("a-1")));
        QVERIFY(consents.isSharedAllowed(ItemKind::CheckIn, QStringLiteral("c-1")));
        QCOMPARE(consents.consents().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConsentRegister)
#include "tst_consentregister.moc"
