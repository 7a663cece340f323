#include "storage/keytextstore.h"

#include "core/clock.h"
#include "storage/sqlitedatabase.h"
#include "storage/vault.h"

namespace mapje {

SqliteResult KeyTextStore::Codec::write(SqliteDatabase &db, const KeyText &record) const
{
    // Table and column names come from this file's two stores, never from input.
    SqliteStatement statement = db.prepare(table.stamped
            ? QStringLiteral("INSERT OR REPLACE INTO %1 (key, %2, updated_at) VALUES (?1, ?2, ?3)")
                  .arg(table.name, table.textColumn)
            : QStringLiteral("INSERT OR REPLACE INTO %1 (key, %2) VALUES (?1, ?2)")
                  .arg(table.name, table.textColumn));
    statement.bind(1, record.key).bind(2, record.text);
    if (table.stamped)
        statement.bind(3, vault->clock().now().toUTC().toString(Qt::ISODateWithMs));
    return statement.run();
}

SqliteResult KeyTextStore::Codec::remove(SqliteDatabase &db, const QString &key) const
{
    // Nothing removes a text today (an empty text is kept as written); here for the codec.
    SqliteStatement statement
        = db.prepare(QStringLiteral("DELETE FROM %1 WHERE key = ?1").arg(table.name));
    statement.bind(1, key);
    return statement.run();
}

KeyTextStore::KeyTextStore(Vault &vault, Table table, const char *what, QObject *parent)
    : RecordRepositoryBase(vault, what, parent),
      m_table(std::move(table)),
      m_pending(Codec {m_table, &vault})
{
}

QString KeyTextStore::text(const QString &key, const QString &fallback) const
{
    if (const std::optional<KeyText> pending = m_pending.value(key))
        return pending->text;
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
    m_pending.put(key, KeyText {key, text});
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
