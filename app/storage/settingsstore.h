#pragma once

#include "storage/pendingwrites.h"
#include "storage/sqliteresult.h"

#include <QObject>
#include <QString>

namespace mapje {

class Vault;

/** Small key/value preferences in the vault, with the same never-lose rules as NoteStore. */
class SettingsStore : public QObject {
    Q_OBJECT

public:
    explicit SettingsStore(Vault &vault, QObject *parent = nullptr);

    /** The newest value (a pending one wins), or fallback when there is none. */
    [[nodiscard]] QString value(const QString &key, const QString &fallback = {}) const;
    /** Writes and commits now; false means it is pending and will be retried, not lost. */
    bool setValue(const QString &key, const QString &value);
    [[nodiscard]] bool hasUnsavedChanges() const { return !m_pending.isEmpty(); }
    /** For a timer in the UI; true when nothing is pending any more. */
    bool retryPendingSaves();
    [[nodiscard]] SqliteResult lastError() const { return m_lastError; }

signals:
    void hasUnsavedChangesChanged(bool unsaved);
    void valueChanged(const QString &key);

private:
    bool flush();
    void reportUnsaved();

    Vault &m_vault;
    PendingWrites m_pending;
    SqliteResult m_lastError;
    bool m_reportedUnsaved = false;
};

} // namespace mapje
