#include "ui/reminders/remindersmodel.h"

namespace mapje {

RemindersModel::RemindersModel(QObject *parent) : QAbstractListModel(parent)
{
}

int RemindersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RemindersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return row.reminder.key;
    case KindRole:
        return reminderKindKey(row.reminder.kind);
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case WhenTextRole:
        return row.whenText;
    case DueTextRole:
        return row.dueText;
    case IsDueRole:
        return row.isDue;
    case SnoozedRole:
        return row.reminder.snoozed;
    default:
        return {};
    }
}

QHash<int, QByteArray> RemindersModel::roleNames() const
{
    return {{KeyRole, "key"}, {KindRole, "kind"}, {TextRole, "text"}, {WhenTextRole, "whenText"},
        {DueTextRole, "dueText"}, {IsDueRole, "isDue"}, {SnoozedRole, "snoozed"}};
}

void RemindersModel::setRows(QList<Row> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

} // namespace mapje
