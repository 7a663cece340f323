#include "ui/sync/syncrowsmodel.h"

namespace mapje {

SyncRowsModel::SyncRowsModel(const QList<QByteArray> &roles, QObject *parent)
    : QAbstractListModel(parent)
{
    for (qsizetype i = 0; i < roles.size(); ++i)
        m_roles.insert(Qt::UserRole + 1 + int(i), roles.at(i));
}

int SyncRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SyncRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_rows.at(index.row()).value(QString::fromLatin1(m_roles.value(role)));
}

QHash<int, QByteArray> SyncRowsModel::roleNames() const
{
    return m_roles;
}

void SyncRowsModel::setRows(const QList<QVariantMap> &rows)
{
    if (rows.size() == m_rows.size()) {
        if (rows == m_rows)
            return;
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

} // namespace mapje
