#include "storage/recordrepositorybase.h"

#include "storage/storagelog.h"
#include "storage/vault.h"

namespace mapje {

RecordRepositoryBase::RecordRepositoryBase(Vault &vault, const char *what, QObject *parent)
    : QObject(parent), m_vault(vault), m_what(what)
{
    connect(&m_vault, &Vault::opened, this, &RecordRepositoryBase::retryPendingSaves);
    connect(&m_vault, &Vault::aboutToLock, this, &RecordRepositoryBase::retryPendingSaves);
    // Wiping is the citizen's explicit choice: pending records go with it.
    connect(&m_vault, &Vault::wiped, this, [this] {
        dropPending();
        reportUnsaved();
    });
}

SqliteDatabase *RecordRepositoryBase::database() const
{
    return m_vault.database();
}

bool RecordRepositoryBase::retryPendingSaves()
{
    return flush();
}

bool RecordRepositoryBase::flush()
{
    SqliteDatabase *db = database();
    m_lastError = writePending(db);
    if (!m_lastError.ok() && db) {
        if (m_lastError.isStorageProblem())
            qCInfo(lcStorage, "%s: kept %d unsaved record(s) in memory (SQLite %d)", m_what,
                int(pendingCount()), m_lastError.code());
        else
            qCWarning(lcStorage, "%s: kept %d unsaved record(s) in memory (SQLite %d)", m_what,
                int(pendingCount()), m_lastError.code());
    }
    reportUnsaved();
    return !hasUnsavedChanges();
}

void RecordRepositoryBase::reportReadProblem(const SqliteResult &result) const
{
    qCInfo(lcStorage, "%s: could not read (SQLite %d)", m_what, result.code());
}

void RecordRepositoryBase::reportUnsaved()
{
    if (m_reportedUnsaved == hasUnsavedChanges())
        return;
    m_reportedUnsaved = hasUnsavedChanges();
    emit hasUnsavedChangesChanged(m_reportedUnsaved);
}

} // namespace mapje
