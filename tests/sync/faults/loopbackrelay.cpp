#include "loopbackrelay.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

/** Lives in the relay's thread: the listening socket and every pair of connections. */
class RelayWorker : public QObject {
public:
    RelayWorker(LoopbackRelay &relay, quint16 upstreamPort)
        : m_relay(relay), m_upstreamPort(upstreamPort)
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection())
                relay(client);
        });
        return m_server->serverPort();
    }

private:
    // One client connection and its upstream one; both sockets are children of the client.
    struct Pipe {
        QByteArray waiting; // from the client, before the upstream connected
        QByteArray tail; // the last bytes of the answers, for a status line split in two reads
        bool connected = false;
        bool awaiting = false; // the client sent bytes that have no answer yet
    };

    void relay(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        auto pipe = std::make_shared<Pipe>();
        {
            QMutexLocker lock(&m_relay.m_mutex);
            ++m_relay.m_stats.connections;
        }
        m_next = m_next >= 254 ? 2 : m_next + 1;
        upstream->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(m_next)), 0);
        connect(upstream, &QTcpSocket::connected, client, [upstream, pipe] {
            pipe->connected = true;
            upstream->write(pipe->waiting);
            pipe->waiting.clear();
        });
        connect(client, &QTcpSocket::readyRead, client, [client, upstream, pipe] {
            const QByteArray data = client->readAll();
            pipe->awaiting = true;
            if (pipe->connected)
                upstream->write(data);
            else
                pipe->waiting += data;
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, pipe] {
            const QByteArray data = upstream->readAll();
            pipe->awaiting = false;
            count(pipe->tail + data, pipe->tail.size());
            pipe->tail = (pipe->tail + data).right(16);
            client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, client, [this, client, upstream, pipe] {
            if (pipe->awaiting) {
                QMutexLocker lock(&m_relay.m_mutex);
                ++m_relay.m_stats.cutAwaitingAnswer;
            }
            upstream->abort();
            client->deleteLater();
        });
        // The endpoint closed: what it sent goes first, then the client's side closes too.
        connect(upstream, &QTcpSocket::disconnected, client,
            [client] { client->disconnectFromHost(); });
        connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
            if (upstream->state() == QAbstractSocket::UnconnectedState)
                client->disconnectFromHost();
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }

    // Counts the status lines in answers that end after the first `counted` bytes (those were
    // counted with the previous read).
    void count(const QByteArray &answers, qsizetype counted)
    {
        static const QRegularExpression statusLine(QStringLiteral("HTTP/1\\.1 ([1-5][0-9][0-9]) "));
        QMutexLocker lock(&m_relay.m_mutex);
        auto match = statusLine.globalMatch(QString::fromLatin1(answers));
        while (match.hasNext()) {
            const auto found = match.next();
            if (found.capturedEnd() > counted)
                ++m_relay.m_stats.statuses[found.captured(1).toInt()];
        }
    }

    LoopbackRelay &m_relay;
    quint16 m_upstreamPort;
    QTcpServer *m_server = nullptr;
    int m_next = 1;
};

LoopbackRelay::LoopbackRelay(quint16 upstreamPort)
{
    m_worker = new RelayWorker(*this, upstreamPort);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

LoopbackRelay::~LoopbackRelay()
{
    m_thread.quit();
    m_thread.wait();
}

QUrl LoopbackRelay::base() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

LoopbackRelay::Stats LoopbackRelay::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}
