#include "ui/boardhistorymodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include "core/lifedomaincatalogue.h"
#include "ui/assetpaths.h"

using mapje::Placement;

namespace {
QString domainName(const QString &id)
{
    const auto domain = mapje::LifeDomainCatalogue::find(id);
    return domain ? domain->name() : id;
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// "Geld, Wonen en Werk": the citizen's own order, joined the way people write it.
QString joined(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    //: Joins the last two names of a list: "Geld, Wonen en Werk".
    return BoardHistoryModel::tr("%1 en %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.constLast());
}
} // namespace

BoardHistoryModel::BoardHistoryModel(QObject *parent) : QAbstractListModel(parent)
{
}

int BoardHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_boards.size());
}

QVariant BoardHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mapje::Board &board = m_boards.at(index.row());
    switch (role) {
    case KeyRole:
        return board.id();
    case DateRole:
        return board.date();
    case DateTextRole:
        return dateText(board.date());
    case SummaryRole:
    case Qt::DisplayRole: {
        QStringList names;
        for (const QString &id : board.chosenDomains())
            names.append(domainName(id));
        if (names.isEmpty())
            return tr("Op %1 koos je nog geen leefgebied.").arg(dateText(board.date()));
        return tr("Op %1 koos je: %2.").arg(dateText(board.date()), joined(names));
    }
    case DomainsRole: {
        QVariantList domains;
        for (const QString &id : board.chosenDomains()) {
            const auto own = board.placement(board.citizenId(), id);
            domains.append(QVariantMap {
                {QStringLiteral("key"), id},
                {QStringLiteral("name"), domainName(id)},
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

void BoardHistoryModel::setBoards(QList<mapje::Board> boards)
{
    const bool countChanges = boards.size() != m_boards.size();
    beginResetModel();
    m_boards = std::move(boards);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void BoardHistoryModel::retranslate()
{
    if (!m_boards.isEmpty())
        emit dataChanged(index(0), index(int(m_boards.size()) - 1));
}
