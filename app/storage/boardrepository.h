#pragma once

#include "core/board.h"
#include "storage/boardsummary.h"
#include "storage/sqliteresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace mapje {

class BoardRows;
class SqliteDatabase;
class Vault;

/**
 * The citizen's boards in the vault: every save writes the whole board in one transaction at
 * once; when the disk refuses it, the newest version stays in memory and is retried, never lost.
 */
class BoardRepository : public QObject {
    Q_OBJECT

public:
    explicit BoardRepository(Vault &vault, QObject *parent = nullptr);

    /** Every board's id and date, newest date first; unsaved (pending) changes included. */
    [[nodiscard]] QList<BoardSummary> summaries() const;
    /** The newest version of one board: a pending (not yet written) one wins over the stored one.
     */
    [[nodiscard]] std::optional<Board> load(const QString &id) const;
    /** The board with the newest date (the first of summaries()). */
    [[nodiscard]] std::optional<Board> latest() const;
    /** All boards, newest date first, for the history view; four queries however many boards. */
    [[nodiscard]] QList<Board> loadAll() const;

    /** Replaces the stored board in one transaction; false means pending and retried, not lost. */
    bool save(const Board &board);
    /** Removes the board with all its rows; false means pending like save(). */
    bool remove(const QString &id);
    [[nodiscard]] bool hasUnsavedChanges() const { return !m_pending.isEmpty(); }
    /** For a timer in the UI, and called on unlock and before lock; true when nothing is pending.
     */
    bool retryPendingSaves();
    /** The last write problem, for logs; never shown to the citizen as is. */
    [[nodiscard]] SqliteResult lastError() const { return m_lastError; }

signals:
    void hasUnsavedChangesChanged(bool unsaved);
    /** A board was saved or removed (in memory at least), so views can reload it. */
    void boardChanged(const QString &id);

private:
    /** A change not written yet: the newest board for its id, or nothing for a removal. */
    struct PendingChange {
        std::optional<Board> board;
        QString firstTriedAt; // orders a board that is not stored yet among the stored ones
    };
    struct Entry {
        BoardSummary summary;
        QString createdAt;
    };

    /** Stored rows of one board (onlyId) or of all boards (onlyId empty), in stored order. */
    [[nodiscard]] QList<BoardRows> readRows(const QString &onlyId, bool withContent) const;
    void putPending(const QString &id, std::optional<Board> board);
    bool flush();
    [[nodiscard]] SqliteResult writePending(SqliteDatabase &db) const;
    void reportUnsaved();
    [[nodiscard]] QString now() const;

    Vault &m_vault;
    QHash<QString, PendingChange> m_pending;
    SqliteResult m_lastError;
    bool m_reportedUnsaved = false;
};

} // namespace mapje
