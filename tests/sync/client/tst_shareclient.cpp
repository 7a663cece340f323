#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "core/sync/outbox.h"
#include "sync/client/shareclient.h"
#include "sync/client/transportpolicy.h"

using mapje::Outbox;
using mapje::ShareClient;
using Kind = Outbox::Result::Kind;

/**
 * ShareClient and Outbox against the real mapje-endpoint on 127.0.0.1: pair, share, replace from
 * the confirmed version, find the server's version after a lost confirmation, withdraw; and the
 * transport rules, which refuse before any connection is made.
 */
class TestShareClient : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QProcess m_endpoint;
    int m_port = 0;
    QNetworkAccessManager m_network;
    const QByteArray m_staffToken = "medewerker-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    int m_keys = 0;

    static int freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port)); }

    // A staff request straight to the endpoint: the code a klantmanager would hand over.
    QString issueCode()
    {
        QNetworkRequest request(QUrl(base().toString() + QStringLiteral("/koppelcodes")));
        request.setRawHeader("Authorization", "Bearer " + m_staffToken);
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::Id128));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, R"({"versie":1,"label":"test"})");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QStringLiteral("code"))
            .toString();
    }

    QByteArray share(const QString &words)
    {
        mapje::protocol::GoalShare goal;
        goal.domainId = QStringLiteral("money");
        goal.domainName = QStringLiteral("Geld");
        goal.ownWords = words;
        return mapje::protocol::encode(mapje::protocol::Share {goal});
    }

    Outbox::Result sendNext(ShareClient &client, Outbox &box)
    {
        const auto entry = box.next(QDateTime::currentDateTimeUtc().addDays(1));
        Outbox::Result result;
        bool done = false;
        client.send(*entry, box.ifMatch(entry->shareId), [&](const Outbox::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return {Kind::TryLater, {}, {}};
        box.finished(entry->entryId, result, QDateTime::currentDateTimeUtc());
        return result;
    }

private slots:
    void initTestCase()
    {
        QFile secret(m_folder.filePath(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(QUuid::createUuid().toByteArray() + QUuid::createUuid().toByteArray());
        secret.close();
        m_port = freePort();
        QFile ini(m_folder.filePath(QStringLiteral("endpoint.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(
            QStringLiteral(
                "[server]\nadres=127.0.0.1\npoort=%1\n[gemeente]\nnaam=Gemeente Voorbeeld\n"
                "[database]\nsoort=sqlite\npad=%2\n[geheimen]\nservergeheim=%3\n[medewerkers]"
                "\njoris=%4\n")
                .arg(m_port)
                .arg(m_folder.filePath(QStringLiteral("endpoint.sqlite")), secret.fileName(),
                    QString::fromLatin1(
                        QCryptographicHash::hash(m_staffToken, QCryptographicHash::Sha256).toHex()))
                .toUtf8());
        ini.close();
        m_endpoint.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_endpoint.start(QStringLiteral(MAPJE_ENDPOINT_PATH),
            {QStringLiteral("serve"), QStringLiteral("--config"), ini.fileName()});
        QVERIFY(m_endpoint.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!issueCode().isEmpty(), 15000);
    }

    void cleanupTestCase()
    {
        m_endpoint.terminate();
        QVERIFY(m_endpoint.waitForFinished(10000));
        QCOMPARE(m_endpoint.exitCode(), 0);
    }

    // Pair, share, replace, recover after a lost confirmation, withdraw.
    void shareReplaceWithdraw()
    {
        ShareClient client(&m_network, base());
        QVERIFY(client.allowed());
        std::optional<mapje::protocol::NewPairing> pairing;
        bool paired = false;
        client.pair(issueCode().toLower(),
            QStringLiteral("pair-") + QUuid::createUuid().toString(QUuid::Id128),
            [&](std::optional<mapje::protocol::NewPairing> p, int) {
                pairing = p;
                paired = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(paired, 10000);
        QVERIFY(pairing);
        QCOMPARE(pairing->municipality, QStringLiteral("Gemeente Voorbeeld"));
        client.setToken(pairing->deviceToken.toLatin1());

        Outbox box(
            [this] {
                return QStringLiteral("k-%1-%2")
                    .arg(QUuid::createUuid().toString(QUuid::Id128))
                    .arg(++m_keys);
            },
            [] { return 0.5; });
        const QString shareId
            = QStringLiteral("doel-") + QUuid::createUuid().toString(QUuid::Id128);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        box.put(shareId, share(QStringLiteral("Mijn post elke week openen")), now);
        QCOMPARE(sendNext(client, box).etag, QStringLiteral("\"1\""));
        box.put(shareId, share(QStringLiteral("Mijn post elke maandag openen")), now);
        QCOMPARE(sendNext(client, box).etag, QStringLiteral("\"2\""));

        // The confirmation of version 2 was lost (a crash): the server says so, the client reads
        // its version and sends again from there; nothing is overwritten blindly.
        Outbox restarted(
            [this] {
                return QStringLiteral("r-%1-%2")
                    .arg(QUuid::createUuid().toString(QUuid::Id128))
                    .arg(++m_keys);
            },
            [] { return 0.5; });
        restarted.put(shareId, share(QStringLiteral("Mijn post elke maandagochtend openen")), now);
        QCOMPARE(sendNext(client, restarted).kind, Kind::VersionChanged);
        QString etag;
        bool read = false;
        client.readVersion(shareId, [&](const QString &version, bool ok) {
            QVERIFY(ok);
            etag = version;
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
        QCOMPARE(etag, QStringLiteral("\"2\""));
        restarted.versionRead(shareId, etag, now);
        QCOMPARE(sendNext(client, restarted).etag, QStringLiteral("\"3\""));

        restarted.withdraw(shareId, now);
        QCOMPARE(sendNext(client, restarted).kind, Kind::Done);
        read = false;
        client.readVersion(shareId, [&](const QString &version, bool ok) {
            QVERIFY(ok);
            QVERIFY(version.isEmpty());
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
        QVERIFY(restarted.entries().isEmpty());
    }

    // A token that is not (or no longer) valid: the outbox stops, nothing is lost.
    void aWrongTokenStopsTheOutbox()
    {
        ShareClient client(&m_network, base());
        client.setToken("not-a-token");
        Outbox box(
            [this] { return QStringLiteral("w-%1").arg(++m_keys, 16, 10, QLatin1Char('0')); },
            [] { return 0.5; });
        box.put(QStringLiteral("doel-00000001"), share(QStringLiteral("x")),
            QDateTime::currentDateTimeUtc());
        QCOMPARE(sendNext(client, box).kind, Kind::PairingGone);
        QVERIFY(box.pairingGone());
        QCOMPARE(box.entries().size(), 1);
    }

    void transportRules()
    {
        QVERIFY(mapje::TransportPolicy::allows(
            QUrl(QStringLiteral("https://mapje.gemeente.example/v1"))));
        QVERIFY(mapje::TransportPolicy::allows(QUrl(QStringLiteral("http://127.0.0.1:8080/v1"))));
        QVERIFY(mapje::TransportPolicy::allows(QUrl(QStringLiteral("http://[::1]:8080/v1"))));
        QVERIFY(!mapje::TransportPolicy::allows(
            QUrl(QStringLiteral("http://mapje.gemeente.example/v1"))));
        QVERIFY(!mapje::TransportPolicy::allows(QUrl(QStringLiteral("http://localhost:8080/v1"))));
        QVERIFY(!mapje::TransportPolicy::allows(QUrl(QStringLiteral("http://192.168.1.5/v1"))));
        QVERIFY(!mapje::TransportPolicy::allows(
            QUrl(QStringLiteral("https://user:pw@mapje.example/v1"))));
        QVERIFY(!mapje::TransportPolicy::allows(QUrl(QStringLiteral("ftp://mapje.example/v1"))));
        // Refused before any connection: the answer comes at once, as "later".
        ShareClient client(&m_network, QUrl(QStringLiteral("http://mapje.gemeente.example/v1")));
        bool answered = false;
        client.send(
            {QStringLiteral("e"), QStringLiteral("doel-00000001"), Outbox::Entry::Action::Put, "{}",
                QStringLiteral("k-00000000000000001"), 0, {}, {}},
            {}, [&](const Outbox::Result &result) {
                QCOMPARE(result.kind, Kind::TryLater);
                answered = true;
            });
        QVERIFY(answered);
    }

    void statusesMapOntoTheOutbox_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("isDelete");
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("seconds");
        QTest::newRow("created") << 201 << false << QByteArray("\"1\"") << QByteArray()
                                 << int(Kind::Done) << -1;
        QTest::newRow("created without ETag")
            << 201 << false << QByteArray() << QByteArray() << int(Kind::TryLater) << -1;
        QTest::newRow("withdrawn")
            << 204 << true << QByteArray() << QByteArray() << int(Kind::Done) << -1;
        QTest::newRow("gone already")
            << 404 << true << QByteArray() << QByteArray() << int(Kind::Done) << -1;
        QTest::newRow("no answer")
            << 0 << false << QByteArray() << QByteArray() << int(Kind::TryLater) << -1;
        QTest::newRow("server error")
            << 500 << false << QByteArray() << QByteArray() << int(Kind::TryLater) << -1;
        QTest::newRow("too many") << 429 << false << QByteArray() << QByteArray("30")
                                  << int(Kind::TryLater) << 30;
        QTest::newRow("absurd wait") << 429 << false << QByteArray() << QByteArray("99999999")
                                     << int(Kind::TryLater) << 3600;
        QTest::newRow("stale") << 412 << false << QByteArray() << QByteArray()
                               << int(Kind::VersionChanged) << -1;
        QTest::newRow("no If-Match")
            << 428 << false << QByteArray() << QByteArray() << int(Kind::VersionChanged) << -1;
        QTest::newRow("refused") << 400 << false << QByteArray() << QByteArray()
                                 << int(Kind::Refused) << -1;
        QTest::newRow("pairing ended")
            << 401 << true << QByteArray() << QByteArray() << int(Kind::PairingGone) << -1;
    }
    void statusesMapOntoTheOutbox()
    {
        QFETCH(int, status);
        QFETCH(bool, isDelete);
        QFETCH(QByteArray, etag);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        QFETCH(int, seconds);
        const Outbox::Result result = ShareClient::resultOf(status, isDelete, etag, retryAfter);
        QCOMPARE(int(result.kind), kind);
        QCOMPARE(result.retryAfterSeconds.value_or(-1), seconds);
    }
};

QTEST_GUILESS_MAIN(TestShareClient)
#include "tst_shareclient.moc"
