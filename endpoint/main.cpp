// mapje-endpoint: the municipality's side of Mapje's sync (docs/endpoint.md).
//   mapje-endpoint serve   --config FILE   serve HTTP until SIGINT or SIGTERM
//   mapje-endpoint migrate --config FILE   bring the database up to date and stop
//   mapje-endpoint admin COMMAND …         the back-office API from a terminal (staff token)
//   mapje-endpoint medewerker COMMAND NAME  the staff page's accounts (docs/staff-page.md)
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <csignal>
#include <cstdio>
#include <thread>

#include "admin/admincommand.h"
#include "config/endpointconfig.h"
#include "http/endpointserver.h"
#include "staffweb/staffaccountcommand.h"
#include "storage/database.h"

Q_LOGGING_CATEGORY(lcEndpoint, "mapje.endpoint")

int main(int argc, char *argv[])
{
    // SIGINT and SIGTERM are waited for, not handled: blocked here, before any thread starts.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mapje-endpoint"));
    if (QCoreApplication::arguments().value(1) == QLatin1String("admin"))
        return mapje::endpoint::runAdminCommand(QCoreApplication::arguments());
    if (QCoreApplication::arguments().value(1) == QLatin1String("medewerker"))
        return mapje::endpoint::runStaffAccountCommand(QCoreApplication::arguments());
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Het koppelpunt van de gemeente voor Mapje."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("opdracht"), QStringLiteral("serve of migrate"));
    const QCommandLineOption configOption(QStringLiteral("config"),
        QStringLiteral("Het INI-bestand met de instellingen."), QStringLiteral("bestand"),
        QStringLiteral("/etc/mapje-endpoint/endpoint.ini"));
    parser.addOption(configOption);
    parser.process(app);
    const QString command = parser.positionalArguments().value(0);
    if (command != QLatin1String("serve") && command != QLatin1String("migrate")) {
        std::fputs("Gebruik: mapje-endpoint serve|migrate --config BESTAND, of mapje-endpoint "
                   "admin --help, of mapje-endpoint medewerker --help\n",
            stderr);
        return 2;
    }

    const mapje::endpoint::EndpointConfig config
        = mapje::endpoint::EndpointConfig::read(parser.value(configOption));
    for (const QString &warning : config.warnings)
        qCWarning(lcEndpoint).noquote() << "instelling:" << warning;
    if (!config.problems.isEmpty()) {
        for (const QString &problem : config.problems)
            qCCritical(lcEndpoint).noquote() << "kan niet starten:" << problem;
        return 1;
    }
    const mapje::endpoint::Database database(config.database);
    if (!database.migrate()) {
        qCCritical(lcEndpoint) << "kan niet starten: de database is niet bij te werken";
        return 1;
    }
    if (command == QLatin1String("migrate"))
        return 0;

    mapje::endpoint::EndpointServer server(
        config, database, [] { return QDateTime::currentDateTimeUtc(); });
    bool listening = true;
    std::thread serving([&] { listening = server.listen(); });
    qCInfo(lcEndpoint).noquote() << "luistert op"
                                 << config.address + QLatin1Char(':')
            + QString::number(config.port);
    // Until a stop signal, or until the server could not bind and returned by itself.
    int signal = 0;
    timespec tick {0, 200 * 1000 * 1000};
    siginfo_t info;
    QElapsedTimer sinceTidy;
    sinceTidy.start();
    server.tidy();
    while (listening) {
        signal = sigtimedwait(&stopSignals, &info, &tick);
        if (signal > 0)
            break;
        // Every ten minutes, what is no longer needed goes (keys, expired codes, old tries).
        if (sinceTidy.hasExpired(10 * 60 * 1000)) {
            server.tidy();
            sinceTidy.restart();
        }
    }
    server.stop();
    serving.join();
    if (!listening) {
        qCCritical(lcEndpoint).noquote()
            << "kan niet luisteren op" << config.address << config.port;
        return 1;
    }
    return 0;
}
