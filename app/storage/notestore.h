#pragma once

#include "storage/pendingwrites.h"
#include "storage/sqliteresult.h"

#include <QObject>
#include <QString>

namespace mapje {

class Vault;

/** The citizen's own words per key, saved at once; kept in memory when the disk refuses them. */
class NoteStore : public QObject {
    Q_OBJECT

public:
    explicit NoteStore(Vault &vault, QObject *parent = nullptr);

    /** The newest text: a pending (not yet written) one wins over the stored one. */
    [[nodiscard]] QString note(const QString &key) const;
    /** Writes and commits now; false means it is pending and will be retried, not lost. */
    bool save(const QString &key, const QString &text);
    [[nodiscard]] bool hasUnsavedChanges() const { return !m_pending.isEmpty(); }
    /** For a timer in the UI; true when nothing is pending any more. */
    bool retryPendingSaves();
    [[nodiscard]] SqliteResult lastError() const { return m_lastError; }

signals:
    void hasUnsavedChangesChanged(bool unsaved);
    void noteChanged(const QString &key);

private:
    bool flush();
    void reportUnsaved();

    Vault &m_vault;
    PendingWrites m_pending;
    SqliteResult m_lastError;
    bool m_reportedUnsaved = false;
};

} // namespace mapje
