#include "storage/boardrows.h"

#include "storage/storagelog.h"

namespace mapje {

BoardRows::BoardRows(QString id, QString date, QString createdAt)
    : m_id(std::move(id)), m_date(std::move(date)), m_createdAt(std::move(createdAt))
{
}

std::optional<Board> BoardRows::toBoard() const
{
    const QDate date = this->date();
    if (!date.isValid()) {
        qCInfo(lcStorage, "BoardRows: skipped a board with an unreadable date");
        return std::nullopt;
    }
    // The citizen comes first; without one there is no board to show (never invent one).
    const PerspectiveRow *citizen = nullptr;
    for (const PerspectiveRow &row : m_perspectives) {
        if (Perspective::kindFromKey(row.kind) == Perspective::Kind::Citizen && !row.id.isEmpty()) {
            citizen = &row;
            break;
        }
    }
    if (!citizen) {
        qCInfo(lcStorage, "BoardRows: skipped a board without a citizen perspective");
        return std::nullopt;
    }
    Board board(m_id, date, citizen->id, citizen->displayName);
    int skipped = 0;
    for (const PerspectiveRow &row : m_perspectives) {
        if (&row == citizen)
            continue;
        const std::optional<Perspective::Kind> kind = Perspective::kindFromKey(row.kind);
        // Board refuses a second citizen, an empty or a repeated id: those rows are skipped too.
        if (!kind
            || board.addPerspective(Perspective(row.id, *kind, row.displayName))
                != Board::Result::Ok)
            ++skipped;
    }
    for (const QString &domainId : m_domains) {
        if (board.chooseDomain(board.citizenId(), domainId) != Board::Result::Ok)
            ++skipped;
    }
    for (const PlacementRow &row : m_placements) {
        const std::optional<Placement::Feeling> feeling = Placement::feelingFromKey(row.feeling);
        const std::optional<Placement::WishToChange> wish = Placement::wishFromKey(row.wish);
        if (!feeling || !wish) {
            ++skipped;
            continue;
        }
        // place() refuses an unknown perspective or a domain that is not (or no longer) chosen.
        if (board.place(Placement(row.perspectiveId, row.domainId, *feeling, *wish, row.note))
            != Board::Result::Ok) {
            ++skipped;
            continue;
        }
        if (row.hidden)
            (void)board.setPlacementHidden(
                board.citizenId(), row.perspectiveId, row.domainId, true);
    }
    if (skipped > 0)
        qCInfo(lcStorage, "BoardRows: skipped %d unknown row(s) of a board", skipped);
    return board;
}

} // namespace mapje
