#include "admin/admincommand.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>
#include <QUuid>
#include <httplib.h>

#include "sync/protocol/messages.h"

namespace mapje::endpoint {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// A time as staff type it: with Z or an offset as given, without one in this machine's zone.
QDateTime timeFrom(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')))
        time = QDateTime(time.date(), time.time(), Qt::LocalTime);
    return time.toUTC();
}

struct Call {
    int status = 0;
    QJsonObject body;
};

class Backoffice {
public:
    Backoffice(const QUrl &url, QByteArray token) : m_url(url), m_token(std::move(token)) { }

    [[nodiscard]] std::optional<Call> send(
        const char *method, const QString &path, const QByteArray &body = {}) const
    {
        httplib::Client client(m_url.host().toStdString(), m_url.port(80));
        client.set_connection_timeout(5, 0);
        client.set_read_timeout(20, 0);
        httplib::Headers headers {{"Authorization", "Bearer " + m_token.toStdString()}};
        // One key per command: a retry of the same command would be a new change.
        headers.emplace(
            "Idempotency-Key", QUuid::createUuid().toString(QUuid::Id128).toStdString());
        const std::string target = "/v1" + path.toStdString();
        httplib::Result result = std::string(method) == "GET" ? client.Get(target, headers)
            : std::string(method) == "DELETE"
            ? client.Delete(target, headers)
            : client.Post(target, headers, body.toStdString(), "application/json");
        if (!result) {
            err() << "Het koppelpunt op " << m_url.toString() << " antwoordt niet.\n";
            return std::nullopt;
        }
        return Call {result->status,
            QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object()};
    }

private:
    QUrl m_url;
    QByteArray m_token;
};

int report(const std::optional<Call> &call, int expected)
{
    if (!call)
        return 1;
    if (call->status != expected) {
        err() << "Dat lukte niet (" << call->status
              << "): " << call->body.value(QStringLiteral("title")).toString() << ' '
              << call->body.value(QStringLiteral("detail")).toString() << '\n';
        return 1;
    }
    return 0;
}

QString pretty(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

} // namespace

int runAdminCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Beheer: koppelcode, koppelingen, deelnames, afspraak, moment, verzoeken, beeindig.\n"
        "Het medewerkerstoken staat in MAPJE_MEDEWERKERSTOKEN."));
    parser.addPositionalArgument(QStringLiteral("admin"), QStringLiteral("admin"));
    parser.addPositionalArgument(QStringLiteral("opdracht"), QStringLiteral("wat te doen"));
    const QCommandLineOption url(QStringLiteral("url"),
        QStringLiteral("Het adres van het koppelpunt."), QStringLiteral("url"),
        QStringLiteral("http://127.0.0.1:8080"));
    const QCommandLineOption label(QStringLiteral("label"),
        QStringLiteral("Kenmerk (geen BSN, geen naam nodig)."), QStringLiteral("tekst"));
    const QCommandLineOption minutes(QStringLiteral("minuten"),
        QStringLiteral("Hoe lang de code geldt."), QStringLiteral("n"), QStringLiteral("1440"));
    const QCommandLineOption pairing(QStringLiteral("koppeling"),
        QStringLiteral("De id van de koppeling."), QStringLiteral("id"));
    const QCommandLineOption begin(QStringLiteral("begin"),
        QStringLiteral("Begin, bv. 2026-12-14T09:30 (tijd hier) of met Z."),
        QStringLiteral("tijd"));
    const QCommandLineOption end(
        QStringLiteral("eind"), QStringLiteral("Eind."), QStringLiteral("tijd"));
    const QCommandLineOption at(
        QStringLiteral("op"), QStringLiteral("Het moment."), QStringLiteral("tijd"));
    const QCommandLineOption where(
        QStringLiteral("waar"), QStringLiteral("Waar."), QStringLiteral("tekst"));
    const QCommandLineOption with(
        QStringLiteral("met"), QStringLiteral("Met wie."), QStringLiteral("tekst"));
    const QCommandLineOption subject(
        QStringLiteral("onderwerp"), QStringLiteral("Waarover."), QStringLiteral("tekst"));
    const QCommandLineOption bring(QStringLiteral("meenemen"),
        QStringLiteral("Wat mee te nemen (meer keer)."), QStringLiteral("tekst"));
    parser.addOptions({url, label, minutes, pairing, begin, end, at, where, with, subject, bring});
    parser.addHelpOption();
    parser.process(arguments);

    const QByteArray token = qgetenv("MAPJE_MEDEWERKERSTOKEN");
    if (token.isEmpty()) {
        err() << "Zet eerst je medewerkerstoken in MAPJE_MEDEWERKERSTOKEN.\n";
        return 2;
    }
    const Backoffice office(QUrl(parser.value(url)), token);
    const QString command = parser.positionalArguments().value(1);
    const QString pairingId = parser.value(pairing);
    const auto needPairing = [&] {
        if (pairingId.isEmpty())
            err() << "Zeg welke koppeling: --koppeling ID\n";
        return !pairingId.isEmpty();
    };

    if (command == QLatin1String("koppelcode")) {
        const protocol::PairingCodeRequest request {
            parser.value(label), parser.value(minutes).toInt()};
        const auto call
            = office.send("POST", QStringLiteral("/koppelcodes"), protocol::encode(request));
        if (const int failed = report(call, 201))
            return failed;
        out() << "Code: " << call->body.value(QStringLiteral("code")).toString() << "\nGeldig tot "
              << call->body.value(QStringLiteral("verlooptOp")).toString()
              << " (UTC). Geef de code alleen aan deze inwoner.\n";
        return 0;
    }
    if (command == QLatin1String("koppelingen")) {
        const auto call = office.send("GET", QStringLiteral("/koppelingen"));
        if (const int failed = report(call, 200))
            return failed;
        for (const QJsonValue &item : call->body.value(QStringLiteral("koppelingen")).toArray())
            out() << item[QStringLiteral("koppelingId")].toString() << "  "
                  << item[QStringLiteral("gekoppeldOp")].toString() << "  "
                  << item[QStringLiteral("label")].toString() << '\n';
        return 0;
    }
    if (command == QLatin1String("deelnames") || command == QLatin1String("verzoeken")) {
        if (!needPairing())
            return 2;
        const auto call
            = office.send("GET", QStringLiteral("/koppelingen/%1/%2").arg(pairingId, command));
        if (const int failed = report(call, 200))
            return failed;
        out() << pretty(call->body);
        return 0;
    }
    if (command == QLatin1String("afspraak")) {
        if (!needPairing())
            return 2;
        protocol::Appointment appointment;
        appointment.begin = timeFrom(parser.value(begin));
        appointment.end = parser.isSet(end) ? timeFrom(parser.value(end)) : QDateTime();
        appointment.where = parser.value(where);
        appointment.withWhom = parser.value(with);
        appointment.subject = parser.value(subject);
        appointment.bring = parser.values(bring);
        const auto call
            = office.send("POST", QStringLiteral("/koppelingen/%1/afspraken").arg(pairingId),
                protocol::encode(appointment));
        if (const int failed = report(call, 201))
            return failed;
        out() << "Voorgesteld: afspraak "
              << call->body.value(QStringLiteral("afspraakId")).toString() << '\n';
        return 0;
    }
    if (command == QLatin1String("moment")) {
        if (!needPairing())
            return 2;
        const protocol::Moment moment {
            {}, timeFrom(parser.value(at)), parser.value(where), parser.value(with), {}};
        const auto call = office.send("POST",
            QStringLiteral("/koppelingen/%1/momenten").arg(pairingId), protocol::encode(moment));
        if (const int failed = report(call, 201))
            return failed;
        out() << "Voorgesteld: moment " << call->body.value(QStringLiteral("momentId")).toString()
              << '\n';
        return 0;
    }
    if (command == QLatin1String("beeindig")) {
        if (!needPairing())
            return 2;
        const auto call = office.send("DELETE", QStringLiteral("/koppelingen/%1").arg(pairingId));
        if (const int failed = report(call, 204))
            return failed;
        out() << "De koppeling is beëindigd. Alles wat deze inwoner deelde, is verwijderd.\n";
        return 0;
    }
    err() << "Onbekende opdracht. Kies: koppelcode, koppelingen, deelnames, afspraak, moment, "
             "verzoeken, beeindig.\n";
    return 2;
}

} // namespace mapje::endpoint
