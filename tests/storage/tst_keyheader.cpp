#include "storage/kdfcost.h"
#include "storage/keyheader.h"
#include "storage/securebytes.h"
#include "vaulttesthelpers.h"

#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace mapje;
using namespace mapje::testing;

class TestKeyHeader : public QObject {
    Q_OBJECT

private:
    static SecureBytes secret(const char *text) { return SecureBytes(QByteArrayView(text)); }

    static KeyHeader sealed(const SecureBytes &dataKey)
    {
        const auto header = KeyHeader::seal(dataKey, secret("2468"), KdfCost::fastForTests());
        return header.value_or(KeyHeader());
    }

    /** bytes with a correct checksum again, as someone who changes a copy on purpose would make. */
    static QByteArray reChecksummed(QByteArray bytes)
    {
        const qsizetype summed = KeyHeader::Size - 32;
        crypto_generichash(reinterpret_cast<unsigned char *>(bytes.data()) + summed, 32,
            reinterpret_cast<const unsigned char *>(bytes.constData()), std::size_t(summed),
            nullptr, 0);
        return bytes;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sealsAndUnwraps()
    {
        const SecureBytes dataKey = SecureBytes::random(KeyHeader::DataKeyBytes);
        const KeyHeader header = sealed(dataKey);
        QCOMPARE(header.algorithm(), crypto_pwhash_ALG_ARGON2ID13);
        QCOMPARE(header.kdfCost(), KdfCost::fastForTests());
        QCOMPARE(header.salt().size(), qsizetype(KeyHeader::SaltBytes));
        SecureBytes out;
        QCOMPARE(header.unwrap(secret("2468"), &out), KeyHeader::Unwrap::Opened);
        QVERIFY(out.equals(dataKey));
        SecureBytes wrong;
        QCOMPARE(header.unwrap(secret("2469"), &wrong), KeyHeader::Unwrap::WrongSecret);
        QVERIFY(wrong.isNull());
        QCOMPARE(header.toBytes().size(), KeyHeader::Size);
        // The data key itself never appears in the file.
        const QByteArray raw(
            reinterpret_cast<const char *>(dataKey.data()), qsizetype(dataKey.size()));
        QVERIFY(!header.toBytes().contains(raw));
    }

    void freshSaltAndNonceEachTime()
    {
        const SecureBytes dataKey = SecureBytes::random(KeyHeader::DataKeyBytes);
        QVERIFY(sealed(dataKey).salt() != sealed(dataKey).salt());
        QVERIFY(sealed(dataKey).toBytes() != sealed(dataKey).toBytes());
    }

    void roundTripsThroughBytes()
    {
        const SecureBytes dataKey = SecureBytes::random(KeyHeader::DataKeyBytes);
        KeyHeader header = sealed(dataKey);
        const QDateTime failure(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        header.recordFailure(failure);
        header.recordFailure(failure);
        header.setGeneration(77);
        header.setDatabaseMade(true);
        KeyHeader read;
        QCOMPARE(KeyHeader::parse(header.toBytes(), &read), KeyHeader::Parse::Valid);
        QCOMPARE(read.version(), KeyHeader::FormatVersion);
        QCOMPARE(read.generation(), quint64(77));
        QVERIFY(read.databaseMade());
        QVERIFY(read.sameSealAs(header));
        QCOMPARE(read.failedAttempts(), 2);
        QCOMPARE(read.lastFailure(), failure);
        QCOMPARE(read.toBytes(), header.toBytes());
        SecureBytes out;
        // The wait state is outside the authenticated part: changing it keeps the key usable.
        QCOMPARE(read.unwrap(secret("2468"), &out), KeyHeader::Unwrap::Opened);
        read.clearFailures();
        QCOMPARE(read.failedAttempts(), 0);
        QVERIFY(!read.lastFailure().isValid());
        QCOMPARE(read.unwrap(secret("2468"), &out), KeyHeader::Unwrap::Opened);
    }

    // Every single flipped bit is damage, told apart from a wrong PIN: never a header that parses.
    void everyFlippedBitIsDamage()
    {
        const SecureBytes dataKey = SecureBytes::random(KeyHeader::DataKeyBytes);
        KeyHeader good = sealed(dataKey);
        good.recordFailure(QDateTime(QDate(2026, 1, 1), QTime(1, 0), Qt::UTC));
        const QByteArray bytes = good.toBytes();
        int tooNew = 0;
        for (int bit = 0; bit < KeyHeader::Size * 8; ++bit) {
            QByteArray flipped = bytes;
            flipped[bit / 8] = char(flipped[bit / 8] ^ (1 << (bit % 8)));
            KeyHeader header;
            const KeyHeader::Parse result = KeyHeader::parse(flipped, &header);
            QVERIFY2(result != KeyHeader::Parse::Valid, qPrintable(QString::number(bit)));
            // A flip in the version can read as a newer format; the other copy decides then.
            tooNew += result == KeyHeader::Parse::TooNew;
        }
        QVERIFY(tooNew <= 8);
    }

    // Tampering with any authenticated byte (parameters, salt, nonce, wrapped key) fails, even
    // with a correct checksum.
    void tamperingFailsTheUnwrap()
    {
        const SecureBytes dataKey = SecureBytes::random(KeyHeader::DataKeyBytes);
        const QByteArray bytes = sealed(dataKey).toBytes();
        int refused = 0;
        for (int offset = 12; offset < 116; ++offset) {
            QByteArray tampered = bytes;
            tampered[offset] = char(tampered[offset] ^ 0x01);
            tampered = reChecksummed(tampered);
            KeyHeader header;
            if (KeyHeader::parse(tampered, &header) != KeyHeader::Parse::Valid) {
                ++refused; // e.g. a cost outside the sane range
                continue;
            }
            SecureBytes out;
            QVERIFY2(header.unwrap(secret("2468"), &out) == KeyHeader::Unwrap::WrongSecret,
                qPrintable(QString::number(offset)));
        }
        QVERIFY(refused < 104);
        // Lowering the cost (to make guessing cheaper) is tampering too.
        KeyHeader header;
        const auto strong = KeyHeader::seal(dataKey, secret("2468"), KdfCost(2, 16 * 1024 * 1024));
        QVERIFY(strong);
        QByteArray weakened = strong->toBytes();
        weakened[12] = 1;
        weakened = reChecksummed(weakened);
        QCOMPARE(KeyHeader::parse(weakened, &header), KeyHeader::Parse::Valid);
        SecureBytes out;
        QCOMPARE(header.unwrap(secret("2468"), &out), KeyHeader::Unwrap::WrongSecret);
    }

    void parsingIsStrict_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("expected");
        const SecureBytes dataKey = SecureBytes::random(KeyHeader::DataKeyBytes);
        const QByteArray good = sealed(dataKey).toBytes();
        auto with = [&](int offset, char value) {
            QByteArray copy = good;
            copy[offset] = value;
            return copy;
        };
        const int damaged = int(KeyHeader::Parse::Damaged);
        QTest::newRow("good") << good << int(KeyHeader::Parse::Valid);
        QTest::newRow("empty") << QByteArray() << damaged;
        QTest::newRow("magic only") << good.left(8) << damaged;
        QTest::newRow("truncated") << good.left(KeyHeader::Size - 1) << damaged;
        QTest::newRow("one byte more") << good + 'x' << damaged;
        QTest::newRow("twice") << good + good << damaged;
        QTest::newRow("wrong magic") << with(0, 'm') << damaged;
        QTest::newRow("version 0") << with(8, 0) << damaged;
        QTest::newRow("newer version") << with(8, 3) << int(KeyHeader::Parse::TooNew);
        QTest::newRow("newer version, other size")
            << with(8, 3).left(40) << int(KeyHeader::Parse::TooNew);
        QTest::newRow("implausible version") << with(9, 0x40) << damaged;
        QTest::newRow("format 1 at format 2's size") << with(8, 1) << damaged;
        QTest::newRow("checksum off") << with(KeyHeader::Size - 1, '!') << damaged;
        // Checksum correct, content not sane: still refused.
        QTest::newRow("argon2i instead of argon2id") << reChecksummed(with(10, 1)) << damaged;
        QTest::newRow("reserved byte set") << reChecksummed(with(11, 1)) << damaged;
        QTest::newRow("opslimit 0") << reChecksummed(with(12, 0)) << damaged;
        QTest::newRow("memlimit 1 TiB") << reChecksummed(with(25, 1)) << damaged;
        QTest::newRow("unknown flag") << reChecksummed(with(124, 2)) << damaged;
        QTest::newRow("text") << QByteArray("MAPJEKEY version 1 please").leftJustified(128, ' ')
                              << damaged;
    }

    void parsingIsStrict()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, expected);
        KeyHeader header;
        QCOMPARE(int(KeyHeader::parse(bytes, &header)), expected);
    }

    void randomBytesNeverCrash()
    {
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes(i % 300, Qt::Uninitialized);
            randombytes_buf(bytes.data(), std::size_t(bytes.size()));
            if (i % 2)
                bytes.replace(0, std::min<qsizetype>(8, bytes.size()),
                    QByteArray("MAPJEKEY").left(bytes.size()));
            KeyHeader header;
            const auto result = KeyHeader::parse(bytes, &header);
            if (result == KeyHeader::Parse::Valid) {
                SecureBytes out;
                QCOMPARE(header.unwrap(secret("x"), &out), KeyHeader::Unwrap::WrongSecret);
            }
        }
    }

    // A header written by the Mapje before two copies existed still opens, and says so.
    void readsFormatOne()
    {
        const QByteArray bytes
            = readAll(QStringLiteral(MAPJE_STORAGE_FIXTURES "/vault-v1/mapje.key"));
        QCOMPARE(bytes.size(), KeyHeader::LegacySize);
        KeyHeader header;
        QCOMPARE(KeyHeader::parse(bytes, &header), KeyHeader::Parse::Valid);
        QVERIFY(header.isLegacy());
        QVERIFY(header.databaseMade());
        QCOMPARE(header.kdfCost(), KdfCost::fastForTests());
        QCOMPARE(header.toBytes(), bytes);
        SecureBytes out;
        QCOMPARE(header.unwrap(secret("1234-5678"), &out), KeyHeader::Unwrap::Opened);
        QCOMPARE(header.unwrap(secret("1234-5679"), &out), KeyHeader::Unwrap::WrongSecret);
        // Its wait state changes without breaking the key (it is written as format 1 again).
        header.recordFailure(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        KeyHeader again;
        QCOMPARE(KeyHeader::parse(header.toBytes(), &again), KeyHeader::Parse::Valid);
        QCOMPARE(again.failedAttempts(), 1);
        QCOMPARE(again.unwrap(secret("1234-5678"), &out), KeyHeader::Unwrap::Opened);
        QByteArray longer = bytes + 'x';
        QCOMPARE(KeyHeader::parse(longer, &again), KeyHeader::Parse::Damaged);
    }

    void refusesBadInput()
    {
        QVERIFY(!KeyHeader::seal(SecureBytes::random(16), secret("1"), KdfCost::fastForTests()));
        QVERIFY(!KeyHeader::seal(SecureBytes::random(32), secret("1"), KdfCost(0, 0)));
    }
};

QTEST_GUILESS_MAIN(TestKeyHeader)
#include "tst_keyheader.moc"
