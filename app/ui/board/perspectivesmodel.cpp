#include "ui/board/perspectivesmodel.h"

#include "ui/board/fichedescriber.h"
#include "ui/shared/assetpaths.h"

namespace mapje {

PerspectivesModel::PerspectivesModel(QObject *parent) : QAbstractListModel(parent)
{
}

int PerspectivesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_perspectives.size());
}

QVariant PerspectivesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Perspective &perspective = m_perspectives.at(index.row());
    switch (role) {
    case KeyRole:
        return perspective.id();
    case KindRole:
        return Perspective::kindKey(perspective.kind());
    case TitleRole:
    case Qt::DisplayRole:
        return FicheDescriber::title(perspective);
    case DisplayNameRole:
        return perspective.displayName();
    case IsCitizenRole:
        return perspective.isCitizen();
    case FicheRole:
        return AssetPaths::fiche(Perspective::kindKey(perspective.kind()));
    default:
        return {};
    }
}

QHash<int, QByteArray> PerspectivesModel::roleNames() const
{
    return {{KeyRole, "key"}, {KindRole, "kind"}, {TitleRole, "title"},
        {DisplayNameRole, "displayName"}, {IsCitizenRole, "isCitizen"}, {FicheRole, "ficheSource"}};
}

void PerspectivesModel::setBoard(const std::optional<Board> &board)
{
    const QList<Perspective> next = board ? board->perspectives() : QList<Perspective>();
    if (next == m_perspectives)
        return;
    const bool countChanges = next.size() != m_perspectives.size();
    beginResetModel();
    m_perspectives = next;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void PerspectivesModel::retranslate()
{
    if (!m_perspectives.isEmpty())
        emit dataChanged(
            index(0), index(int(m_perspectives.size()) - 1), {TitleRole, Qt::DisplayRole});
}

} // namespace mapje
