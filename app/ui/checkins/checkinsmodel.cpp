#include "ui/checkins/checkinsmodel.h"

#include "core/clock.h"
#include "ui/shared/localtimes.h"

namespace mapje {

CheckInsModel::CheckInsModel(const Clock &clock, QObject *parent)
    : QAbstractListModel(parent), m_clock(clock)
{
}

int CheckInsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checkIns.size());
}

QVariant CheckInsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckIn &checkIn = m_checkIns.at(index.row());
    switch (role) {
    case KeyRole:
        return checkIn.id();
    case Qt::DisplayRole:
    case WhenTextRole:
        return LocalTimes::dateTimeText(checkIn.when(), m_zone);
    case WithWhomRole:
        return checkIn.withWhom();
    case WhereRole:
        return checkIn.where();
    case RemindRole:
        return checkIn.remind();
    case HasPassedRole:
        return checkIn.hasPassed(m_clock);
    case IsCompletedRole:
        return checkIn.isCompleted();
    case WhatChangedRole:
        return checkIn.whatChanged();
    default:
        return {};
    }
}

QHash<int, QByteArray> CheckInsModel::roleNames() const
{
    return {{KeyRole, "key"}, {WhenTextRole, "whenText"}, {WithWhomRole, "withWhom"},
        {WhereRole, "where"}, {RemindRole, "remind"}, {HasPassedRole, "hasPassed"},
        {IsCompletedRole, "isCompleted"}, {WhatChangedRole, "whatChanged"}};
}

void CheckInsModel::setCheckIns(QList<CheckIn> checkIns, const QTimeZone &zone)
{
    const bool countChanges = checkIns.size() != m_checkIns.size();
    beginResetModel();
    m_checkIns = std::move(checkIns);
    m_zone = zone;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void CheckInsModel::refreshWords()
{
    if (!m_checkIns.isEmpty())
        emit dataChanged(index(0), index(int(m_checkIns.size()) - 1));
}

} // namespace mapje
