#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

/**
 * tests/sync/faultproxy/faultproxy.py as a process of the test, between the app's client and an
 * upstream on loopback; its faults set through its control port (README.md beside the script).
 */
class FaultProxyProcess {
public:
    FaultProxyProcess() = default;
    ~FaultProxyProcess() { stop(); }
    FaultProxyProcess(const FaultProxyProcess &) = delete;
    FaultProxyProcess &operator=(const FaultProxyProcess &) = delete;

    /** Starts it in front of http://127.0.0.1:upstreamPort; false and why when it did not. */
    bool start(const QString &python, const QString &script, quint16 upstreamPort, QString *why);
    void stop();

    /** http://127.0.0.1:port/v1: plain, where the modes apply. */
    [[nodiscard]] QUrl base() const;
    /** https://127.0.0.1:tlsPort/v1: TLS with a self-signed certificate. */
    [[nodiscard]] QUrl tlsBase() const;

    /** POST /mode: mode and its options (count, retryAfter, delay); in force when it returns. */
    bool setMode(const QString &mode, QJsonObject options = {});
    /** POST /reset: pass, counts to 0; the request lines logged so far are forgotten. */
    bool reset();
    /** GET /stats; empty when the proxy did not answer. */
    [[nodiscard]] QJsonObject stats();
    /** Requests on the plain port since the last reset, as it counts them. */
    [[nodiscard]] int requests() { return stats().value(QStringLiteral("requests")).toInt(); }
    /**
     * One line per request on the plain port since the last reset ("PUT /v1/deelnames/… mode=…
     * status=…"); waits (at most 5 s) until every request it counted has its line.
     */
    [[nodiscard]] QStringList requestLines();

private:
    QJsonObject control(const QByteArray &method, const QString &path, const QByteArray &body);

    QTemporaryDir m_folder;
    QProcess m_process;
    QNetworkAccessManager m_network;
    int m_port = 0;
    int m_controlPort = 0;
    int m_tlsPort = 0;
    qint64 m_logFrom = 0; // where the log of the requests since the last reset starts
};
