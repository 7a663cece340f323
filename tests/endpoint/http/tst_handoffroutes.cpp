#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <atomic>
#include <httplib.h>
#include <thread>

#include "http/endpointserver.h"
#include "sync/protocol/handoffmessages.h"

using namespace mapje::endpoint;

namespace {

const QByteArray HallKiosk = "zuil-hal-" + QUuid::createUuid().toByteArray(QUuid::Id128);
const QByteArray DeskKiosk = "zuil-balie-" + QUuid::createUuid().toByteArray(QUuid::Id128);
const QByteArray Staff = "medewerker-" + QUuid::createUuid().toByteArray(QUuid::Id128);

QString sha256(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

QByteArray keyText(char fill)
{
    return QByteArray(32, fill).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray createBody(char fill)
{
    return "{\"versie\":1,\"zuilSleutel\":\"" + keyText(fill) + "\"}";
}

QByteArray claimBody(char fill)
{
    return "{\"versie\":1,\"telefoonSleutel\":\"" + keyText(fill) + "\"}";
}

QByteArray contentBody(const QByteArray &ciphertext)
{
    const auto url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return "{\"versie\":1,\"kop\":\"" + QByteArray(24, '\x05').toBase64(url) + "\",\"inhoud\":\""
        + ciphertext.toBase64(url) + "\"}";
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

struct Reply {
    int status = 0;
    QByteArray body;
    std::string retryAfter;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QString problem() const
    {
        return json().value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
    }
};

} // namespace

/**
 * The endpoint's hand-off mailbox over real HTTP on 127.0.0.1, in this process, on a clock the
 * test moves: who may do what (kiosk tokens only, another kiosk sees 404, staff and device tokens
 * refused), Idempotency-Keys, one phone, one upload, one fetch that deletes, the body limit,
 * expiry after five minutes with the rows deleted, wrong codes locked per address, and no code
 * in the log.
 */
class TestHandoffRoutes : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EndpointServer> m_server;
    std::thread m_serving;
    int m_port = 0;
    const QByteArray m_secret
        = QUuid::createUuid().toByteArray() + QUuid::createUuid().toByteArray();
    std::atomic<qint64> m_nowMs {
        QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch()};
    // What the endpoint logs, from its threads.
    inline static QMutex s_logMutex;
    inline static QStringList s_log;

    static void keepLog(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        const QMutexLocker lock(&s_logMutex);
        s_log.append(message);
    }

    void advance(qint64 seconds) { m_nowMs += seconds * 1000; }

    Reply call(const std::string &method, const std::string &path, const QByteArray &token = {},
        const QString &key = {}, const QByteArray &body = {})
    {
        httplib::Client client("127.0.0.1", m_port);
        client.set_read_timeout(10, 0);
        httplib::Request request;
        request.method = method;
        request.path = "/v1" + path;
        if (!token.isEmpty())
            request.set_header("Authorization", "Bearer " + token.toStdString());
        if (!key.isEmpty())
            request.set_header("Idempotency-Key", key.toStdString());
        if (!body.isEmpty()) {
            request.set_header("Content-Type", "application/json");
            request.body = body.toStdString();
        }
        const auto result = client.send(request);
        if (!result)
            return {};
        return {result->status, QByteArray::fromStdString(result->body),
            result->get_header_value("Retry-After")};
    }

    // A kiosk's new mailbox: its code ("" when refused).
    QString open(const QByteArray &kiosk = HallKiosk, char keyFill = '\x01')
    {
        const Reply reply = call("POST", "/overdrachten", kiosk, newKey(), createBody(keyFill));
        return reply.status == 201 ? reply.json().value(QStringLiteral("code")).toString()
                                   : QString();
    }

    std::string at(const QString &code, const char *below = "")
    {
        return "/overdrachten/" + code.toStdString() + below;
    }

    int rows()
    {
        QSqlQuery query(m_database->connection());
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM overdrachten")) && query.next()
            ? query.value(0).toInt()
            : -1;
    }

private slots:
    void init()
    {
        EndpointConfig config;
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        config.port = m_port = probe.serverPort();
        probe.close();
        config.threads = 4;
        config.serverSecret = m_secret;
        config.requestsPerMinute = 100000;
        config.database.sqlitePath = m_folder.filePath(newKey() + QStringLiteral(".sqlite"));
        config.staffTokenHashes.insert(QStringLiteral("joris"), sha256(Staff));
        config.kioskTokenHashes.insert(QStringLiteral("hal"), sha256(HallKiosk));
        config.kioskTokenHashes.insert(QStringLiteral("balie"), sha256(DeskKiosk));
        m_database = std::make_unique<Database>(config.database);
        QVERIFY(m_database->migrate());
        m_server = std::make_unique<EndpointServer>(config, *m_database,
            [this] { return QDateTime::fromMSecsSinceEpoch(m_nowMs.load(), Qt::UTC); });
        m_serving = std::thread([this] { m_server->listen(); });
        QLoggingCategory::setFilterRules(QStringLiteral("mapje.endpoint.requests.info=true"));
        s_log.clear();
        qInstallMessageHandler(keepLog);
        QTRY_VERIFY_WITH_TIMEOUT(
            call("GET", "/overdrachten/AAAAAAAA", HallKiosk).status == 404, 10000);
    }

    void cleanup()
    {
        qInstallMessageHandler(nullptr);
        m_server->stop();
        m_serving.join();
        m_server.reset();
    }

    void onlyKioskTokensOpenAMailbox()
    {
        QCOMPARE(call("POST", "/overdrachten", {}, newKey(), createBody('\x01')).status, 401);
        QCOMPARE(call("POST", "/overdrachten", Staff, newKey(), createBody('\x01')).status, 401);
        QCOMPARE(
            call("POST", "/overdrachten", "zuil-bestaat-niet", newKey(), createBody('\x01')).status,
            401);
        // A device's pairing token is no kiosk token either.
        const Reply code
            = call("POST", "/koppelcodes", Staff, newKey(), "{\"versie\":1,\"label\":\"t\"}");
        QCOMPARE(code.status, 201);
        const Reply pairing = call("POST", "/koppelingen", {}, newKey(),
            "{\"versie\":1,\"code\":\""
                + code.json().value(QStringLiteral("code")).toString().toUtf8() + "\"}");
        QCOMPARE(pairing.status, 201);
        const QByteArray deviceToken
            = pairing.json().value(QStringLiteral("apparaattoken")).toString().toUtf8();
        QCOMPARE(
            call("POST", "/overdrachten", deviceToken, newKey(), createBody('\x01')).status, 401);
        // And a kiosk token is no staff token.
        QCOMPARE(call("POST", "/koppelcodes", HallKiosk, newKey(), "{\"versie\":1,\"label\":\"t\"}")
                     .status,
            401);

        const Reply made = call("POST", "/overdrachten", HallKiosk, newKey(), createBody('\x01'));
        QCOMPARE(made.status, 201);
        const auto decoded = mapje::protocol::decodeNewHandoff(made.body);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().expiresAt,
            QDateTime::fromMSecsSinceEpoch(m_nowMs.load(), Qt::UTC).addSecs(300));
        // Only an HMAC of the code is kept, under the server secret.
        QCOMPARE(rows(), 1);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT code_hash FROM overdrachten")) && query.next());
        const QByteArray shown = decoded.value().code.toLatin1().replace('-', QByteArray());
        QCOMPARE(query.value(0).toString().toLatin1(),
            QMessageAuthenticationCode::hash(
                "overdrachtcode:" + shown, m_secret, QCryptographicHash::Sha256)
                .toHex());
    }

    void aRepeatShowsTheSameCodeAndOtherBodiesAreRefused()
    {
        const QString key = newKey();
        const Reply first = call("POST", "/overdrachten", HallKiosk, key, createBody('\x01'));
        const Reply again = call("POST", "/overdrachten", HallKiosk, key, createBody('\x01'));
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 201);
        QCOMPARE(
            again.json().value(QStringLiteral("code")), first.json().value(QStringLiteral("code")));
        QCOMPARE(rows(), 1);
        QCOMPARE(call("POST", "/overdrachten", HallKiosk, key, createBody('\x02')).status, 422);
        QCOMPARE(call("POST", "/overdrachten", HallKiosk, {}, createBody('\x01')).status, 400);
        const Reply strict = call("POST", "/overdrachten", HallKiosk, newKey(),
            "{\"versie\":1,\"zuilSleutel\":\"" + keyText('\x01') + "\",\"naam\":\"hal\"}");
        QCOMPARE(strict.status, 400);
        QCOMPARE(call("POST", "/overdrachten", HallKiosk, newKey(),
                     "{\"versie\":1,\"zuilSleutel\":\"AAAA\"}")
                     .status,
            400);
    }

    void oneMailboxOnePhoneOneUploadOneFetch()
    {
        const QString code = open();
        QVERIFY(!code.isEmpty());
        Reply state = call("GET", at(code), HallKiosk);
        QCOMPARE(state.status, 200);
        QCOMPARE(state.json().value(QStringLiteral("status")).toString(),
            QStringLiteral("wacht-op-telefoon"));
        QVERIFY(!state.json().contains(QStringLiteral("telefoonSleutel")));
        // Before a phone: nothing to upload to.
        QCOMPARE(call("PUT", at(code, "/inhoud"), HallKiosk, newKey(), contentBody("x")).problem(),
            QStringLiteral("nog-geen-telefoon"));

        // The phone sends the code in small letters; a repeat gets the same token.
        const QString claimKey = newKey();
        const Reply claimed
            = call("POST", at(code.toLower(), "/telefoon"), {}, claimKey, claimBody('\x07'));
        QCOMPARE(claimed.status, 200);
        QCOMPARE(claimed.json().value(QStringLiteral("zuilSleutel")).toString().toLatin1(),
            keyText('\x01'));
        const QByteArray phoneToken
            = claimed.json().value(QStringLiteral("telefoonToken")).toString().toUtf8();
        QVERIFY(phoneToken.size() >= 32);
        const Reply repeated
            = call("POST", at(code.toLower(), "/telefoon"), {}, claimKey, claimBody('\x07'));
        QCOMPARE(repeated.status, 200);
        QCOMPARE(
            repeated.json().value(QStringLiteral("telefoonToken")).toString().toUtf8(), phoneToken);
        // A second phone is refused, whatever key it sends.
        const Reply second = call("POST", at(code, "/telefoon"), {}, newKey(), claimBody('\x08'));
        QCOMPARE(second.status, 409);
        QCOMPARE(second.problem(), QStringLiteral("overdracht-bezet"));

        state = call("GET", at(code), HallKiosk);
        QCOMPARE(state.json().value(QStringLiteral("status")).toString(),
            QStringLiteral("telefoon-gekoppeld"));
        QCOMPARE(state.json().value(QStringLiteral("telefoonSleutel")).toString().toLatin1(),
            keyText('\x07'));

        // The phone asks too early: wait and ask again.
        const Reply early = call("GET", at(code, "/inhoud"), phoneToken);
        QCOMPARE(early.status, 409);
        QCOMPARE(early.problem(), QStringLiteral("nog-niet-verstuurd"));
        QCOMPARE(early.retryAfter, std::string("2"));

        const QByteArray ciphertext("verzegeld, alleen voor deze telefoon");
        const QString uploadKey = newKey();
        QCOMPARE(
            call("PUT", at(code, "/inhoud"), HallKiosk, uploadKey, contentBody(ciphertext)).status,
            204);
        QCOMPARE(
            call("PUT", at(code, "/inhoud"), HallKiosk, uploadKey, contentBody(ciphertext)).status,
            204);
        const Reply replay
            = call("PUT", at(code, "/inhoud"), HallKiosk, newKey(), contentBody(ciphertext));
        QCOMPARE(replay.status, 409);
        QCOMPARE(replay.problem(), QStringLiteral("al-verstuurd"));
        state = call("GET", at(code), HallKiosk);
        QCOMPARE(
            state.json().value(QStringLiteral("status")).toString(), QStringLiteral("verstuurd"));

        // Not this phone's token: as if there were nothing, and nothing is lost by it.
        QCOMPARE(
            call("GET", at(code, "/inhoud"), "een-ander-token-van-niemand-00000000").status, 404);
        QCOMPARE(call("GET", at(code, "/inhoud"), HallKiosk).status, 404);
        QCOMPARE(call("GET", at(code, "/inhoud")).status, 404);
        const Reply fetched = call("GET", at(code, "/inhoud"), phoneToken);
        QCOMPARE(fetched.status, 200);
        const auto content = mapje::protocol::decodeHandoffContent(fetched.body);
        QVERIFY(content.ok());
        QCOMPARE(content.value().ciphertext, ciphertext);
        QCOMPARE(content.value().header, QByteArray(24, '\x05'));
        // Fetched is deleted, in the same transaction.
        QCOMPARE(rows(), 0);
        QCOMPARE(call("GET", at(code, "/inhoud"), phoneToken).status, 404);
        QCOMPARE(call("GET", at(code), HallKiosk).status, 404);
        QCOMPARE(call("POST", at(code, "/telefoon"), {}, newKey(), claimBody('\x09')).status, 404);
    }

    void anotherKioskSeesNothing()
    {
        const QString code = open();
        QCOMPARE(call("GET", at(code), DeskKiosk).status, 404);
        QCOMPARE(call("DELETE", at(code), DeskKiosk, newKey()).status, 404);
        QCOMPARE(call("GET", at(code), Staff).status, 401);
        QVERIFY(call("POST", at(code, "/telefoon"), {}, newKey(), claimBody('\x07')).status == 200);
        QCOMPARE(
            call("PUT", at(code, "/inhoud"), DeskKiosk, newKey(), contentBody("x")).status, 404);
        // Untouched by all that: still the hall kiosk's, waiting for its upload.
        QCOMPARE(call("GET", at(code), HallKiosk).json().value(QStringLiteral("status")).toString(),
            QStringLiteral("telefoon-gekoppeld"));
        QCOMPARE(call("DELETE", at(code), HallKiosk, newKey()).status, 204);
        QCOMPARE(rows(), 0);
        QCOMPARE(call("GET", at(code), HallKiosk).status, 404);
    }

    void bodiesAreLimited()
    {
        const QString code = open();
        QVERIFY(call("POST", at(code, "/telefoon"), {}, newKey(), claimBody('\x07')).status == 200);
        const Reply large = call("PUT", at(code, "/inhoud"), HallKiosk, newKey(),
            contentBody(QByteArray(200 * 1024, '\x01')));
        QCOMPARE(large.status, 413);
        QCOMPARE(call("GET", at(code), HallKiosk).json().value(QStringLiteral("status")).toString(),
            QStringLiteral("telefoon-gekoppeld"));
        QCOMPARE(call("PUT", at(code, "/inhoud"), HallKiosk, newKey(),
                     contentBody(QByteArray(150 * 1024, '\x01')))
                     .status,
            204);
    }

    void expiredMailboxesAreGoneEverywhere()
    {
        const QString waiting = open(HallKiosk, '\x01');
        const QString sent = open(HallKiosk, '\x02');
        const Reply claimed = call("POST", at(sent, "/telefoon"), {}, newKey(), claimBody('\x07'));
        const QByteArray token
            = claimed.json().value(QStringLiteral("telefoonToken")).toString().toUtf8();
        QCOMPARE(
            call("PUT", at(sent, "/inhoud"), HallKiosk, newKey(), contentBody("geheim")).status,
            204);
        advance(299);
        QCOMPARE(call("GET", at(waiting), HallKiosk).status, 200);
        QCOMPARE(rows(), 2);
        advance(1);
        // Five minutes after it was made: 404 for everyone, the same answer as an unknown code,
        // and the rows (the ciphertext with them) deleted.
        const Reply unknown = call(
            "POST", at(QStringLiteral("AAAA-AAAA"), "/telefoon"), {}, newKey(), claimBody('\x07'));
        const Reply expired
            = call("POST", at(waiting, "/telefoon"), {}, newKey(), claimBody('\x07'));
        QCOMPARE(expired.status, 404);
        QCOMPARE(expired.body, unknown.body);
        QCOMPARE(rows(), 0);
        QCOMPARE(call("GET", at(waiting), HallKiosk).status, 404);
        QCOMPARE(call("GET", at(sent, "/inhoud"), token).status, 404);
        QCOMPARE(
            call("PUT", at(sent, "/inhoud"), HallKiosk, newKey(), contentBody("x")).status, 404);
        QCOMPARE(call("DELETE", at(sent), HallKiosk, newKey()).status, 404);
    }

    void wrongCodesAreLockedPerAddress()
    {
        const QString code = open();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(call("POST", at(QStringLiteral("AAAA-AAAA"), "/telefoon"), {}, newKey(),
                         claimBody('\x07'))
                         .status,
                404);
        // The sixth try is refused before the code is looked at, even the right code.
        const Reply locked = call("POST", at(code, "/telefoon"), {}, newKey(), claimBody('\x07'));
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.problem(), QStringLiteral("te-veel-codes"));
        QCOMPARE(locked.retryAfter, std::string("900"));
        // Wrong pairing codes and wrong hand-off codes count together.
        QCOMPARE(call("POST", "/koppelingen", {}, newKey(), "{\"versie\":1,\"code\":\"AAAA-AAAA\"}")
                     .status,
            429);
        advance(4 * 60); // the mailbox still lives; the lock is over after a quarter of an hour
        QCOMPARE(call("POST", at(code, "/telefoon"), {}, newKey(), claimBody('\x07')).status, 429);
        advance(11 * 60 + 1);
        QCOMPARE(
            call("POST", at(open(), "/telefoon"), {}, newKey(), claimBody('\x07')).status, 200);
    }

    void theLogHasNoCode()
    {
        const QString code = open();
        QCOMPARE(call("POST", at(code, "/telefoon"), {}, newKey(), claimBody('\x07')).status, 200);
        QCOMPARE(call("GET", at(code), HallKiosk).status, 200);
        QTest::qWait(100); // the log line is written after the answer left
        const QMutexLocker lock(&s_logMutex);
        const QString logged = s_log.join(QLatin1Char('\n'));
        QVERIFY2(
            logged.contains(QStringLiteral("/v1/overdrachten/…/telefoon")), qPrintable(logged));
        QVERIFY(!logged.contains(code, Qt::CaseInsensitive));
        QVERIFY(!logged.contains(QString(code).remove(QLatin1Char('-')), Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestHandoffRoutes)
#include "tst_handoffroutes.moc"
