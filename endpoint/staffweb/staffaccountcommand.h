#pragma once

#include <QStringList>

namespace mapje::endpoint {

/**
 * `mapje-endpoint medewerker toevoegen|wachtwoord|verwijderen NAAM --config FILE`: the staff
 * page's accounts, on the server itself. The password comes from standard input (typed without
 * echo at a terminal, or one line from a pipe for scripts and tests), never from the command
 * line. A new password ends every session of that name. Returns the exit code; prints in Dutch.
 */
[[nodiscard]] int runStaffAccountCommand(const QStringList &arguments);

} // namespace mapje::endpoint
