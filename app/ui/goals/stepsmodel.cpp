#include "ui/goals/stepsmodel.h"

#include <QLocale>

namespace mapje {

StepsModel::StepsModel(QObject *parent) : QAbstractListModel(parent)
{
}

int StepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant StepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step &step = m_steps.at(index.row());
    switch (role) {
    case KeyRole:
        return step.id();
    case TextRole:
    case Qt::DisplayRole:
        return step.text();
    case DoneRole:
        return step.isDone();
    case RemindOnTextRole:
        return step.remindOn().isValid() ? QLocale().toString(step.remindOn(), QLocale::LongFormat)
                                         : QString();
    case RemindOnIsoRole:
        return step.remindOn().isValid() ? step.remindOn().toString(Qt::ISODate) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> StepsModel::roleNames() const
{
    return {{KeyRole, "key"}, {TextRole, "text"}, {DoneRole, "done"},
        {RemindOnTextRole, "remindOnText"}, {RemindOnIsoRole, "remindOnIso"}};
}

void StepsModel::setSteps(const QString &goalId, const QList<Step> &steps)
{
    const bool wasEmpty = m_steps.isEmpty();
    const QStringList before = idsOf(m_steps);
    const QStringList after = idsOf(steps);
    if (goalId == m_goalId && before == after) {
        for (int row = 0; row < m_steps.size(); ++row) {
            if (m_steps.at(row) != steps.at(row)) {
                m_steps[row] = steps.at(row);
                emit dataChanged(index(row), index(row));
            }
        }
        return;
    }
    if (goalId == m_goalId && after.size() == before.size() + 1
        && after.mid(0, before.size()) == before) {
        const int row = int(before.size());
        beginInsertRows({}, row, row);
        m_steps = steps;
        endInsertRows();
    } else if (goalId == m_goalId && after.size() + 1 == before.size()) {
        int row = 0;
        while (row < after.size() && after.at(row) == before.at(row))
            ++row;
        QStringList rest = before;
        rest.removeAt(row);
        if (rest != after) {
            beginResetModel();
            m_steps = steps;
            endResetModel();
        } else {
            beginRemoveRows({}, row, row);
            m_steps = steps;
            endRemoveRows();
        }
    } else {
        beginResetModel();
        m_goalId = goalId;
        m_steps = steps;
        endResetModel();
    }
    if (wasEmpty != m_steps.isEmpty())
        emit isEmptyChanged();
}

void StepsModel::retranslate()
{
    if (!m_steps.isEmpty())
        emit dataChanged(index(0), index(int(m_steps.size()) - 1), {RemindOnTextRole});
}

int StepsModel::rowOf(const QString &stepId) const
{
    return int(idsOf(m_steps).indexOf(stepId));
}

QStringList StepsModel::idsOf(const QList<Step> &steps)
{
    QStringList ids;
    ids.reserve(steps.size());
    for (const Step &step : steps)
        ids.append(step.id());
    return ids;
}

} // namespace mapje
