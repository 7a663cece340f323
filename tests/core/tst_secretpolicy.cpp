#include "core/secretpolicy.h"

#include <QTest>

using mapje::SecretPolicy;
using Result = mapje::SecretPolicy::Result;

class TestSecretPolicy : public QObject {
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<Result>("expected");

        QTest::newRow("null") << QString() << Result::Empty;
        QTest::newRow("empty") << QStringLiteral("") << Result::Empty;
        QTest::newRow("only spaces") << QStringLiteral("         ") << Result::Empty;

        QTest::newRow("pin of 1") << QStringLiteral("7") << Result::TooShortPin;
        QTest::newRow("pin of 4") << QStringLiteral("2580") << Result::TooShortPin;
        QTest::newRow("short same digits") << QStringLiteral("1111") << Result::TooShortPin;
        QTest::newRow("pin of 5") << QStringLiteral("20481") << Result::Ok;
        QTest::newRow("pin of 6") << QStringLiteral("739104") << Result::Ok;
        QTest::newRow("leading zero") << QStringLiteral("07391") << Result::Ok;
        QTest::newRow("stride of two") << QStringLiteral("13579") << Result::Ok;
        QTest::newRow("almost a run") << QStringLiteral("12346") << Result::Ok;
        QTest::newRow("almost the same") << QStringLiteral("11112") << Result::Ok;
        QTest::newRow("up then down") << QStringLiteral("12321") << Result::Ok;

        QTest::newRow("same digit") << QStringLiteral("11111") << Result::TooEasyPin;
        QTest::newRow("same zeros, long") << QStringLiteral("00000000") << Result::TooEasyPin;
        QTest::newRow("run up") << QStringLiteral("12345") << Result::TooEasyPin;
        QTest::newRow("run down") << QStringLiteral("54321") << Result::TooEasyPin;
        QTest::newRow("run up, long") << QStringLiteral("123456789") << Result::TooEasyPin;
        QTest::newRow("run from zero") << QStringLiteral("01234") << Result::TooEasyPin;
        QTest::newRow("run round nine") << QStringLiteral("67890") << Result::TooEasyPin;
        QTest::newRow("run down round zero") << QStringLiteral("09876") << Result::TooEasyPin;
        QTest::newRow("arabic-indic run") << QStringLiteral("١٢٣٤٥") << Result::TooEasyPin;
        QTest::newRow("arabic-indic pin") << QStringLiteral("٢٠٤٨١") << Result::Ok;

        QTest::newRow("passphrase of 7") << QStringLiteral("zomer24") << Result::TooShortPassphrase;
        QTest::newRow("digits with a space")
            << QStringLiteral("1234 5") << Result::TooShortPassphrase;
        QTest::newRow("short letters") << QStringLiteral("abc") << Result::TooShortPassphrase;
        QTest::newRow("passphrase of 8") << QStringLiteral("zomer24!") << Result::Ok;
        QTest::newRow("sentence") << QStringLiteral("mijn kat heet Pluis") << Result::Ok;
        QTest::newRow("digits and a letter") << QStringLiteral("1234567a") << Result::Ok;
        QTest::newRow("easy digits with letters")
            << QStringLiteral("11111111x") << Result::Ok; // only PINs have the easy rule
        // Eight characters, even if each needs two UTF-16 units.
        QTest::newRow("emoji x4") << QStringLiteral("🌷🌷🌷🌷") << Result::TooShortPassphrase;
        QTest::newRow("emoji x8") << QStringLiteral("🌷🌷🌷🌷🌷🌷🌷🌷") << Result::Ok;
        QTest::newRow("arabic") << QStringLiteral("صباح الخير") << Result::Ok;
    }

    void check()
    {
        QFETCH(QString, secret);
        QFETCH(Result, expected);
        QCOMPARE(SecretPolicy::check(secret), expected);
    }

    void isPin_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("pin");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("digits") << QStringLiteral("20481") << true;
        QTest::newRow("short digits") << QStringLiteral("12") << true;
        QTest::newRow("arabic-indic digits") << QStringLiteral("٢٠٤٨١") << true;
        QTest::newRow("letters") << QStringLiteral("wachtwoord") << false;
        QTest::newRow("digits and space") << QStringLiteral("20481 ") << false;
        QTest::newRow("negative number") << QStringLiteral("-20481") << false;
        QTest::newRow("decimal") << QStringLiteral("2048.1") << false;
    }

    void isPin()
    {
        QFETCH(QString, secret);
        QFETCH(bool, pin);
        QCOMPARE(SecretPolicy::isPin(secret), pin);
    }

    void theSecretIsNotTrimmed()
    {
        // "12345 " is not the PIN 12345 with a typo: it is judged as typed.
        QCOMPARE(SecretPolicy::check(QStringLiteral(" 12345")), Result::TooShortPassphrase);
        QCOMPARE(SecretPolicy::check(QStringLiteral("  zomer24!  ")), Result::Ok);
    }

    void minimumsMatchTheTexts()
    {
        QCOMPARE(SecretPolicy::minimumPinLength, 5);
        QCOMPARE(SecretPolicy::minimumPassphraseLength, 8);
    }
};

QTEST_GUILESS_MAIN(TestSecretPolicy)
#include "tst_secretpolicy.moc"
