#include "ui/timeline/timelinemodel.h"

#include "ui/shared/localtimes.h"

namespace mapje {

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent)
{
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case KeyRole:
        return entry.key;
    case KindRole:
        return entry.kind;
    case DateTextRole:
        return LocalTimes::dateText(entry.date);
    case Qt::DisplayRole:
    case TitleRole:
        return entry.title;
    case TextRole:
        return entry.text;
    case IconsRole: {
        QVariantList icons;
        for (const QUrl &icon : entry.icons)
            icons.append(icon);
        return icons;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{KeyRole, "key"}, {KindRole, "kind"}, {DateTextRole, "dateText"}, {TitleRole, "title"},
        {TextRole, "text"}, {IconsRole, "icons"}};
}

void TimelineModel::setEntries(QList<Entry> entries)
{
    std::stable_sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.date > b.date; });
    const bool countChanges = entries.size() != m_entries.size();
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

} // namespace mapje
