#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

/**
 * The real mapje-endpoint on 127.0.0.1 (SQLite in a temporary folder) for the app's sync tests,
 * optionally behind Prism in proxy mode, which answers any request or response that does not
 * match docs/api/openapi.yaml with an error and logs it. Staff calls (a code, a proposal, what the
 * endpoint keeps) go straight to the endpoint, as a klantmanager's page would.
 */
class EndpointFixture {
public:
    EndpointFixture();
    ~EndpointFixture();

    /** Lines added at the end of the endpoint's INI before start(), in sections of their own
     * (docs/endpoint.md), e.g. "[grenzen]\nverzoekenPerMinuut=100000000\n"; none by default. */
    void setExtraConfig(const QByteArray &iniLines) { m_extraConfig = iniLines; }
    /** Starts the endpoint; false (and why) when it did not answer in time. */
    bool start(QString *why);
    /** Starts Prism in front of it; false when npm tools or Prism are not there. */
    bool startValidator(const QString &prismPath, const QString &specPath, QString *why);
    void stop();

    /** Where the app talks to: through Prism when it runs, straight to the endpoint otherwise. */
    [[nodiscard]] QUrl appBase() const;
    [[nodiscard]] QUrl directBase() const;
    [[nodiscard]] int endpointPort() const { return m_port; }

    /** A klantmanager's pairing code, as she would read it out. */
    [[nodiscard]] QString issueCode();
    /** The municipality proposes an appointment or an agreed moment; its id, or "". */
    [[nodiscard]] QString proposeAppointment(const QString &pairingId, const QDateTime &begin,
        const QString &where, const QString &withWhom, const QString &subject);
    [[nodiscard]] QString proposeMoment(const QString &pairingId, const QDateTime &at);
    /** What the endpoint keeps for a pairing: BewaardeDeelname objects; requests (Verzoek). */
    [[nodiscard]] QJsonArray sharesOf(const QString &pairingId);
    [[nodiscard]] QJsonArray requestsOf(const QString &pairingId);
    /** The HTTP status of a staff GET of the pairing (404 once it ended). */
    [[nodiscard]] int pairingStatus(const QString &pairingId);
    /** Lines where Prism reported a request or a response that breaks the spec. */
    [[nodiscard]] QStringList validatorViolations() const;

    /** One staff request, waited for (at most 15 s); status 0 without an answer. */
    struct Answer {
        int status = 0;
        QByteArray body;
    };
    Answer staff(const QByteArray &method, const QString &path, const QByteArray &body = {});

private:
    [[nodiscard]] QJsonArray allPages(const QString &path, const QString &listName);

    QTemporaryDir m_folder;
    QProcess m_endpoint;
    QProcess m_prism;
    QNetworkAccessManager m_network;
    QByteArray m_staffToken;
    QByteArray m_extraConfig;
    int m_port = 0;
    int m_prismPort = 0;
};
