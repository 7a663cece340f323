#include "ui/board/chosendomainsmodel.h"

#include "core/lifedomaincatalogue.h"
#include "ui/board/fichedescriber.h"
#include "ui/shared/assetpaths.h"

namespace mapje {

namespace {
// The one row that moved, when `after` is `before` with one element moved; else nullopt.
std::optional<std::pair<int, int>> singleMove(const QStringList &before, const QStringList &after)
{
    if (before.size() != after.size() || before == after)
        return std::nullopt;
    for (int from = 0; from < before.size(); ++from) {
        QStringList rest = before;
        const QString moved = rest.takeAt(from);
        const int to = int(after.indexOf(moved));
        rest.insert(to, moved);
        if (rest == after)
            return std::make_pair(from, to);
    }
    return std::nullopt;
}
} // namespace

ChosenDomainsModel::ChosenDomainsModel(QObject *parent) : QAbstractListModel(parent)
{
}

int ChosenDomainsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant ChosenDomainsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_board)
        return {};
    const QString &id = m_ids.at(index.row());
    const auto domain = LifeDomainCatalogue::find(id);
    const auto own = m_board->placement(m_board->citizenId(), id);
    switch (role) {
    case KeyRole:
        return id;
    case NameRole:
    case Qt::DisplayRole:
        return domain ? domain->name() : id;
    case IconRole:
        return AssetPaths::domainIcon(id);
    case PlaceRole:
        return index.row() + 1; // the citizen's own order, nothing computed
    case FichesRole: {
        QVariantList fiches;
        for (const Placement &placement : m_board->placementsOn(id))
            fiches.append(FicheDescriber::describe(*m_board, placement));
        return fiches;
    }
    case CitizenFeelingRole:
        return own ? Placement::feelingKey(own->feeling()) : QString();
    case CitizenWishRole:
        return own ? Placement::wishKey(own->wish()) : QString();
    case CitizenNoteRole:
        return own ? own->note() : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ChosenDomainsModel::roleNames() const
{
    return {{KeyRole, "key"}, {NameRole, "name"}, {IconRole, "iconSource"}, {PlaceRole, "place"},
        {FichesRole, "fiches"}, {CitizenFeelingRole, "citizenFeeling"},
        {CitizenWishRole, "citizenWish"}, {CitizenNoteRole, "citizenNote"}};
}

void ChosenDomainsModel::setBoard(const std::optional<Board> &board)
{
    const QStringList before = m_ids;
    const QStringList after = board ? board->chosenDomains() : QStringList();
    const bool sameBoard = board && m_board && board->id() == m_board->id();

    if (sameBoard && before == after) {
        // Only the rows whose fiches changed, and only their fiche roles: a view re-reads no
        // name or icon that stayed the same.
        const std::optional<Board> previous = std::exchange(m_board, board);
        const bool samePerspectives = previous->perspectives() == m_board->perspectives();
        for (int row = 0; row < m_ids.size(); ++row) {
            const QString &id = m_ids.at(row);
            if (!samePerspectives || previous->placementsOn(id) != m_board->placementsOn(id))
                emit dataChanged(index(row), index(row),
                    {FichesRole, CitizenFeelingRole, CitizenWishRole, CitizenNoteRole});
        }
        return;
    }
    if (sameBoard) {
        if (const auto move = singleMove(before, after)) {
            const auto [from, to] = *move;
            // Qt's destination row is "before which row", one further when moving down.
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            m_board = board;
            m_ids = after;
            endMoveRows();
            emit dataChanged(index(0), index(int(m_ids.size()) - 1), {PlaceRole});
            return;
        }
    }
    beginResetModel();
    m_board = board;
    m_ids = after;
    endResetModel();
    if (before.size() != after.size())
        emit countChanged();
}

void ChosenDomainsModel::retranslate()
{
    if (!m_ids.isEmpty())
        emit dataChanged(index(0), index(int(m_ids.size()) - 1));
}

int ChosenDomainsModel::rowOf(const QString &domainId) const
{
    return int(m_ids.indexOf(domainId));
}

} // namespace mapje
