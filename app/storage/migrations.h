#pragma once

#include "storage/sqliteresult.h"

#include <QList>
#include <QString>

namespace mapje {

class SqliteDatabase;

/** The schema's history: ordered SQL steps keyed on PRAGMA user_version, each in its own
 * transaction. */
class Migrations {
public:
    /** The schema version this app writes; a database above it is refused (TooNew). */
    [[nodiscard]] static int latestVersion();
    /** Brings db from its user_version up to latestVersion(); stops at the first failing step. */
    [[nodiscard]] static SqliteResult migrate(SqliteDatabase &db);
    [[nodiscard]] static SqliteResult currentVersion(const SqliteDatabase &db, int *version);

private:
    /** Step i (0-based) moves the schema from version i to version i + 1. */
    [[nodiscard]] static const QList<QString> &steps();
};

} // namespace mapje
