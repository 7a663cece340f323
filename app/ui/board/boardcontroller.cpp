#include "ui/board/boardcontroller.h"

#include <QLocale>

#include "core/clock.h"
#include "core/helpplaces.h"
#include "core/idgenerator.h"
#include "core/lifedomaincatalogue.h"
#include "storage/boardrepository.h"
#include "ui/board/boardhistorymodel.h"
#include "ui/board/chosendomainsmodel.h"
#include "ui/board/domaintilesmodel.h"
#include "ui/board/fichedescriber.h"
#include "ui/board/perspectivesmodel.h"
#include "ui/shared/assetpaths.h"
#include "ui/shared/domainnames.h"

namespace mapje {

using Result = Board::Result;

BoardController::BoardController(const Clock &clock, IdGenerator &ids, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_ids(ids),
      m_tiles(new DomainTilesModel(this)),
      m_chosen(new ChosenDomainsModel(this)),
      m_perspectives(new PerspectivesModel(this)),
      m_history(new BoardHistoryModel(this))
{
    connect(m_saveRetry, &SaveRetry::unsavedChanged, this, &BoardController::unsavedChanged);
}

BoardController::~BoardController() = default;

void BoardController::setRepository(BoardRepository *repository)
{
    if (m_repository)
        disconnect(m_repository, nullptr, this, nullptr);
    m_repository = repository;
    m_saveRetry->follow(repository);
    m_undo.clear();
    setNotice({});
    show(m_repository ? m_repository->latest() : std::nullopt);
    reloadHistory();
    emit undoChanged();
    emit unsavedChanged();
}

QString BoardController::dateText() const
{
    return m_board ? QLocale().toString(m_board->date(), QLocale::LongFormat) : QString();
}

bool BoardController::isToday() const
{
    return m_board && m_board->date() == m_clock.now().toLocalTime().date();
}

QString BoardController::chosenNames() const
{
    return m_board ? DomainNames::joined(m_board->chosenDomains()) : QString();
}

bool BoardController::unsaved() const
{
    return m_repository && m_repository->hasUnsavedChanges();
}

QString BoardController::domainName(const QString &domainId) const
{
    return DomainNames::name(domainId);
}

bool BoardController::isChosen(const QString &domainId) const
{
    return m_board && m_board->isChosen(domainId);
}

QVariantMap BoardController::domainInfo(const QString &domainId) const
{
    const auto domain = LifeDomainCatalogue::find(domainId);
    if (!domain)
        return {};
    return {{QStringLiteral("key"), domain->id()}, {QStringLiteral("name"), domain->name()},
        {QStringLiteral("explanation"), domain->explanation()},
        {QStringLiteral("questions"), domain->questions()},
        {QStringLiteral("helpPlaces"), HelpPlaces::placesFor(domain->id())},
        {QStringLiteral("iconSource"), AssetPaths::domainIcon(domain->id())},
        {QStringLiteral("chosen"), m_board && m_board->isChosen(domainId)}};
}

void BoardController::startNewBoard(bool fromPrevious)
{
    if (!m_repository)
        return;
    const QDate today = m_clock.now().toLocalTime().date();
    const auto previous = m_repository->latest();
    Board board = fromPrevious && previous ? Board::startFrom(*previous, m_ids.next(), today)
                                           : Board(m_ids.next(), today, m_ids.next());
    m_undo.clear();
    show(board);
    save(); // also puts the new board into the history, so nothing is read back from the vault
    emit undoChanged();
}

void BoardController::openBoard(const QString &boardId)
{
    if (!m_repository)
        return;
    if (const auto board = m_repository->load(boardId)) {
        m_undo.clear();
        show(board);
        emit undoChanged();
    }
}

void BoardController::toggleDomain(const QString &domainId)
{
    if (m_board && m_board->isChosen(domainId))
        unchooseDomain(domainId);
    else
        chooseDomain(domainId);
}

void BoardController::chooseDomain(const QString &domainId)
{
    apply([&](Board &board) { return board.chooseDomain(board.citizenId(), domainId); });
}

void BoardController::unchooseDomain(const QString &domainId)
{
    apply([&](Board &board) { return board.unchooseDomain(board.citizenId(), domainId); });
}

QString BoardController::nextStep() const
{
    if (!m_board)
        return {};
    const QStringList chosen = m_board->chosenDomains();
    if (chosen.isEmpty())
        return QStringLiteral("chooseDomains");
    // Only the citizen's own faces count: what others think does not fill in hers.
    for (const QString &domainId : chosen) {
        const auto own = m_board->placement(m_board->citizenId(), domainId);
        if (!own || !own->hasFeeling())
            return QStringLiteral("feelings");
    }
    return QStringLiteral("goals");
}

Placement BoardController::placementOrNew(
    const QString &perspectiveId, const QString &domainId) const
{
    if (const auto existing = m_board->placement(perspectiveId, domainId))
        return *existing;
    // A new fiche has not been answered yet: no face and no wish until the person picks one.
    // "Weet ik niet" and "weet ik nog niet" are answers of their own, never ours.
    return Placement(perspectiveId, domainId, Placement::Feeling::Unanswered,
        Placement::WishToChange::Unanswered);
}

void BoardController::setFeeling(
    const QString &perspectiveId, const QString &domainId, const QString &feeling)
{
    const auto value = Placement::feelingFromKey(feeling);
    if (!m_board || !value)
        return;
    apply([&](Board &board) {
        Placement placement = placementOrNew(perspectiveId, domainId);
        placement.setFeeling(*value);
        return board.place(placement);
    });
}

void BoardController::setWish(
    const QString &perspectiveId, const QString &domainId, const QString &wish)
{
    const auto value = Placement::wishFromKey(wish);
    if (!m_board || !value)
        return;
    apply([&](Board &board) {
        Placement placement = placementOrNew(perspectiveId, domainId);
        placement.setWish(*value);
        return board.place(placement);
    });
}

void BoardController::setNote(
    const QString &perspectiveId, const QString &domainId, const QString &note)
{
    if (!m_board)
        return;
    apply(
        [&](Board &board) {
            Placement placement = placementOrNew(perspectiveId, domainId);
            placement.setNote(note);
            return board.place(placement);
        },
        QStringLiteral("note:%1:%2").arg(perspectiveId, domainId));
}

QVariantMap BoardController::fiche(const QString &perspectiveId, const QString &domainId) const
{
    if (!m_board)
        return {};
    const auto placement = m_board->placement(perspectiveId, domainId);
    return placement ? FicheDescriber::describe(*m_board, *placement) : QVariantMap();
}

QString BoardController::addPerspective(const QString &kind, const QString &displayName)
{
    const auto value = Perspective::kindFromKey(kind);
    if (!m_board || !value || *value == Perspective::Kind::Citizen)
        return {};
    const QString id = m_ids.next();
    const bool added = apply([&](Board &board) {
        return board.addPerspective(Perspective(id, *value, displayName.trimmed()));
    });
    return added ? id : QString();
}

void BoardController::removePerspective(const QString &perspectiveId)
{
    apply([&](Board &board) { return board.removePerspective(board.citizenId(), perspectiveId); });
}

void BoardController::setFicheHidden(
    const QString &perspectiveId, const QString &domainId, bool hidden)
{
    apply([&](Board &board) {
        return board.setPlacementHidden(board.citizenId(), perspectiveId, domainId, hidden);
    });
}

void BoardController::removeFiche(const QString &perspectiveId, const QString &domainId)
{
    apply([&](Board &board) {
        return board.removePlacement(board.citizenId(), perspectiveId, domainId);
    });
}

bool BoardController::changeFichePerson(
    const QString &fromPerspectiveId, const QString &toPerspectiveId, const QString &domainId)
{
    return apply([&](Board &board) {
        return board.changeFichePerson(
            board.citizenId(), fromPerspectiveId, toPerspectiveId, domainId);
    });
}

QString BoardController::moveUp(const QString &domainId)
{
    apply([&](Board &board) { return board.moveUp(board.citizenId(), domainId); });
    return placeAnnouncement(domainId);
}

QString BoardController::moveDown(const QString &domainId)
{
    apply([&](Board &board) { return board.moveDown(board.citizenId(), domainId); });
    return placeAnnouncement(domainId);
}

QString BoardController::moveTo(const QString &domainId, int newIndex)
{
    apply([&](Board &board) { return board.moveDomain(board.citizenId(), domainId, newIndex); });
    return placeAnnouncement(domainId);
}

void BoardController::undo()
{
    if (!m_board)
        return;
    if (const auto previous = m_undo.undo(*m_board)) {
        show(previous);
        save();
        emit undoChanged();
    }
}

void BoardController::redo()
{
    if (!m_board)
        return;
    if (const auto next = m_undo.redo(*m_board)) {
        show(next);
        save();
        emit undoChanged();
    }
}

void BoardController::clearNotice()
{
    setNotice({});
}

void BoardController::retranslate()
{
    m_tiles->retranslate();
    m_chosen->retranslate();
    m_perspectives->retranslate();
    m_history->retranslate();
    emit chosenChanged();
    emit boardChanged();
}

bool BoardController::apply(const Change &change, const QString &mergeKey)
{
    if (!m_board || !m_repository)
        return false;
    Board next = *m_board;
    const Result result = change(next);
    if (result == Result::Unchanged)
        return true;
    if (result != Result::Ok) {
        setNotice(refusal(result));
        return false;
    }
    setNotice({});
    m_undo.record(*m_board, mergeKey);
    show(next);
    save();
    emit undoChanged();
    return true;
}

void BoardController::show(const std::optional<Board> &board)
{
    const bool otherBoard = board.has_value() != m_board.has_value()
        || (board && m_board && (board->id() != m_board->id() || board->date() != m_board->date()));
    m_board = board;
    m_tiles->setChosen(m_board ? m_board->chosenDomains() : QStringList());
    m_chosen->setBoard(m_board);
    m_perspectives->setBoard(m_board);
    ++m_revision;
    emit chosenChanged();
    if (otherBoard)
        emit boardChanged();
}

void BoardController::save()
{
    if (!m_repository || !m_board)
        return;
    m_repository->save(*m_board);
    // The history shows the boards as they are now: only the open board's row follows the save.
    m_history->updateBoard(*m_board);
}

void BoardController::reloadHistory()
{
    m_history->setBoards(m_repository ? m_repository->loadAll() : QList<Board>());
}

void BoardController::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

QString BoardController::refusal(Result result) const
{
    switch (result) {
    case Result::NotChosen:
        return tr("Wat iemand vindt, kan alleen bij een leefgebied dat jij hebt gekozen.");
    case Result::NotCitizen:
        return tr("Alleen jij kiest de leefgebieden en de volgorde.");
    case Result::CitizenStays:
        return tr("Wat jij vindt, blijft op het bord.");
    case Result::OwnPlacement:
        return tr("Wat jij vindt, kun je niet verbergen. Je kunt het wel weghalen.");
    case Result::Occupied:
        return tr(
            "Die persoon heeft hier al iets ingevuld. Haal dat eerst weg als het niet klopt.");
    default:
        return tr("Dat lukte niet. Er is niets veranderd.");
    }
}

QString BoardController::placeAnnouncement(const QString &domainId) const
{
    if (!m_board)
        return {};
    const auto domain = LifeDomainCatalogue::find(domainId);
    const int place = int(m_board->chosenDomains().indexOf(domainId)) + 1;
    //: Said by the screen reader after moving a domain: "Geld staat nu op plaats 2 van 4."
    return tr("%1 staat nu op plaats %2 van %3.")
        .arg(domain ? domain->name() : domainId)
        .arg(place)
        .arg(m_board->chosenDomains().size());
}

} // namespace mapje
