#include "core/boardundostack.h"

namespace mapje {

void BoardUndoStack::record(const Board &before, const QString &mergeKey)
{
    m_redo.clear();
    const bool merges = !mergeKey.isEmpty() && mergeKey == m_lastMergeKey && !m_undo.isEmpty();
    m_lastMergeKey = mergeKey;
    if (!merges)
        m_undo.append(before);
}

std::optional<Board> BoardUndoStack::undo(const Board &current)
{
    m_lastMergeKey.clear();
    if (m_undo.isEmpty())
        return std::nullopt;
    m_redo.append(current);
    return m_undo.takeLast();
}

std::optional<Board> BoardUndoStack::redo(const Board &current)
{
    m_lastMergeKey.clear();
    if (m_redo.isEmpty())
        return std::nullopt;
    m_undo.append(current);
    return m_redo.takeLast();
}

void BoardUndoStack::clear()
{
    m_undo.clear();
    m_redo.clear();
    m_lastMergeKey.clear();
}

} // namespace mapje
