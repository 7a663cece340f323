#include "storage/securebytes.h"

#include <QTest>

using namespace mapje;

class TestSecureBytes : public QObject {
    Q_OBJECT

private slots:
    void allocatesZeroed()
    {
        SecureBytes bytes(32);
        QVERIFY(!bytes.isNull());
        QCOMPARE(bytes.size(), std::size_t(32));
        for (std::size_t i = 0; i < bytes.size(); ++i)
            QCOMPARE(bytes.data()[i], 0);
        QVERIFY(SecureBytes().isNull());
        QVERIFY(SecureBytes(std::size_t(0)).isNull());
    }

    void randomIsRandom()
    {
        const SecureBytes a = SecureBytes::random(32);
        const SecureBytes b = SecureBytes::random(32);
        QVERIFY(!a.equals(b));
        QVERIFY(!a.equals(SecureBytes(32)));
    }

    void movesWithoutCopying()
    {
        SecureBytes a = SecureBytes::random(16);
        const unsigned char *where = a.data();
        SecureBytes b(std::move(a));
        QVERIFY(a.isNull()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        QCOMPARE(b.data(), where);
        SecureBytes c;
        c = std::move(b);
        QCOMPARE(c.data(), where);
        QVERIFY(b.isNull()); // NOLINT(bugprone-use-after-move)
        static_assert(!std::is_copy_constructible_v<SecureBytes>);
        static_assert(!std::is_copy_assignable_v<SecureBytes>);
    }

    void copiesInAndClears()
    {
        SecureBytes bytes(QByteArrayView("geheim"));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(bytes.data()), 6), QByteArray("geheim"));
        bytes.clear();
        QVERIFY(bytes.isNull());
        QCOMPARE(bytes.size(), std::size_t(0));
    }

    void secretIsNfcUtf8()
    {
        const SecureBytes composed = SecureBytes::fromSecret(QStringLiteral("\u00e9\u00e9n"));
        const SecureBytes decomposed = SecureBytes::fromSecret(QStringLiteral("e\u0301e\u0301n"));
        QVERIFY(composed.equals(decomposed));
        QCOMPARE(composed.size(), std::size_t(5));
        QVERIFY(SecureBytes::fromSecret(QString()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
