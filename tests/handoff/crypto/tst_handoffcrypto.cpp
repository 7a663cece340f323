#include <QRegularExpression>
#include <QTest>
#include <sodium.h>

#include "handoff/crypto/handoffcheckcode.h"
#include "handoff/crypto/handoffkeypair.h"
#include "handoff/crypto/handoffseal.h"

using mapje::HandoffCheckCode;
using mapje::HandoffKeyPair;
using mapje::HandoffSeal;
using mapje::protocol::HandoffContent;

namespace {

const QString Code = QStringLiteral("KM4T-X7RA");

// A stream as the kiosk would seal it, made here with libsodium itself and a key pair of the
// test's own, so the test chooses the tag the kiosk never would.
HandoffContent rawStream(const unsigned char *kioskPublic, const unsigned char *kioskSecret,
    const QByteArray &phonePublic, const QByteArray &plaintext, unsigned char tag)
{
    unsigned char receiving[crypto_kx_SESSIONKEYBYTES];
    unsigned char sending[crypto_kx_SESSIONKEYBYTES];
    if (crypto_kx_server_session_keys(receiving, sending, kioskPublic, kioskSecret,
            reinterpret_cast<const unsigned char *>(phonePublic.constData()))
        != 0)
        return {};
    crypto_secretstream_xchacha20poly1305_state state;
    HandoffContent sealed;
    sealed.header.resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    sealed.ciphertext.resize(plaintext.size() + crypto_secretstream_xchacha20poly1305_ABYTES);
    const QByteArray boundTo = HandoffSeal::additionalData(Code);
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char *>(sealed.header.data()), sending);
    crypto_secretstream_xchacha20poly1305_push(&state,
        reinterpret_cast<unsigned char *>(sealed.ciphertext.data()), nullptr,
        reinterpret_cast<const unsigned char *>(plaintext.constData()),
        static_cast<unsigned long long>(plaintext.size()),
        reinterpret_cast<const unsigned char *>(boundTo.constData()),
        static_cast<unsigned long long>(boundTo.size()), tag);
    sodium_memzero(sending, sizeof sending);
    return sealed;
}

} // namespace

/**
 * HandoffKeyPair, HandoffCheckCode and HandoffSeal: a fresh pair per hand-off, the same six
 * digits on both sides only for the same two keys, a session opened to exactly its bytes, and
 * every change (header, ciphertext, code, key, a stream without its final message) refused.
 */
class TestHandoffCrypto : public QObject {
    Q_OBJECT

private slots:
    void keyPairsAreFreshAndPublicKeysOnly()
    {
        const HandoffKeyPair one = HandoffKeyPair::generate();
        const HandoffKeyPair two = HandoffKeyPair::generate();
        QVERIFY(!one.isNull());
        QCOMPARE(one.publicKey().size(), 32);
        QVERIFY(one.publicKey() != two.publicKey());
        QVERIFY(one.publicKey() != QByteArray(32, '\0'));
    }

    void checkCodeIsTheSameOnBothSidesAndDiffersForAnyOtherKey()
    {
        const HandoffKeyPair kiosk = HandoffKeyPair::generate();
        const HandoffKeyPair phone = HandoffKeyPair::generate();
        const HandoffKeyPair other = HandoffKeyPair::generate();
        // The kiosk has its own key and the phone's from the mailbox; the phone the other way.
        const QString onKiosk = HandoffCheckCode::of(kiosk.publicKey(), phone.publicKey());
        const QString onPhone
            = HandoffCheckCode::of(QByteArray(kiosk.publicKey()), QByteArray(phone.publicKey()));
        QCOMPARE(onKiosk, onPhone);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^[0-9]{3} [0-9]{3}$")).match(onKiosk).hasMatch(),
            qPrintable(onKiosk));
        QVERIFY(HandoffCheckCode::of(kiosk.publicKey(), other.publicKey()) != onKiosk);
        QVERIFY(HandoffCheckCode::of(other.publicKey(), phone.publicKey()) != onKiosk);
        QVERIFY(HandoffCheckCode::of(phone.publicKey(), kiosk.publicKey()) != onKiosk);
        QVERIFY(HandoffCheckCode::of(kiosk.publicKey(), phone.publicKey().left(31)).isEmpty());
    }

    void checkCodeMatchesAVectorMadeOutsideLibsodium()
    {
        // Python: blake2b(b"mapje-overdracht-controle-v1" + bytes(range(32)) + bytes(range(32,
        // 64)), digest_size=8), big-endian, modulo 10^6.
        QByteArray kiosk(32, '\0');
        QByteArray phone(32, '\0');
        for (int i = 0; i < 32; ++i) {
            kiosk[i] = char(i);
            phone[i] = char(32 + i);
        }
        QCOMPARE(HandoffCheckCode::of(kiosk, phone), QStringLiteral("596 339"));
        QCOMPARE(HandoffCheckCode::of(phone, kiosk), QStringLiteral("595 695"));
    }

    void sealedSessionOpensToExactlyItsBytes_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::newRow("json") << QByteArray(R"({"bord":{"geld":"verdrietig"},"notitie":"ü"})");
        QTest::newRow("zero and 0xff bytes") << QByteArray("\x00\xff\x00mapje\x00", 9);
        QTest::newRow("empty") << QByteArray();
        QByteArray large(150 * 1024, '\0');
        for (qsizetype i = 0; i < large.size(); ++i)
            large[i] = char(i * 31 % 251);
        QTest::newRow("150 KiB") << large;
    }

    void sealedSessionOpensToExactlyItsBytes()
    {
        QFETCH(QByteArray, plaintext);
        const HandoffKeyPair kiosk = HandoffKeyPair::generate();
        const HandoffKeyPair phone = HandoffKeyPair::generate();
        const auto sealed = HandoffSeal::seal(kiosk, phone.publicKey(), Code, plaintext);
        QVERIFY(sealed);
        QCOMPARE(sealed->header.size(), 24);
        QCOMPARE(sealed->ciphertext.size(), plaintext.size() + 17);
        if (plaintext.size() > 16)
            QVERIFY(!sealed->ciphertext.contains(plaintext.left(16)));
        const auto opened = HandoffSeal::open(phone, kiosk.publicKey(), Code, *sealed);
        QVERIFY(opened);
        QCOMPARE(*opened, plaintext);
        // The code as the visitor may type it is the same code.
        QCOMPARE(*HandoffSeal::open(phone, kiosk.publicKey(), QStringLiteral("km4t x7ra"), *sealed),
            plaintext);
    }

    void everyChangeIsRefused()
    {
        const HandoffKeyPair kiosk = HandoffKeyPair::generate();
        const HandoffKeyPair phone = HandoffKeyPair::generate();
        const HandoffKeyPair stranger = HandoffKeyPair::generate();
        const QByteArray plaintext("Mijn mapje, voor mijn eigen telefoon.");
        const HandoffContent sealed = *HandoffSeal::seal(kiosk, phone.publicKey(), Code, plaintext);
        QVERIFY(HandoffSeal::open(phone, kiosk.publicKey(), Code, sealed));

        for (qsizetype i = 0; i < sealed.header.size(); ++i) {
            HandoffContent changed = sealed;
            changed.header[i] = char(changed.header[i] ^ 0x01);
            QVERIFY2(!HandoffSeal::open(phone, kiosk.publicKey(), Code, changed),
                qPrintable(QStringLiteral("header byte %1").arg(i)));
        }
        for (qsizetype i = 0; i < sealed.ciphertext.size(); ++i) {
            HandoffContent changed = sealed;
            changed.ciphertext[i] = char(changed.ciphertext[i] ^ 0x80);
            QVERIFY2(!HandoffSeal::open(phone, kiosk.publicKey(), Code, changed),
                qPrintable(QStringLiteral("ciphertext byte %1").arg(i)));
        }
        HandoffContent shorter = sealed;
        shorter.ciphertext.chop(1);
        QVERIFY(!HandoffSeal::open(phone, kiosk.publicKey(), Code, shorter));
        HandoffContent longer = sealed;
        longer.ciphertext.append('\0');
        QVERIFY(!HandoffSeal::open(phone, kiosk.publicKey(), Code, longer));
        // Another mailbox's code, another phone, another kiosk.
        QVERIFY(!HandoffSeal::open(phone, kiosk.publicKey(), QStringLiteral("KM4T-X7RC"), sealed));
        QVERIFY(!HandoffSeal::open(phone, kiosk.publicKey(), QStringLiteral("no code"), sealed));
        QVERIFY(!HandoffSeal::open(stranger, kiosk.publicKey(), Code, sealed));
        QVERIFY(!HandoffSeal::open(phone, stranger.publicKey(), Code, sealed));
        // The roles matter: the kiosk cannot read back what it sealed as if it were the phone.
        QVERIFY(!HandoffSeal::open(kiosk, phone.publicKey(), Code, sealed));
        // Nothing is sealed for a key that is not one, or a code that is none.
        QVERIFY(!HandoffSeal::seal(kiosk, phone.publicKey().left(31), Code, plaintext));
        QVERIFY(!HandoffSeal::seal(kiosk, phone.publicKey(), QStringLiteral("KM4T"), plaintext));
    }

    void aStreamWithoutItsFinalMessageIsRefused()
    {
        QVERIFY(sodium_init() >= 0);
        unsigned char kioskPublic[crypto_kx_PUBLICKEYBYTES];
        unsigned char kioskSecret[crypto_kx_SECRETKEYBYTES];
        crypto_kx_keypair(kioskPublic, kioskSecret);
        const QByteArray kioskKey(reinterpret_cast<const char *>(kioskPublic), sizeof kioskPublic);
        const HandoffKeyPair phone = HandoffKeyPair::generate();
        const QByteArray plaintext("een deel van de sessie");

        // The same stream with the final tag opens: the test's own sealing is right...
        const HandoffContent final = rawStream(kioskPublic, kioskSecret, phone.publicKey(),
            plaintext, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
        QCOMPARE(HandoffSeal::open(phone, kioskKey, Code, final).value_or(QByteArray()), plaintext);
        // ... so only the tag refuses these: a message after which more would follow.
        for (const unsigned char tag : {crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
                 crypto_secretstream_xchacha20poly1305_TAG_PUSH,
                 crypto_secretstream_xchacha20poly1305_TAG_REKEY}) {
            const HandoffContent cut
                = rawStream(kioskPublic, kioskSecret, phone.publicKey(), plaintext, tag);
            QVERIFY2(!HandoffSeal::open(phone, kioskKey, Code, cut),
                qPrintable(QStringLiteral("tag %1").arg(tag)));
        }
        sodium_memzero(kioskSecret, sizeof kioskSecret);
    }
};

QTEST_GUILESS_MAIN(TestHandoffCrypto)
#include "tst_handoffcrypto.moc"
