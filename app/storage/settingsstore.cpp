#include "storage/settingsstore.h"
#include "storage/storagelog.h"

#include "storage/vault.h"

namespace mapje {

SettingsStore::SettingsStore(Vault &vault, QObject *parent)
    : QObject(parent),
      m_vault(vault),
      m_pending([](SqliteDatabase &db, const QString &key, const QString &value) {
          SqliteStatement statement = db.prepare(
              QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)"));
          statement.bind(1, key).bind(2, value);
          return statement.run();
      })
{
    connect(&m_vault, &Vault::opened, this, &SettingsStore::retryPendingSaves);
    connect(&m_vault, &Vault::aboutToLock, this, &SettingsStore::retryPendingSaves);
    // Wiping is the citizen's explicit choice: pending text goes with it.
    connect(&m_vault, &Vault::wiped, this, [this] {
        m_pending.clear();
        reportUnsaved();
    });
}

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    if (m_pending.contains(key))
        return m_pending.value(key);
    SqliteDatabase *db = m_vault.database();
    if (!db)
        return fallback;
    SqliteStatement statement
        = db->prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    statement.bind(1, key);
    const SqliteResult result = statement.step();
    return result.ok() && statement.hasRow() ? statement.columnText(0) : fallback;
}

bool SettingsStore::setValue(const QString &key, const QString &value)
{
    // Into memory first: from here on the value cannot be lost by a failing disk.
    m_pending.put(key, value);
    emit valueChanged(key);
    return flush();
}

bool SettingsStore::retryPendingSaves()
{
    return flush();
}

bool SettingsStore::flush()
{
    m_lastError = m_pending.flush(m_vault.database());
    if (!m_lastError.ok() && m_vault.database())
        qCInfo(lcStorage, "SettingsStore: kept an unsaved setting in memory (SQLite %d)",
            m_lastError.code());
    reportUnsaved();
    return !hasUnsavedChanges();
}

void SettingsStore::reportUnsaved()
{
    if (m_reportedUnsaved == hasUnsavedChanges())
        return;
    m_reportedUnsaved = hasUnsavedChanges();
    emit hasUnsavedChangesChanged(m_reportedUnsaved);
}

} // namespace mapje
