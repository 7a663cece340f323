#pragma once

#include "core/board.h"
#include "storage/boardsummary.h"
#include "storage/pendingrecords.h"
#include "storage/recordrepositorybase.h"

#include <QHash>
#include <QList>
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
class BoardRepository : public RecordRepositoryBase {
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

signals:
    /** A board was saved or removed (in memory at least), so views can reload it. */
    void boardChanged(const QString &id);

protected:
    [[nodiscard]] qsizetype pendingCount() const override { return m_pending.size(); }
    [[nodiscard]] SqliteResult writePending(SqliteDatabase *db) override;
    void dropPending() override { m_pending.clear(); }

private:
    /** A board not written yet, with when it was first tried: that orders a board that is not
     * stored yet among the stored ones. */
    struct PendingBoard {
        Board board;
        QString firstTriedAt;
    };
    /** How a pending board is written (PendingRecords' codec). */
    struct Codec {
        using Record = PendingBoard;
        const Vault *vault;
        static QString idOf(const PendingBoard &pending) { return pending.board.id(); }
        [[nodiscard]] SqliteResult write(SqliteDatabase &db, const PendingBoard &pending) const;
        static SqliteResult remove(SqliteDatabase &db, const QString &id);
    };
    struct Entry {
        BoardSummary summary;
        QString createdAt;
    };

    /** Stored rows of one board (onlyId) or of all boards (onlyId empty), in stored order. */
    [[nodiscard]] QList<BoardRows> readRows(const QString &onlyId, bool withContent) const;
    void putPending(const QString &id, std::optional<Board> board);
    [[nodiscard]] QString now() const;

    Vault &m_vault;
    PendingRecords<Codec> m_pending;
};

} // namespace mapje
