#include "storage/keytextstore.h"

#include "core/clock.h"
#include "storage/sqlitedatabase.h"
#include "storage/vault.h"

namespace mapje {

namespace {

PendingWrites::Writer writerFor(const KeyTextStore::Table &table, const Vault &vault)
{
    // Table and column names come from this file's two stores, never from input.
    const QString sql = table.stamped
        ? QStringLiteral("INSERT OR REPLACE INTO %1 (key, %2, updated_at) VALUES (?1, ?2, ?3)")
              .arg(table.name, table.textColumn)
        : QStringLiteral("INSERT OR REPLACE INTO %1 (key, %2) VALUES (?1, ?2)")
              .arg(table.name, table.textColumn);
    const bool stamped = table.stamped;
    return [sql, stamped, &vault](SqliteDatabase &db, const QString &key, const QString &text) {
        SqliteStatement statement = db.prepare(sql);
        statement.bind(1, key).bind(2, text);
        if (stamped)
            statement.bind(3, vault.clock().now().toUTC().toString(Qt::ISODateWithMs));
        return statement.run();
    };
}

} // namespace

KeyTextStore::KeyTextStore(Vault &vault, Table table, const char *what, QObject *parent)
    : RecordRepositoryBase(vault, what, parent),
      m_table(std::move(table)),
      m_pending(writerFor(m_table, vault))
{
}

QString KeyTextStore::text(const QString &key, const QString &fallback) const
{
    if (m_pending.contains(key))
        return m_pending.value(key);
    SqliteDatabase *db = database();
    if (!db)
        return fallback;
    SqliteStatement statement = db->prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE key = ?1").arg(m_table.textColumn, m_table.name));
    statement.bind(1, key);
    const SqliteResult result = statement.step();
    if (!result.ok())
        reportReadProblem(result);
    return result.ok() && statement.hasRow() ? statement.columnText(0) : fallback;
}

bool KeyTextStore::setText(const QString &key, const QString &text)
{
    // Into memory first: from here on the text cannot be lost by a failing disk.
    m_pending.put(key, text);
    emit textChanged(key);
    return flush();
}

SqliteResult KeyTextStore::writePending(SqliteDatabase *db)
{
    return m_pending.flush(db);
}

NoteStore::NoteStore(Vault &vault, QObject *parent)
    : KeyTextStore(vault, {QStringLiteral("notes"), QStringLiteral("body"), true}, "notes", parent)
{
}

SettingsStore::SettingsStore(Vault &vault, QObject *parent)
    : KeyTextStore(
        vault, {QStringLiteral("settings"), QStringLiteral("value"), false}, "settings", parent)
{
}

} // namespace mapje
