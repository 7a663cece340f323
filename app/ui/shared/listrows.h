#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <functional>

namespace mapje {

/**
 * A list model that tells its view the smallest change: rows that stay change in place, one row
 * added, one taken away, or two neighbours swapped; anything else resets. So the row someone is
 * typing in keeps its delegate, its focus and its cursor.
 */
class ListRows : public QAbstractListModel {
public:
    /** One change from the old rows to the new ones. */
    struct Step {
        enum Kind { InPlace, Insert, Remove, Move, Reset } kind = Reset;
        int row = -1; // Insert, Remove: that row; Move: the upper of the two swapped rows
    };

    /** The step between two lists of unique row keys; Reset when it is not one small step. */
    [[nodiscard]] static Step between(const QStringList &before, const QStringList &after);

protected:
    using QAbstractListModel::QAbstractListModel;

    /**
     * Runs `swap` (which puts the new rows in place) inside the begin…/end… calls of `step`. In
     * place, every row says its data changed, so words and ticks follow without a reset.
     */
    void replaceRows(Step step, const std::function<void()> &swap);
};

} // namespace mapje
