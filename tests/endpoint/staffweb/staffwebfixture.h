#pragma once

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <atomic>
#include <httplib.h>
#include <memory>
#include <thread>

#include "http/endpointserver.h"
#include "staffweb/passwordhash.h"
#include "staffweb/staffaccountstore.h"
#include "sync/protocol/messages.h"

namespace staffweb {

using namespace mapje::endpoint;

inline QString sha256(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

inline QString newKey()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

struct Reply {
    int status = 0;
    QString body;
    httplib::Headers headers;
    [[nodiscard]] std::string header(const char *name) const
    {
        const auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonDocument::fromJson(body.toUtf8()).object();
    }
    /** The csrf token of the page's forms. */
    [[nodiscard]] QString csrf() const
    {
        static const QRegularExpression field(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""));
        return field.match(body).captured(1);
    }
};

/** A staff member as the page knows them: a password, an API token, and once signed in the
 * session id the cookie carries. */
struct Member {
    QString name;
    QString password;
    QByteArray apiToken;
    QString session;
};

/**
 * The real EndpointServer on a free loopback port with a fresh SQLite database, a clock the test
 * moves, and two staff members (joris, anna) with a web account and an API token each.
 */
class Fixture {
public:
    Member joris {QStringLiteral("joris"), QStringLiteral("joris-wachtwoord-1"),
        "medewerker-joris-" + QUuid::createUuid().toByteArray(QUuid::Id128), {}};
    Member anna {QStringLiteral("anna"), QStringLiteral("anna-wachtwoord-22"),
        "medewerker-anna-" + QUuid::createUuid().toByteArray(QUuid::Id128), {}};
    std::atomic<qint64> nowMs {
        QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch()};
    int port = 0;

    void start()
    {
        EndpointConfig config;
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        config.port = port = probe.serverPort();
        probe.close();
        config.threads = 4;
        config.serverSecret = QUuid::createUuid().toByteArray() + QUuid::createUuid().toByteArray();
        config.requestsPerMinute = 100000;
        config.wrongCodesPerWindow = 100;
        // X-Real-IP names the client, as behind nginx: the test signs in from many addresses.
        config.trustedProxies = {QStringLiteral("127.0.0.1")};
        config.municipality = QStringLiteral("Gemeente Test");
        config.database.sqlitePath = m_folder.filePath(newKey() + QStringLiteral(".sqlite"));
        config.staffTokenHashes.insert(joris.name, sha256(joris.apiToken));
        config.staffTokenHashes.insert(anna.name, sha256(anna.apiToken));
        database = std::make_unique<Database>(config.database);
        QVERIFY(database->migrate());
        const StaffAccountStore accounts(*database);
        for (const Member *member : {&joris, &anna})
            QVERIFY(accounts.set(member->name, PasswordHash::make(member->password), now()));
        m_server = std::make_unique<EndpointServer>(config, *database, [this] { return now(); });
        m_serving = std::thread([this] { m_server->listen(); });
        QTRY_VERIFY_WITH_TIMEOUT(get("/medewerkers/aanmelden").status == 200, 10000);
    }

    void stop()
    {
        m_server->stop();
        m_serving.join();
        m_server.reset();
        database.reset();
    }

    [[nodiscard]] QDateTime now() const
    {
        return QDateTime::fromMSecsSinceEpoch(nowMs.load(), Qt::UTC);
    }
    void advance(qint64 seconds) { nowMs += seconds * 1000; }

    Reply send(const std::string &method, const std::string &path, const QString &session = {},
        const QByteArray &body = {}, httplib::Headers headers = {},
        const char *type = "application/x-www-form-urlencoded")
    {
        httplib::Client client("127.0.0.1", port);
        client.set_read_timeout(20, 0);
        httplib::Request request;
        request.method = method;
        request.path = path;
        request.headers = std::move(headers);
        if (!session.isEmpty())
            request.set_header("Cookie", "__Host-mapje-sessie=" + session.toStdString());
        if (method == "POST" || method == "PUT") {
            request.set_header("Content-Type", type);
            request.body = body.toStdString();
        }
        const auto result = client.send(request);
        if (!result)
            return {};
        return {result->status, QString::fromStdString(result->body), result->headers};
    }
    Reply get(const std::string &path, const QString &session = {})
    {
        return send("GET", path, session);
    }
    static QByteArray formBody(const QList<QPair<QString, QString>> &fields)
    {
        QByteArray body;
        for (const auto &[name, value] : fields) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        return body;
    }
    /** A form post, as a browser on this site sends it (from `address`, as nginx says). */
    Reply post(const std::string &path, const QString &session,
        const QList<QPair<QString, QString>> &fields, const std::string &address = "127.0.0.1")
    {
        return send("POST", path, session, formBody(fields),
            {{"Origin", "http://127.0.0.1:" + std::to_string(port)},
                {"Sec-Fetch-Site", "same-origin"}, {"X-Real-IP", address}});
    }
    /** The JSON API with a bearer token. */
    Reply api(const std::string &method, const std::string &path, const QByteArray &token,
        const QByteArray &body = {})
    {
        httplib::Headers headers {{"Idempotency-Key", newKey().toStdString()}};
        if (!token.isEmpty())
            headers.emplace("Authorization", "Bearer " + token.toStdString());
        return send(method, "/v1" + path, {}, body, headers, "application/json");
    }

    /** Signs in; the session id from Set-Cookie ("" when refused). */
    QString signIn(
        const QString &name, const QString &password, const std::string &address = "127.0.0.1")
    {
        const Reply reply = post("/medewerkers/aanmelden", {},
            {{QStringLiteral("naam"), name}, {QStringLiteral("wachtwoord"), password}}, address);
        static const QRegularExpression cookie(QStringLiteral("^__Host-mapje-sessie=([^;]+);"));
        return cookie.match(QString::fromStdString(reply.header("Set-Cookie"))).captured(1);
    }
    void signIn(Member &member) { member.session = signIn(member.name, member.password); }

    /** A citizen paired with this member through the API: {pairing id, device token}. */
    QPair<QString, QByteArray> pairCitizen(const Member &member, const QString &label)
    {
        const Reply code = api("POST", "/koppelcodes", member.apiToken,
            mapje::protocol::encode(mapje::protocol::PairingCodeRequest {label, 60}));
        const Reply pairing = api("POST", "/koppelingen", {},
            mapje::protocol::encode(mapje::protocol::PairingRequest {
                code.json().value(QStringLiteral("code")).toString()}));
        return {pairing.json().value(QStringLiteral("koppelingId")).toString(),
            pairing.json().value(QStringLiteral("apparaattoken")).toString().toUtf8()};
    }
    int share(const QByteArray &deviceToken, const QString &id, const mapje::protocol::Share &share)
    {
        return api(
            "PUT", "/deelnames/" + id.toStdString(), deviceToken, mapje::protocol::encode(share))
            .status;
    }

    int rows(const QString &table)
    {
        QSqlQuery query(database->connection());
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next()
            ? query.value(0).toInt()
            : -1;
    }

    std::unique_ptr<Database> database;

private:
    QTemporaryDir m_folder;
    std::unique_ptr<EndpointServer> m_server;
    std::thread m_serving;
};

} // namespace staffweb
