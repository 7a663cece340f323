#pragma once

#include <QStringList>

namespace mapje::endpoint {

/**
 * `mapje-endpoint admin …`: the back-office API (docs/api/openapi.yaml, tag Beheer) from a
 * terminal, for a municipality without its own system yet. The staff token comes from the
 * environment (MAPJE_MEDEWERKERSTOKEN), never from the command line, where `ps` would show it.
 * Returns the process exit code; prints in plain Dutch.
 */
[[nodiscard]] int runAdminCommand(const QStringList &arguments);

} // namespace mapje::endpoint
