#include <QTest>

#include "kiosk/adminpin.h"

using mapje::AdminPin;

/** The admin PIN: only digits, 6 to 12; kept as an Argon2id hash that libsodium checks. */
class TestAdminPin : public QObject {
    Q_OBJECT

private slots:
    void onlySixToTwelveDigits()
    {
        QVERIFY(AdminPin::acceptable(QStringLiteral("246810")));
        QVERIFY(AdminPin::acceptable(QStringLiteral("123456789012")));
        QVERIFY(!AdminPin::acceptable(QStringLiteral("12345")));
        QVERIFY(!AdminPin::acceptable(QStringLiteral("1234567890123")));
        QVERIFY(!AdminPin::acceptable(QStringLiteral("12345a")));
        QVERIFY(!AdminPin::acceptable(QStringLiteral("١٢٣٤٥٦"))); // Arabic-Indic digits
        QVERIFY(AdminPin::hash(QStringLiteral("123")).isEmpty());
    }

    void theHashMatchesOnlyItsPin()
    {
        const QByteArray hash = AdminPin::hash(QStringLiteral("246810"));
        QVERIFY(hash.startsWith("$argon2id$"));
        QVERIFY(!hash.contains("246810"));
        QVERIFY(AdminPin::isHash(hash));
        QVERIFY(AdminPin::matches(hash, QStringLiteral("246810")));
        QVERIFY(!AdminPin::matches(hash, QStringLiteral("246811")));
        QVERIFY(!AdminPin::matches(hash, QString()));
        // A fresh salt each time: the same PIN never gives the same line twice.
        QVERIFY(AdminPin::hash(QStringLiteral("246810")) != hash);
    }

    void malformedHashesMatchNothing()
    {
        QVERIFY(!AdminPin::isHash(QByteArray()));
        QVERIFY(!AdminPin::isHash("246810"));
        QVERIFY(!AdminPin::isHash("$argon2i$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaA"));
        QVERIFY(!AdminPin::isHash("$argon2id$v=19$nonsense"));
        QVERIFY(!AdminPin::matches("$argon2id$v=19$nonsense", QStringLiteral("246810")));
    }
};

QTEST_GUILESS_MAIN(TestAdminPin)
#include "tst_adminpin.moc"
