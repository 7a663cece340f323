#include "storage/notestore.h"
#include "storage/storagelog.h"

#include "core/clock.h"
#include "storage/vault.h"

namespace mapje {

NoteStore::NoteStore(Vault &vault, QObject *parent)
    : QObject(parent),
      m_vault(vault),
      m_pending([&vault](SqliteDatabase &db, const QString &key, const QString &body) {
          SqliteStatement statement
              = db.prepare(QStringLiteral("INSERT OR REPLACE INTO notes (key, body, updated_at)"
                                          " VALUES (?1, ?2, ?3)"));
          statement.bind(1, key).bind(2, body).bind(
              3, vault.clock().now().toUTC().toString(Qt::ISODateWithMs));
          return statement.run();
      })
{
    connect(&m_vault, &Vault::opened, this, &NoteStore::retryPendingSaves);
    connect(&m_vault, &Vault::aboutToLock, this, &NoteStore::retryPendingSaves);
    // Wiping is the citizen's explicit choice: pending text goes with it.
    connect(&m_vault, &Vault::wiped, this, [this] {
        m_pending.clear();
        reportUnsaved();
    });
}

QString NoteStore::note(const QString &key) const
{
    if (m_pending.contains(key))
        return m_pending.value(key);
    SqliteDatabase *db = m_vault.database();
    if (!db)
        return {};
    SqliteStatement statement
        = db->prepare(QStringLiteral("SELECT body FROM notes WHERE key = ?1"));
    statement.bind(1, key);
    const SqliteResult result = statement.step();
    return result.ok() && statement.hasRow() ? statement.columnText(0) : QString();
}

bool NoteStore::save(const QString &key, const QString &text)
{
    // Into memory first: from here on the text cannot be lost by a failing disk.
    m_pending.put(key, text);
    emit noteChanged(key);
    return flush();
}

bool NoteStore::retryPendingSaves()
{
    return flush();
}

bool NoteStore::flush()
{
    m_lastError = m_pending.flush(m_vault.database());
    if (!m_lastError.ok() && m_vault.database())
        qCInfo(lcStorage, "NoteStore: kept unsaved text in memory (SQLite %d)", m_lastError.code());
    reportUnsaved();
    return !hasUnsavedChanges();
}

void NoteStore::reportUnsaved()
{
    if (m_reportedUnsaved == hasUnsavedChanges())
        return;
    m_reportedUnsaved = hasUnsavedChanges();
    emit hasUnsavedChangesChanged(m_reportedUnsaved);
}

} // namespace mapje
