#include "faultproxyprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace {

// Lets events run for milliseconds.
void pause(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

int portIn(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : 0;
}

QString logPath(const QTemporaryDir &folder)
{
    return folder.filePath(QStringLiteral("faultproxy.log"));
}

} // namespace

bool FaultProxyProcess::start(
    const QString &python, const QString &script, quint16 upstreamPort, QString *why)
{
    const QString portFile = m_folder.filePath(QStringLiteral("port"));
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(logPath(m_folder));
    m_process.start(python,
        {script, QStringLiteral("--upstream"),
            QStringLiteral("http://127.0.0.1:%1").arg(upstreamPort), QStringLiteral("--port-file"),
            portFile, QStringLiteral("--control-port-file"),
            m_folder.filePath(QStringLiteral("control")), QStringLiteral("--tls-port-file"),
            m_folder.filePath(QStringLiteral("tls")), QStringLiteral("--max-seconds"),
            QStringLiteral("600")});
    if (!m_process.waitForStarted(10000)) {
        *why = QStringLiteral("%1 did not start").arg(python);
        return false;
    }
    // The port file comes last: once it is there, all three listen.
    QElapsedTimer waited;
    waited.start();
    while (!QFileInfo::exists(portFile) && waited.elapsed() < 30000
        && m_process.state() == QProcess::Running)
        pause(50);
    m_port = portIn(portFile);
    m_controlPort = portIn(m_folder.filePath(QStringLiteral("control")));
    m_tlsPort = portIn(m_folder.filePath(QStringLiteral("tls")));
    if (!m_port || !m_controlPort || !m_tlsPort) {
        QFile log(logPath(m_folder));
        *why = QStringLiteral("faultproxy did not write its ports: ")
            + QString::fromUtf8(log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray());
        return false;
    }
    return true;
}

void FaultProxyProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: it closes its listeners and removes its files
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl FaultProxyProcess::base() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

QUrl FaultProxyProcess::tlsBase() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(m_tlsPort));
}

QJsonObject FaultProxyProcess::control(
    const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_controlPort).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool FaultProxyProcess::setMode(const QString &mode, QJsonObject options)
{
    options.insert(QStringLiteral("mode"), mode);
    return control("POST", QStringLiteral("/mode"),
               QJsonDocument(options).toJson(QJsonDocument::Compact))
               .value(QStringLiteral("mode"))
        == mode;
}

bool FaultProxyProcess::reset()
{
    m_logFrom = QFileInfo(logPath(m_folder)).size();
    return !control("POST", QStringLiteral("/reset"), {}).isEmpty();
}

QJsonObject FaultProxyProcess::stats()
{
    return control("GET", QStringLiteral("/stats"), {});
}

QStringList FaultProxyProcess::requestLines()
{
    // A request's line is written once its answer has gone, so it can come just after the answer.
    static const QRegularExpression request(
        QStringLiteral("^faultproxy: (GET|PUT|POST|DELETE|-) \\S+ mode="));
    const int counted = requests();
    QStringList lines;
    QElapsedTimer waited;
    waited.start();
    do {
        lines.clear();
        QFile log(logPath(m_folder));
        if (log.open(QIODevice::ReadOnly) && log.seek(m_logFrom)) {
            for (const QByteArray &line : log.readAll().split('\n')) {
                if (request.match(QString::fromUtf8(line)).hasMatch())
                    lines.append(QString::fromUtf8(line));
            }
        }
        if (lines.size() >= counted)
            break;
        pause(20);
    } while (waited.elapsed() < 5000);
    return lines;
}
