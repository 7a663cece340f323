#include "endpointfixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <signal.h>
#include <sys/prctl.h>

namespace {

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// Polls until ready() or the time is up; the fixture never waits without end.
bool waitUntil(const std::function<bool()> &ready, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        if (ready())
            return true;
        QEventLoop loop;
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

// A test that dies (a crash, kill -9) leaves no endpoint behind holding a port and its output.
void stopsWithUs(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace

EndpointFixture::EndpointFixture()
    : m_staffToken("medewerker-" + QUuid::createUuid().toByteArray(QUuid::Id128))
{
}

EndpointFixture::~EndpointFixture()
{
    stop();
}

bool EndpointFixture::start(QString *why)
{
    QFile secret(m_folder.filePath(QStringLiteral("secret")));
    if (!secret.open(QIODevice::WriteOnly)) {
        *why = QStringLiteral("no temporary folder");
        return false;
    }
    secret.write(QUuid::createUuid().toByteArray() + QUuid::createUuid().toByteArray());
    secret.close();
    m_port = freePort();
    QFile ini(m_folder.filePath(QStringLiteral("endpoint.ini")));
    if (!ini.open(QIODevice::WriteOnly)) {
        *why = QStringLiteral("cannot write the endpoint's config");
        return false;
    }
    ini.write(QStringLiteral(
        "[server]\nadres=127.0.0.1\npoort=%1\n[gemeente]\nnaam=Gemeente Voorbeeld\n"
        "[database]\nsoort=sqlite\npad=%2\n[geheimen]\nservergeheim=%3\n[medewerkers]\njoris=%4\n")
                  .arg(m_port)
                  .arg(m_folder.filePath(QStringLiteral("endpoint.sqlite")), secret.fileName(),
                      QString::fromLatin1(
                          QCryptographicHash::hash(m_staffToken, QCryptographicHash::Sha256)
                              .toHex()))
                  .toUtf8());
    if (!m_extraConfig.isEmpty())
        ini.write("\n" + m_extraConfig + "\n");
    ini.close();
    m_endpoint.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    stopsWithUs(m_endpoint);
    m_endpoint.start(QStringLiteral(MAPJE_ENDPOINT_PATH),
        {QStringLiteral("serve"), QStringLiteral("--config"), ini.fileName()});
    if (!m_endpoint.waitForStarted(10000)) {
        *why = QStringLiteral("mapje-endpoint did not start");
        return false;
    }
    if (!waitUntil([this] { return staff("GET", QStringLiteral("/openapi.json")).status == 200; },
            15000)) {
        *why = QStringLiteral("mapje-endpoint did not answer");
        return false;
    }
    return true;
}

bool EndpointFixture::startValidator(
    const QString &prismPath, const QString &specPath, QString *why)
{
    if (!QFile::exists(prismPath)) {
        *why = QStringLiteral("Prism is not installed: run scripts/npm-tools.sh");
        return false;
    }
    m_prismPort = freePort();
    m_prism.setProcessChannelMode(QProcess::MergedChannels);
    m_prism.setStandardOutputFile(m_folder.filePath(QStringLiteral("prism.log")));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    environment.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));
    m_prism.setProcessEnvironment(environment);
    stopsWithUs(m_prism);
    m_prism.start(prismPath,
        {QStringLiteral("proxy"), specPath, directBase().toString(), QStringLiteral("--errors"),
            QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QString::number(m_prismPort)});
    if (!m_prism.waitForStarted(10000)) {
        *why = QStringLiteral("Prism did not start");
        return false;
    }
    QNetworkAccessManager probe;
    const bool up = waitUntil(
        [&] {
            QNetworkReply *reply = probe.get(
                QNetworkRequest(QUrl(appBase().toString() + QStringLiteral("/openapi.json"))));
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        },
        60000);
    if (!up)
        *why = QStringLiteral("Prism did not answer within a minute");
    return up;
}

void EndpointFixture::stop()
{
    for (QProcess *process : {&m_prism, &m_endpoint}) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(10000))
            process->kill();
        process->waitForFinished(5000);
    }
}

QUrl EndpointFixture::appBase() const
{
    // Prism serves the spec's paths without the /v1 of the server it forwards to.
    return m_prismPort ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_prismPort))
                       : directBase();
}

QUrl EndpointFixture::directBase() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

EndpointFixture::Answer EndpointFixture::staff(
    const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(directBase().toString() + path));
    request.setRawHeader("Authorization", "Bearer " + m_staffToken);
    if (method != "GET")
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::Id128));
    if (!body.isEmpty())
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

QString EndpointFixture::issueCode()
{
    const Answer answer
        = staff("POST", QStringLiteral("/koppelcodes"), R"({"versie":1,"label":"test"})");
    return QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("code")).toString();
}

QString EndpointFixture::proposeAppointment(const QString &pairingId, const QDateTime &begin,
    const QString &where, const QString &withWhom, const QString &subject)
{
    QJsonObject proposal {{QStringLiteral("versie"), 1},
        {QStringLiteral("begin"), begin.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("waar"), where}, {QStringLiteral("metWie"), withWhom}};
    if (!subject.isEmpty())
        proposal.insert(QStringLiteral("onderwerp"), subject);
    const Answer answer = staff("POST", QStringLiteral("/koppelingen/%1/afspraken").arg(pairingId),
        QJsonDocument(proposal).toJson(QJsonDocument::Compact));
    return QJsonDocument::fromJson(answer.body)
        .object()
        .value(QStringLiteral("afspraakId"))
        .toString();
}

QString EndpointFixture::proposeMoment(const QString &pairingId, const QDateTime &at)
{
    const QJsonObject proposal {{QStringLiteral("versie"), 1},
        {QStringLiteral("momentOp"), at.toUTC().toString(Qt::ISODate)}};
    const Answer answer = staff("POST", QStringLiteral("/koppelingen/%1/momenten").arg(pairingId),
        QJsonDocument(proposal).toJson(QJsonDocument::Compact));
    return QJsonDocument::fromJson(answer.body)
        .object()
        .value(QStringLiteral("momentId"))
        .toString();
}

QJsonArray EndpointFixture::allPages(const QString &path, const QString &listName)
{
    QJsonArray all;
    QString cursor;
    for (int page = 0; page < 1000; ++page) { // bounded: a page holds at least one item
        const QString query = cursor.isEmpty() ? QString() : QStringLiteral("?sinds=") + cursor;
        const Answer answer = staff("GET", path + query);
        const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
        const QJsonArray items = object.value(listName).toArray();
        for (const QJsonValue &item : items)
            all.append(item);
        cursor = object.value(QStringLiteral("cursor")).toString();
        if (!object.value(QStringLiteral("meer")).toBool() || items.isEmpty())
            break;
    }
    return all;
}

QJsonArray EndpointFixture::sharesOf(const QString &pairingId)
{
    return allPages(
        QStringLiteral("/koppelingen/%1/deelnames").arg(pairingId), QStringLiteral("deelnames"));
}

QJsonArray EndpointFixture::requestsOf(const QString &pairingId)
{
    return allPages(
        QStringLiteral("/koppelingen/%1/verzoeken").arg(pairingId), QStringLiteral("verzoeken"));
}

int EndpointFixture::pairingStatus(const QString &pairingId)
{
    return staff("GET", QStringLiteral("/koppelingen/%1").arg(pairingId)).status;
}

QStringList EndpointFixture::validatorViolations() const
{
    QFile log(m_folder.filePath(QStringLiteral("prism.log")));
    QStringList found;
    if (!log.open(QIODevice::ReadOnly))
        return found;
    for (const QByteArray &line : log.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.contains(QLatin1String("violation"), Qt::CaseInsensitive)
            && text.contains(QLatin1String("error"), Qt::CaseInsensitive))
            found.append(text);
    }
    return found;
}
