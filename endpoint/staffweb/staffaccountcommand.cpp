#include "staffweb/staffaccountcommand.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <termios.h>
#include <unistd.h>

#include "config/endpointconfig.h"
#include "staffweb/auditlog.h"
#include "staffweb/passwordhash.h"
#include "staffweb/sessionstore.h"
#include "staffweb/staffaccountstore.h"
#include "storage/database.h"

namespace mapje::endpoint {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// One line from standard input; at a terminal without echo, asked twice.
std::optional<QString> readPassword()
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    const auto readLine = [terminal](const char *prompt) -> std::optional<QString> {
        termios saved {};
        if (terminal) {
            std::fputs(prompt, stderr);
            tcgetattr(STDIN_FILENO, &saved);
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
        std::string line;
        const bool got = static_cast<bool>(std::getline(std::cin, line));
        if (terminal) {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved);
            std::fputs("\n", stderr);
        }
        if (!got && line.empty())
            return std::nullopt;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        return QString::fromStdString(line);
    };
    const auto first = readLine("Wachtwoord: ");
    if (!first || !terminal)
        return first;
    const auto again = readLine("Nog een keer: ");
    if (!again || *again != *first) {
        err() << "De twee wachtwoorden zijn niet hetzelfde. Er is niets veranderd.\n";
        return std::nullopt;
    }
    return first;
}

} // namespace

int runStaffAccountCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Accounts voor de medewerkerspagina.\n"
        "  medewerker toevoegen NAAM    nieuw account; het wachtwoord komt van stdin\n"
        "  medewerker wachtwoord NAAM   nieuw wachtwoord van stdin; meldt NAAM overal af\n"
        "  medewerker verwijderen NAAM  het account en zijn sessies\n"
        "NAAM is dezelfde naam als in [medewerkers] van het INI-bestand."));
    parser.addPositionalArgument(QStringLiteral("medewerker"), QStringLiteral("medewerker"));
    parser.addPositionalArgument(QStringLiteral("opdracht"), QStringLiteral("wat te doen"));
    parser.addPositionalArgument(QStringLiteral("naam"), QStringLiteral("de naam"));
    const QCommandLineOption configOption(QStringLiteral("config"),
        QStringLiteral("Het INI-bestand met de instellingen."), QStringLiteral("bestand"),
        QStringLiteral("/etc/mapje-endpoint/endpoint.ini"));
    parser.addOption(configOption);
    parser.addHelpOption();
    parser.process(arguments);

    const QString command = parser.positionalArguments().value(1);
    const QString name = parser.positionalArguments().value(2);
    if (command != QLatin1String("toevoegen") && command != QLatin1String("wachtwoord")
        && command != QLatin1String("verwijderen")) {
        err() << "Kies: toevoegen, wachtwoord of verwijderen. Zie mapje-endpoint medewerker "
                 "--help.\n";
        return 2;
    }
    if (!StaffAccountStore::validName(name)) {
        err() << "Een naam is 1 tot 64 letters, cijfers, punten, streepjes of liggende "
                 "streepjes.\n";
        return 2;
    }
    const EndpointConfig config = EndpointConfig::read(parser.value(configOption));
    if (!config.problems.isEmpty()) {
        for (const QString &problem : config.problems)
            err() << "Kan niet beginnen: " << problem << '\n';
        return 1;
    }
    const Database database(config.database);
    if (!database.migrate()) {
        err() << "De database is niet bij te werken.\n";
        return 1;
    }
    const StaffAccountStore accounts(database);
    const SessionStore sessions(database, {});
    const AuditLog audit(database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool exists = accounts.exists(name);

    if (command == QLatin1String("verwijderen")) {
        if (!exists) {
            err() << "Er is geen account " << name << ".\n";
            return 1;
        }
        sessions.removeAllOf(name);
        if (!accounts.remove(name)) {
            err() << "Het account is niet verwijderd. Probeer het opnieuw.\n";
            return 1;
        }
        audit.add(now, name, AuditLog::Action::AccountRemoved, AuditLog::Via::CommandLine);
        err() << "Het account " << name << " is verwijderd.\n";
        return 0;
    }
    if (command == QLatin1String("toevoegen") && exists) {
        err() << "Er is al een account " << name
              << ". Een nieuw wachtwoord geef je met: medewerker wachtwoord " << name << '\n';
        return 1;
    }
    if (command == QLatin1String("wachtwoord") && !exists) {
        err() << "Er is geen account " << name << ". Maak het met: medewerker toevoegen " << name
              << '\n';
        return 1;
    }
    const auto password = readPassword();
    if (!password || !PasswordHash::acceptable(*password)) {
        err() << "Een wachtwoord heeft minstens 12 tekens. Er is niets veranderd.\n";
        return 2;
    }
    const QByteArray hash = PasswordHash::make(*password);
    if (hash.isEmpty() || !accounts.set(name, hash, now)) {
        err() << "Het wachtwoord is niet bewaard. Probeer het opnieuw.\n";
        return 1;
    }
    // A new password: whoever was signed in with the old one is signed out.
    sessions.removeAllOf(name);
    audit.add(now, name, AuditLog::Action::AccountSet, AuditLog::Via::CommandLine);
    err() << (exists ? "Het nieuwe wachtwoord van " : "Het account ") << name
          << (exists ? " is bewaard. " : " is gemaakt. ")
          << "Aanmelden kan op /medewerkers/aanmelden.\n";
    return 0;
}

} // namespace mapje::endpoint
