#pragma once

#include "storage/sqliteresult.h"

#include <QObject>

namespace mapje {

class SqliteDatabase;
class Vault;

/**
 * The never-lose rules every record repository shares, written once: pending writes are retried
 * on unlock and before lock, dropped only by a wipe, and "unsaved" is reported once per change.
 */
class RecordRepositoryBase : public QObject {
    Q_OBJECT

public:
    [[nodiscard]] bool hasUnsavedChanges() const { return pendingCount() > 0; }
    /** For a timer in the UI, and called on unlock and before lock; true when nothing is pending.
     */
    bool retryPendingSaves();
    /** The last write problem, for logs; never shown to the citizen as is. */
    [[nodiscard]] SqliteResult lastError() const { return m_lastError; }

signals:
    void hasUnsavedChangesChanged(bool unsaved);

protected:
    /** what names the records in log lines ("goals"); never their content. */
    RecordRepositoryBase(Vault &vault, const char *what, QObject *parent);

    /** nullptr while the vault is not open. */
    [[nodiscard]] SqliteDatabase *database() const;
    /** Writes what is pending now; false while anything stays pending. */
    bool flush();
    /** Logs a failed read; the caller then shows what memory holds. */
    void reportReadProblem(const SqliteResult &result) const;

    [[nodiscard]] virtual qsizetype pendingCount() const = 0;
    [[nodiscard]] virtual SqliteResult writePending(SqliteDatabase *db) = 0;
    virtual void dropPending() = 0;

private:
    void reportUnsaved();

    Vault &m_vault;
    const char *m_what;
    SqliteResult m_lastError;
    bool m_reportedUnsaved = false;
};

} // namespace mapje
