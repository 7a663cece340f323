#include "ui/summary/summaryitemsmodel.h"

namespace mapje {

SummaryItemsModel::SummaryItemsModel(QObject *parent) : QAbstractListModel(parent)
{
}

int SummaryItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant SummaryItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SummaryItem &item = m_items.at(index.row());
    switch (role) {
    case KeyRole:
        return item.key;
    case KindRole:
        return item.kind;
    case Qt::DisplayRole:
    case TitleRole:
        return item.title;
    case DetailRole:
        return item.detail;
    case IncludedRole:
        return item.included;
    case NestedRole:
        return item.nested;
    case IconSourceRole:
        return item.iconSource;
    case FaceSourceRole:
        return item.faceSource;
    case StartsSectionRole:
        return item.startsSection;
    case LinesRole:
        return item.lines;
    default:
        return {};
    }
}

QHash<int, QByteArray> SummaryItemsModel::roleNames() const
{
    return {{KeyRole, "key"}, {KindRole, "kind"}, {TitleRole, "title"}, {DetailRole, "detail"},
        {IncludedRole, "included"}, {NestedRole, "nested"}, {IconSourceRole, "iconSource"},
        {FaceSourceRole, "faceSource"}, {StartsSectionRole, "startsSection"}, {LinesRole, "lines"}};
}

void SummaryItemsModel::setItems(QList<SummaryItem> items)
{
    bool sameKeys = items.size() == m_items.size();
    for (qsizetype i = 0; sameKeys && i < items.size(); ++i)
        sameKeys = items.at(i).key == m_items.at(i).key;
    if (!sameKeys) {
        const bool countChanges = items.size() != m_items.size();
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
        if (countChanges)
            emit countChanged();
        return;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i) == m_items.at(i))
            continue;
        m_items[i] = items.at(i);
        emit dataChanged(index(int(i)), index(int(i)));
    }
}

QVariantMap SummaryItemsModel::at(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= rowCount())
        return map;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

} // namespace mapje
