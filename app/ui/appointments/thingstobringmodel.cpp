#include "ui/appointments/thingstobringmodel.h"

#include "core/documentcatalogue.h"

namespace mapje {

ThingsToBringModel::ThingsToBringModel(QObject *parent) : ListRows(parent)
{
}

int ThingsToBringModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ThingsToBringModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &item = m_items.at(index.row());
    const std::optional<DocumentCatalogue::Document> document = DocumentCatalogue::find(item);
    switch (role) {
    case KeyRole:
        return item;
    case Qt::DisplayRole:
    case NameRole:
        return document ? document->name() : item;
    case ExplanationRole:
        return document ? document->explanation() : QString();
    case PackedRole:
        return m_packed.contains(item);
    case IsOwnRole:
        return !document.has_value();
    default:
        return {};
    }
}

QHash<int, QByteArray> ThingsToBringModel::roleNames() const
{
    return {{KeyRole, "key"}, {NameRole, "name"}, {ExplanationRole, "explanation"},
        {PackedRole, "packed"}, {IsOwnRole, "isOwn"}};
}

void ThingsToBringModel::setItems(
    const QString &appointmentId, const QStringList &items, const QStringList &packed)
{
    const qsizetype countBefore = m_items.size();
    const Step step = appointmentId == m_appointmentId ? between(m_items, items) : Step {};
    replaceRows(step, [&] {
        m_appointmentId = appointmentId;
        m_items = items;
        m_packed = packed;
    });
    if (countBefore != m_items.size())
        emit countChanged();
}

void ThingsToBringModel::retranslate()
{
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1), {NameRole, ExplanationRole});
}

} // namespace mapje
