#include "storage/database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDatabase, "mapje.endpoint.database")

namespace mapje::endpoint {

Database::Database(DatabaseSettings settings)
    : m_settings(std::move(settings)),
      m_prefix(QStringLiteral("mapje-endpoint-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

QSqlDatabase Database::connection() const
{
    const QString name = m_prefix + QLatin1Char('-')
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        QSqlDatabase::removeDatabase(name);
    }
    const bool postgres = isPostgres();
    QSqlDatabase db = QSqlDatabase::addDatabase(
        postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (postgres) {
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setDatabaseName(m_settings.name);
        db.setUserName(m_settings.user);
        db.setPassword(m_settings.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    } else {
        db.setDatabaseName(m_settings.sqlitePath);
        // Several threads write one file: wait for a lock instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        qCWarning(lcDatabase) << "cannot open the database:" << db.lastError().driverText();
        return db;
    }
    if (!postgres) {
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        // What is deleted is overwritten, not only unlinked: a withdrawal is a real delete.
        pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    }
    return db;
}

QStringList Database::migrations()
{
    // Times are milliseconds since 1970 in UTC (BIGINT): the same in both databases.
    return {
        QStringLiteral("CREATE TABLE koppelcodes ("
                       " code_hash VARCHAR(64) PRIMARY KEY,"
                       " medewerker VARCHAR(64) NOT NULL,"
                       " label VARCHAR(80) NOT NULL,"
                       " verloopt_op BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE koppelingen ("
                       " id VARCHAR(64) PRIMARY KEY,"
                       " token_hash VARCHAR(64) NOT NULL UNIQUE,"
                       " medewerker VARCHAR(64) NOT NULL,"
                       " label VARCHAR(80) NOT NULL,"
                       " gekoppeld_op BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE deelnames ("
            " koppeling_id VARCHAR(64) NOT NULL REFERENCES koppelingen (id) ON DELETE CASCADE,"
            " id VARCHAR(64) NOT NULL,"
            " soort VARCHAR(16) NOT NULL,"
            " inhoud TEXT NOT NULL,"
            " versie_nr BIGINT NOT NULL,"
            " ontvangen_op BIGINT NOT NULL,"
            " PRIMARY KEY (koppeling_id, id))"),
        // Idempotency keys per owner ("k:<pairing>", "m:<staff>", "a:<address>"): status 0 while
        // the first request runs, else the stored answer.
        QStringLiteral("CREATE TABLE sleutels ("
                       " eigenaar VARCHAR(100) NOT NULL,"
                       " sleutel VARCHAR(64) NOT NULL,"
                       " verzoek_hash VARCHAR(64) NOT NULL,"
                       " status INTEGER NOT NULL,"
                       " antwoord TEXT,"
                       " kopjes TEXT,"
                       " gemaakt_op BIGINT NOT NULL,"
                       " PRIMARY KEY (eigenaar, sleutel))"),
        // Wrong pairing codes per client address, for the lock after a few tries.
        QStringLiteral("CREATE TABLE pogingen (adres VARCHAR(64) NOT NULL, op BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX pogingen_adres ON pogingen (adres, op)"),
        // Numbers in the order of commit, for the cursors of afspraken, momenten and verzoeken:
        // the row is locked until its transaction ends, so no number becomes visible after a
        // higher one (a device that read up to 7 never misses a late 6).
        QStringLiteral(
            "CREATE TABLE volgnummers (naam VARCHAR(32) PRIMARY KEY, waarde BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO volgnummers (naam, waarde) VALUES ('voorstellen', 0)"),
        QStringLiteral("INSERT INTO volgnummers (naam, waarde) VALUES ('verzoeken', 0)"),
        // Appointments and agreed moments the municipality proposed to one device.
        QStringLiteral(
            "CREATE TABLE voorstellen ("
            " volgnummer BIGINT PRIMARY KEY,"
            " id VARCHAR(64) NOT NULL UNIQUE,"
            " koppeling_id VARCHAR(64) NOT NULL REFERENCES koppelingen (id) ON DELETE CASCADE,"
            " soort VARCHAR(16) NOT NULL,"
            " inhoud TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX voorstellen_koppeling ON voorstellen (koppeling_id, soort, volgnummer)"),
        // "Ik kan niet komen": a request for another moment, with her message if she wrote one.
        QStringLiteral(
            "CREATE TABLE verzoeken ("
            " volgnummer BIGINT PRIMARY KEY,"
            " id VARCHAR(64) NOT NULL UNIQUE,"
            " koppeling_id VARCHAR(64) NOT NULL REFERENCES koppelingen (id) ON DELETE CASCADE,"
            " inhoud TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX verzoeken_koppeling ON verzoeken (koppeling_id, volgnummer)"),
        // Hand-off mailboxes (overdrachten): a kiosk's session for one phone, sealed on the kiosk
        // (the server has only the public keys and the ciphertext), an HMAC of the code and a
        // hash of the phone's token; deleted when fetched, ended or expired (five minutes).
        QStringLiteral("CREATE TABLE overdrachten ("
                       " code_hash VARCHAR(64) PRIMARY KEY,"
                       " zuil VARCHAR(64) NOT NULL,"
                       " zuil_sleutel VARCHAR(64) NOT NULL,"
                       " telefoon_sleutel VARCHAR(64),"
                       " telefoon_token_hash VARCHAR(64),"
                       " kop VARCHAR(64),"
                       " inhoud TEXT,"
                       " verloopt_op BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX overdrachten_verloopt ON overdrachten (verloopt_op)"),
        // The staff page (docs/staff-page.md). Web accounts: the name of [medewerkers] and an
        // Argon2id string (crypto_pwhash_str), never the password.
        QStringLiteral("CREATE TABLE medewerkers ("
                       " naam VARCHAR(64) PRIMARY KEY,"
                       " wachtwoord_hash VARCHAR(128) NOT NULL,"
                       " gewijzigd_op BIGINT NOT NULL)"),
        // Signed-in staff: the SHA-256 of the session id in the cookie, never the id itself.
        QStringLiteral("CREATE TABLE sessies ("
                       " id_hash VARCHAR(64) PRIMARY KEY,"
                       " medewerker VARCHAR(64) NOT NULL,"
                       " begonnen_op BIGINT NOT NULL,"
                       " laatst_op BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX sessies_medewerker ON sessies (medewerker)"),
        // Wrong sign-ins, per account (an HMAC of the typed name) and per client address.
        QStringLiteral(
            "CREATE TABLE aanmeldpogingen (sleutel VARCHAR(64) NOT NULL, op BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX aanmeldpogingen_sleutel ON aanmeldpogingen (sleutel, op)"),
        // What staff did: who, what, when, which pairing; never personal content.
        QStringLiteral("INSERT INTO volgnummers (naam, waarde) VALUES ('logboek', 0)"),
        QStringLiteral("CREATE TABLE logboek ("
                       " volgnummer BIGINT PRIMARY KEY,"
                       " op BIGINT NOT NULL,"
                       " medewerker VARCHAR(64) NOT NULL,"
                       " handeling VARCHAR(32) NOT NULL,"
                       " koppeling_id VARCHAR(64) NOT NULL,"
                       " via VARCHAR(16) NOT NULL)"),
        QStringLiteral("CREATE INDEX logboek_op ON logboek (op)"),
        // The staff page: the id of the new proposal that answered a request for another moment
        // (NULL while it is open). Only the page reads it; the API's requests stay as they were.
        QStringLiteral("ALTER TABLE verzoeken ADD COLUMN beantwoord_met VARCHAR(64)"),
    };
}

qint64 Database::nextNumber(QSqlQuery &query, const QString &name)
{
    query.prepare(QStringLiteral("UPDATE volgnummers SET waarde = waarde + 1 WHERE naam = ?"));
    query.addBindValue(name);
    if (!query.exec() || query.numRowsAffected() != 1)
        return -1;
    query.prepare(QStringLiteral("SELECT waarde FROM volgnummers WHERE naam = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

bool Database::migrate() const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_versie (versie INTEGER NOT NULL)"))) {
        qCWarning(lcDatabase) << "migrations:" << query.lastError().text();
        return false;
    }
    // One instance migrates at a time (PostgreSQL: an advisory lock for the transaction).
    if (!db.transaction())
        return false;
    if (isPostgres())
        query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242)"));
    query.exec(QStringLiteral("SELECT COALESCE(MAX(versie), 0) FROM schema_versie"));
    const int done = query.next() ? query.value(0).toInt() : 0;
    const QStringList all = migrations();
    for (int i = done; i < all.size(); ++i) {
        if (!query.exec(all.at(i))) {
            qCWarning(lcDatabase) << "migration" << i + 1 << "failed:" << query.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (done < all.size()) {
        query.prepare(QStringLiteral("INSERT INTO schema_versie (versie) VALUES (?)"));
        query.addBindValue(int(all.size()));
        query.exec();
    }
    return db.commit();
}

} // namespace mapje::endpoint
