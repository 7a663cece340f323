#include "ui/board/boardhistorymodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include "ui/shared/assetpaths.h"
#include "ui/shared/domainnames.h"

namespace mapje {

namespace {
QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}
} // namespace

BoardHistoryModel::BoardHistoryModel(QObject *parent) : QAbstractListModel(parent)
{
}

int BoardHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qsizetype>(m_boards.size(), m_shown));
}

void BoardHistoryModel::showMore()
{
    const int before = rowCount();
    const int after = int(std::min<qsizetype>(m_boards.size(), m_shown + kPageSize));
    if (after == before)
        return;
    beginInsertRows({}, before, after - 1);
    m_shown += kPageSize;
    endInsertRows();
    emit countChanged();
}

QVariant BoardHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Board &board = m_boards.at(index.row());
    switch (role) {
    case KeyRole:
        return board.id();
    case DateRole:
        return board.date();
    case DateTextRole:
        return dateText(board.date());
    case SummaryRole:
    case Qt::DisplayRole: {
        if (board.chosenDomains().isEmpty())
            return tr("Op %1 koos je nog geen leefgebied.").arg(dateText(board.date()));
        return tr("Op %1 koos je: %2.")
            .arg(dateText(board.date()), DomainNames::joined(board.chosenDomains()));
    }
    case DomainsRole: {
        QVariantList domains;
        for (const QString &id : board.chosenDomains()) {
            auto own = board.placement(board.citizenId(), id);
            if (own && !own->hasFeeling())
                own.reset(); // a note without a face shows no face
            domains.append(QVariantMap {
                {QStringLiteral("key"), id},
                {QStringLiteral("name"), DomainNames::name(id)},
                {QStringLiteral("iconSource"), AssetPaths::domainIcon(id)},
                {QStringLiteral("feeling"),
                    own ? Placement::feelingKey(own->feeling()) : QString()},
                {QStringLiteral("faceSource"),
                    own ? AssetPaths::face(Placement::feelingKey(own->feeling())) : QUrl()},
                {QStringLiteral("feelingLabel"),
                    own ? QCoreApplication::translate(Placement::TranslationContext,
                        Placement::feelingLabelSource(own->feeling()))
                        : QString()},
            });
        }
        return domains;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> BoardHistoryModel::roleNames() const
{
    return {{KeyRole, "key"}, {DateRole, "date"}, {DateTextRole, "dateText"},
        {SummaryRole, "summary"}, {DomainsRole, "domains"}};
}

void BoardHistoryModel::setBoards(QList<Board> boards)
{
    const bool countChanges = boards.size() != m_boards.size();
    beginResetModel();
    m_boards = std::move(boards);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void BoardHistoryModel::updateBoard(const Board &board)
{
    // Rows past the shown ones change quietly: views only know the rows they were told about.
    for (int row = 0; row < m_boards.size(); ++row) {
        if (m_boards.at(row).id() != board.id())
            continue;
        if (m_boards.at(row).date() == board.date()) {
            m_boards[row] = board;
            if (row < rowCount())
                emit dataChanged(index(row), index(row));
            return;
        }
        // Its date changed: take it out and put it back where its date belongs.
        const bool shown = row < rowCount();
        if (shown)
            beginRemoveRows({}, row, row);
        m_boards.removeAt(row);
        if (shown) {
            --m_shown;
            endRemoveRows();
        }
        break;
    }
    // Newest first; a board of the same date goes before the older ones, as the vault lists them.
    int at = 0;
    while (at < m_boards.size() && m_boards.at(at).date() > board.date())
        ++at;
    if (at < m_shown) {
        beginInsertRows({}, at, at);
        m_boards.insert(at, board);
        ++m_shown; // what was shown stays shown
        endInsertRows();
        emit countChanged();
    } else {
        m_boards.insert(at, board);
        emit countChanged(); // hasMore may change
    }
}

void BoardHistoryModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

} // namespace mapje
