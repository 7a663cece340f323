#pragma once

#include "storage/sqliteresult.h"
#include "storage/sync/consentlogentry.h"

#include <QList>
#include <QString>

namespace mapje {

class SqliteDatabase;

/** The consent log's lines as rows of consent_log; all SQL about the log lives here. */
class ConsentLogRows {
public:
    using Record = ConsentLogEntry;

    [[nodiscard]] static QString idOf(const ConsentLogEntry &entry) { return entry.id; }
    /** Oldest first: when, then id. */
    [[nodiscard]] static bool before(const ConsentLogEntry &a, const ConsentLogEntry &b);
    /** Writes the line; call inside a transaction. */
    [[nodiscard]] static SqliteResult write(SqliteDatabase &db, const ConsentLogEntry &entry);
    [[nodiscard]] static SqliteResult remove(SqliteDatabase &db, const QString &id);
    /**
     * Every stored line (onlyId empty) or one, in one query; lines this version cannot read (an
     * unknown kind or channel) are skipped, never guessed.
     */
    [[nodiscard]] static SqliteResult read(
        const SqliteDatabase &db, const QString &onlyId, QList<ConsentLogEntry> *entries);
};

} // namespace mapje
