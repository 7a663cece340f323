#pragma once

#include "core/board.h"

#include <QList>
#include <QString>

namespace mapje {

/**
 * Undo and redo for the changes of this session: whole-board snapshots, because a board is small
 * and a snapshot can never get out of step with the rules that made it.
 */
class BoardUndoStack {
public:
    /**
     * Remembers the board as it was before a change. Changes with the same non-empty mergeKey in a
     * row (typing one note) become one step, so undo takes back the whole note, not one letter.
     */
    void record(const Board &before, const QString &mergeKey = {});
    /** The board to go back to, or nothing; current becomes redoable. */
    [[nodiscard]] std::optional<Board> undo(const Board &current);
    /** The board to go forward to, or nothing; current becomes undoable. */
    [[nodiscard]] std::optional<Board> redo(const Board &current);
    void clear();

    [[nodiscard]] bool canUndo() const { return !m_undo.isEmpty(); }
    [[nodiscard]] bool canRedo() const { return !m_redo.isEmpty(); }

private:
    QList<Board> m_undo;
    QList<Board> m_redo;
    QString m_lastMergeKey;
};

} // namespace mapje
