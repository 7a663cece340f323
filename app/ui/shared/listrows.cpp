#include "ui/shared/listrows.h"

namespace mapje {

ListRows::Step ListRows::between(const QStringList &before, const QStringList &after)
{
    if (before == after)
        return {Step::InPlace};
    int row = 0;
    while (row < after.size() && row < before.size() && after.at(row) == before.at(row))
        ++row;
    if (after.size() == before.size() + 1) {
        QStringList added = before;
        added.insert(row, after.at(row));
        return added == after ? Step {Step::Insert, row} : Step {};
    }
    if (after.size() + 1 == before.size()) {
        QStringList rest = before;
        rest.removeAt(row);
        return rest == after ? Step {Step::Remove, row} : Step {};
    }
    if (after.size() == before.size() && row + 1 < before.size()) {
        QStringList swapped = before;
        swapped.swapItemsAt(row, row + 1);
        return swapped == after ? Step {Step::Move, row} : Step {};
    }
    return {};
}

void ListRows::replaceRows(Step step, const std::function<void()> &swap)
{
    switch (step.kind) {
    case Step::InPlace:
        swap();
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    case Step::Insert:
        beginInsertRows({}, step.row, step.row);
        swap();
        endInsertRows();
        return;
    case Step::Remove:
        beginRemoveRows({}, step.row, step.row);
        swap();
        endRemoveRows();
        return;
    case Step::Move:
        // The lower row moves up above the upper one: the same as swapping the two.
        beginMoveRows({}, step.row + 1, step.row + 1, {}, step.row);
        swap();
        endMoveRows();
        return;
    case Step::Reset:
        beginResetModel();
        swap();
        endResetModel();
        return;
    }
}

} // namespace mapje
