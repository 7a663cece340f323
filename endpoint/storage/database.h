#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace mapje::endpoint {

/** Where the endpoint keeps its data: SQLite for one machine, PostgreSQL for a municipality. */
struct DatabaseSettings {
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString name;
    QString user;
    QString password;
};

/**
 * One Qt SQL connection per thread (Qt SQL connections belong to the thread that opened them),
 * opened on first use, and the migrations, the same for both databases. Nothing else is shared
 * between requests, so several endpoint instances can share one PostgreSQL.
 */
class Database {
public:
    explicit Database(DatabaseSettings settings);

    /** This thread's connection, open; an invalid one (and a log line) when it cannot open. */
    [[nodiscard]] QSqlDatabase connection() const;
    /** Brings the schema up to date, each migration once, in a transaction. */
    [[nodiscard]] bool migrate() const;
    [[nodiscard]] bool isPostgres() const
    {
        return m_settings.kind == DatabaseSettings::Kind::Postgres;
    }

    /** The next number of a sequence ("voorstellen", "verzoeken"), inside the caller's
     * transaction, which holds the sequence's row until it ends; -1 when that failed. */
    [[nodiscard]] static qint64 nextNumber(QSqlQuery &query, const QString &name);

    /** The migrations in order; portable SQL for SQLite and PostgreSQL. */
    [[nodiscard]] static QStringList migrations();

private:
    DatabaseSettings m_settings;
    QString m_prefix; // connection names of this Database: "<prefix>-<thread>"
};

} // namespace mapje::endpoint
