#include "ui/board/domaintilesmodel.h"

#include "core/helpplaces.h"
#include "core/lifedomaincatalogue.h"
#include "ui/shared/assetpaths.h"

namespace mapje {

DomainTilesModel::DomainTilesModel(QObject *parent) : QAbstractListModel(parent)
{
}

int DomainTilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(LifeDomainCatalogue::domains().size());
}

QVariant DomainTilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &domain = LifeDomainCatalogue::domains().at(index.row());
    switch (role) {
    case KeyRole:
        return domain.id();
    case NameRole:
    case Qt::DisplayRole:
        return domain.name();
    case ExplanationRole:
        return domain.explanation();
    case IconRole:
        return AssetPaths::domainIcon(domain.id());
    case ChosenRole:
        return m_chosen.contains(domain.id());
    case QuestionsRole:
        return domain.questions();
    case HelpPlacesRole:
        return HelpPlaces::placesFor(domain.id());
    default:
        return {};
    }
}

QHash<int, QByteArray> DomainTilesModel::roleNames() const
{
    return {{KeyRole, "key"}, {NameRole, "name"}, {ExplanationRole, "explanation"},
        {IconRole, "iconSource"}, {ChosenRole, "chosen"}, {QuestionsRole, "questions"},
        {HelpPlacesRole, "helpPlaces"}};
}

void DomainTilesModel::setChosen(const QStringList &chosen)
{
    const QStringList before = std::exchange(m_chosen, chosen);
    const auto &domains = LifeDomainCatalogue::domains();
    for (int row = 0; row < domains.size(); ++row) {
        const QString &id = domains.at(row).id();
        if (before.contains(id) != m_chosen.contains(id))
            emit dataChanged(index(row), index(row), {ChosenRole});
    }
}

void DomainTilesModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1),
            {NameRole, Qt::DisplayRole, ExplanationRole, QuestionsRole, HelpPlacesRole});
}

} // namespace mapje
