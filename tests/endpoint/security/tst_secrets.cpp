#include <QRegularExpression>
#include <QTest>

#include "security/secrets.h"

using mapje::endpoint::Secrets;

/** Codes people can read and type, tokens never stored, and the same answer for a retry. */
class TestSecrets : public QObject {
    Q_OBJECT

private slots:
    // Eight characters without look-alikes; the same staff member and key give the same code,
    // another key or another server secret another one.
    void codesAreReadableAndRepeatable()
    {
        const Secrets secrets(QByteArray(40, 'x'));
        const QRegularExpression form(
            QStringLiteral("^[ACDEFHJKMNPRTUVWXY34679]{4}-[ACDEFHJKMNPRTUVWXY34679]{4}$"));
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString code
                = secrets.pairingCode(QStringLiteral("joris"), QStringLiteral("key-%1").arg(i));
            QVERIFY2(form.match(code).hasMatch(), qPrintable(code));
            seen.insert(code);
        }
        QCOMPARE(seen.size(), 200);
        QCOMPARE(secrets.pairingCode(QStringLiteral("joris"), QStringLiteral("key-1")),
            secrets.pairingCode(QStringLiteral("joris"), QStringLiteral("key-1")));
        QVERIFY(secrets.pairingCode(QStringLiteral("anna"), QStringLiteral("key-1"))
            != secrets.pairingCode(QStringLiteral("joris"), QStringLiteral("key-1")));
        QVERIFY(Secrets(QByteArray(40, 'y'))
                    .pairingCode(QStringLiteral("joris"), QStringLiteral("key-1"))
            != secrets.pairingCode(QStringLiteral("joris"), QStringLiteral("key-1")));
    }

    // As typed: case, spaces and the dash do not count; a look-alike or a wrong length is no code.
    void typedCodes()
    {
        QCOMPARE(
            Secrets::normalisedCode(QStringLiteral(" km4t x7ra ")), QStringLiteral("KM4TX7RA"));
        QCOMPARE(Secrets::normalisedCode(QStringLiteral("KM4T-X7RA")), QStringLiteral("KM4TX7RA"));
        QVERIFY(Secrets::normalisedCode(QStringLiteral("KM4T-X7R0")).isEmpty());
        QVERIFY(Secrets::normalisedCode(QStringLiteral("KM4T-X7R")).isEmpty());
        QVERIFY(Secrets::normalisedCode(QString()).isEmpty());
    }

    // The code is kept as an HMAC under the server secret, the token as its SHA-256.
    void onlyHashesAreKept()
    {
        const Secrets secrets(QByteArray(40, 'x'));
        const QString hash = secrets.codeHash(QStringLiteral("KM4TX7RA"));
        QCOMPARE(hash.size(), 64);
        QVERIFY(!hash.contains(QStringLiteral("KM4T")));
        QVERIFY(Secrets(QByteArray(40, 'y')).codeHash(QStringLiteral("KM4TX7RA")) != hash);
        const QString token
            = secrets.deviceToken(QStringLiteral("pairing-1"), QStringLiteral("key-1"));
        QVERIFY(token.size() >= 43);
        QCOMPARE(secrets.deviceToken(QStringLiteral("pairing-1"), QStringLiteral("key-1")), token);
        QVERIFY(secrets.deviceToken(QStringLiteral("pairing-2"), QStringLiteral("key-1")) != token);
        QCOMPARE(Secrets::tokenHash(token.toUtf8()).size(), 64);
    }

    void constantTimeEquality()
    {
        QVERIFY(Secrets::sameInConstantTime("abc", "abc"));
        QVERIFY(!Secrets::sameInConstantTime("abc", "abd"));
        QVERIFY(!Secrets::sameInConstantTime("abc", "abcd"));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
