#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include "sync/client/shareclient.h"

using mapje::ShareClient;

/**
 * Pinning the endpoint's key (the municipality's config, "sleutels"): a server whose certificate
 * the system trusts but whose key is not the pinned one gets the connection closed before any
 * request is written; the pinned key, or no pin at all, passes. A TLS server of the test's own on
 * 127.0.0.1 (QSslServer) with a certificate made by openssl, trusted for this process only.
 */
class TestPinning : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QSslServer m_server;
    QSslCertificate m_certificate;
    QByteArray m_received; // every byte of HTTP the server got, over all connections

    QUrl base() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(m_server.serverPort()));
    }

    // Reads one share's version through the client; (etag, ok) as ShareClient reports them.
    std::pair<QString, bool> readVersion(const QList<QByteArray> &pins)
    {
        QNetworkAccessManager network;
        ShareClient client(&network, base());
        client.setToken("token");
        client.setTimeout(5000);
        client.setPinnedKeys(pins);
        std::optional<std::pair<QString, bool>> answer;
        client.readVersion(QStringLiteral("abcdef12"),
            [&](const QString &etag, bool ok) { answer = std::make_pair(etag, ok); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            return {QStringLiteral("no answer"), false};
        return *answer;
    }

private slots:
    void initTestCase()
    {
        const QString key = m_folder.filePath(QStringLiteral("key.pem"));
        const QString certificate = m_folder.filePath(QStringLiteral("certificate.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                key, QStringLiteral("-out"), certificate, QStringLiteral("-days"),
                QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        const auto certificates = QSslCertificate::fromPath(certificate);
        QCOMPARE(certificates.size(), 1);
        m_certificate = certificates.constFirst();
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey privateKey(&keyFile, QSsl::Rsa);
        QVERIFY(!privateKey.isNull());

        QSslConfiguration serverSide = QSslConfiguration::defaultConfiguration();
        serverSide.setLocalCertificate(m_certificate);
        serverSide.setPrivateKey(privateKey);
        serverSide.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(serverSide);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (m_server.hasPendingConnections()) {
                auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
                connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (m_received.contains("\r\n\r\n"))
                        socket->write("HTTP/1.1 200 OK\r\nETag: \"7\"\r\nContent-Type: "
                                      "application/json\r\nContent-Length: 2\r\n\r\n{}");
                });
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));

        // The system trusts the test's certificate, as it would a municipality's real one.
        QSslConfiguration clientSide = QSslConfiguration::defaultConfiguration();
        clientSide.addCaCertificate(m_certificate);
        QSslConfiguration::setDefaultConfiguration(clientSide);
    }

    void init() { m_received.clear(); }

    void withoutPinsTheSystemsChecksDecide()
    {
        const auto [etag, ok] = readVersion({});
        QVERIFY(ok);
        QCOMPARE(etag, QStringLiteral("\"7\""));
        QVERIFY(m_received.startsWith("GET /v1/deelnames/abcdef12"));
    }

    void thePinnedKeyPasses()
    {
        const QByteArray pin = QCryptographicHash::hash(
            m_certificate.publicKey().toDer(), QCryptographicHash::Sha256);
        const auto [etag, ok] = readVersion({QByteArray(32, 'x'), pin});
        QVERIFY(ok);
        QCOMPARE(etag, QStringLiteral("\"7\""));
    }

    // A trusted certificate with another key: closed before the token or anything is written.
    void anotherKeyIsRefusedBeforeAnythingIsSent()
    {
        const auto [etag, ok] = readVersion({QByteArray(32, 'x')});
        QVERIFY(!ok);
        QVERIFY(etag.isEmpty());
        QTest::qWait(200);
        QVERIFY2(m_received.isEmpty(), m_received.constData());
    }
};

QTEST_GUILESS_MAIN(TestPinning)
#include "tst_pinning.moc"
