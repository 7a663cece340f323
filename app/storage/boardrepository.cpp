#include "storage/boardrepository.h"

#include "core/clock.h"
#include "storage/boardrows.h"
#include "storage/sqlitedatabase.h"
#include "storage/vault.h"

#include <algorithm>
#include <sqlite3.h>

namespace mapje {

namespace {

/** Newest date first; on the same date the board made last comes first; the id keeps it stable. */
template<typename T> bool newerFirst(const T &a, const T &b)
{
    if (a.summary.date != b.summary.date)
        return a.summary.date > b.summary.date;
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt; // ISO 8601 UTC text sorts like time
    return a.summary.id > b.summary.id;
}

SqliteResult deleteRows(SqliteDatabase &db, const QString &id)
{
    for (const char *sql : {"DELETE FROM board_placements WHERE board_id = ?1",
             "DELETE FROM board_perspectives WHERE board_id = ?1",
             "DELETE FROM board_domains WHERE board_id = ?1"}) {
        SqliteStatement statement = db.prepare(QString::fromLatin1(sql));
        statement.bind(1, id);
        if (const SqliteResult result = statement.run(); !result.ok())
            return result;
    }
    return {};
}

SqliteResult writeBoard(SqliteDatabase &db, const Board &board, const QString &now)
{
    // SQLite 3.15 has no UPSERT: the old rows go, the board row keeps its created_at.
    SqliteResult result = deleteRows(db, board.id());
    if (!result.ok())
        return result;
    SqliteStatement boardRow = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO boards (id, board_date, created_at, updated_at)"
                       " VALUES (?1, ?2, COALESCE((SELECT created_at FROM boards WHERE id = ?1),"
                       " ?3), ?3)"));
    boardRow.bind(1, board.id()).bind(2, board.date().toString(Qt::ISODate)).bind(3, now);
    if (result = boardRow.run(); !result.ok())
        return result;

    SqliteStatement domain = db.prepare(QStringLiteral(
        "INSERT INTO board_domains (board_id, domain_id, position) VALUES (?1, ?2, ?3)"));
    const QStringList chosen = board.chosenDomains();
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        domain.reset();
        domain.bind(1, board.id()).bind(2, chosen.at(i)).bind(3, qint64(i));
        if (result = domain.run(); !result.ok())
            return result;
    }

    SqliteStatement perspective = db.prepare(
        QStringLiteral("INSERT INTO board_perspectives (board_id, id, kind, display_name, position)"
                       " VALUES (?1, ?2, ?3, ?4, ?5)"));
    const QList<Perspective> perspectives = board.perspectives();
    for (qsizetype i = 0; i < perspectives.size(); ++i) {
        const Perspective &p = perspectives.at(i);
        perspective.reset();
        perspective.bind(1, board.id())
            .bind(2, p.id())
            .bind(3, Perspective::kindKey(p.kind()))
            .bind(4, p.displayName())
            .bind(5, qint64(i));
        if (result = perspective.run(); !result.ok())
            return result;
    }

    // Inserted in the board's list order; loading reads them back by rowid in the same order.
    SqliteStatement placement = db.prepare(
        QStringLiteral("INSERT INTO board_placements (board_id, perspective_id, domain_id, feeling,"
                       " wish, note, hidden) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    for (const Placement &p : board.placements()) {
        placement.reset();
        placement.bind(1, board.id())
            .bind(2, p.perspectiveId())
            .bind(3, p.domainId())
            .bind(4, Placement::feelingKey(p.feeling()))
            .bind(5, Placement::wishKey(p.wish()))
            .bind(6, p.note())
            .bind(7, qint64(p.isHidden() ? 1 : 0));
        if (result = placement.run(); !result.ok())
            return result;
    }
    return {};
}

SqliteResult removeBoard(SqliteDatabase &db, const QString &id)
{
    // Explicit deletes: the rows go even if foreign keys were ever switched off.
    SqliteResult result = deleteRows(db, id);
    if (!result.ok())
        return result;
    SqliteStatement statement = db.prepare(QStringLiteral("DELETE FROM boards WHERE id = ?1"));
    statement.bind(1, id);
    return statement.run();
}

} // namespace

SqliteResult BoardRepository::Codec::write(SqliteDatabase &db, const PendingBoard &pending) const
{
    return writeBoard(db, pending.board, vault->clock().now().toUTC().toString(Qt::ISODateWithMs));
}

SqliteResult BoardRepository::Codec::remove(SqliteDatabase &db, const QString &id)
{
    return removeBoard(db, id);
}

BoardRepository::BoardRepository(Vault &vault, QObject *parent)
    : RecordRepositoryBase(vault, "boards", parent), m_vault(vault), m_pending(Codec {&vault})
{
}

QString BoardRepository::now() const
{
    return m_vault.clock().now().toUTC().toString(Qt::ISODateWithMs);
}

QList<BoardRows> BoardRepository::readRows(const QString &onlyId, bool withContent) const
{
    QList<BoardRows> rows;
    SqliteDatabase *db = database();
    if (!db)
        return rows;
    const bool one = !onlyId.isEmpty();
    SqliteResult result;
    auto query = [&](const QString &sql) {
        SqliteStatement statement = db->prepare(sql);
        if (one)
            statement.bind(1, onlyId);
        return statement;
    };
    auto report = [&] {
        if (!result.ok())
            reportReadProblem(result);
    };

    SqliteStatement boards
        = query(QStringLiteral("SELECT id, board_date, created_at FROM boards WHERE EXISTS"
                               " (SELECT 1 FROM board_perspectives WHERE board_id = boards.id"
                               " AND kind = 'citizen')")
            + (one ? QStringLiteral(" AND id = ?1") : QString()));
    QHash<QString, qsizetype> index;
    while ((result = boards.step()).ok() && boards.hasRow()) {
        index.insert(boards.columnText(0), rows.size());
        rows.append(BoardRows(boards.columnText(0), boards.columnText(1), boards.columnText(2)));
    }
    if (!result.ok() || !withContent || rows.isEmpty()) {
        report();
        return result.ok() ? rows : QList<BoardRows>();
    }

    const QString where = one ? QStringLiteral(" WHERE board_id = ?1") : QString();
    SqliteStatement domains = query(QStringLiteral("SELECT board_id, domain_id FROM board_domains")
        + where + QStringLiteral(" ORDER BY board_id, position"));
    while ((result = domains.step()).ok() && domains.hasRow()) {
        if (const qsizetype i = index.value(domains.columnText(0), -1); i >= 0)
            rows[i].addDomain(domains.columnText(1));
    }
    SqliteStatement perspectives
        = query(QStringLiteral("SELECT board_id, id, kind, display_name FROM board_perspectives")
            + where + QStringLiteral(" ORDER BY board_id, position"));
    while (result.ok() && (result = perspectives.step()).ok() && perspectives.hasRow()) {
        if (const qsizetype i = index.value(perspectives.columnText(0), -1); i >= 0)
            rows[i].addPerspective({perspectives.columnText(1), perspectives.columnText(2),
                perspectives.columnText(3)});
    }
    SqliteStatement placements = query(
        QStringLiteral("SELECT board_id, perspective_id, domain_id, feeling, wish, note, hidden"
                       " FROM board_placements")
        + where + QStringLiteral(" ORDER BY rowid"));
    while (result.ok() && (result = placements.step()).ok() && placements.hasRow()) {
        if (const qsizetype i = index.value(placements.columnText(0), -1); i >= 0)
            rows[i].addPlacement({placements.columnText(1), placements.columnText(2),
                placements.columnText(3), placements.columnText(4), placements.columnText(5),
                placements.columnInt64(6) != 0});
    }
    report();
    return result.ok() ? rows : QList<BoardRows>();
}

QList<BoardSummary> BoardRepository::summaries() const
{
    QList<Entry> entries;
    QHash<QString, QString> createdAt;
    for (const BoardRows &rows : readRows({}, false)) {
        createdAt.insert(rows.id(), rows.createdAt());
        if (m_pending.contains(rows.id()))
            continue; // memory wins
        if (const QDate date = rows.date(); date.isValid())
            entries.append({{rows.id(), date}, rows.createdAt()});
    }
    for (const PendingBoard &pending : m_pending.records()) {
        const QString id = pending.board.id();
        entries.append({{id, pending.board.date()}, createdAt.value(id, pending.firstTriedAt)});
    }
    std::sort(entries.begin(), entries.end(), newerFirst<Entry>);
    QList<BoardSummary> list;
    list.reserve(entries.size());
    for (const Entry &entry : std::as_const(entries))
        list.append(entry.summary);
    return list;
}

std::optional<Board> BoardRepository::load(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    if (m_pending.contains(id)) {
        const std::optional<PendingBoard> pending = m_pending.value(id);
        return pending ? std::optional<Board>(pending->board) : std::nullopt;
    }
    const QList<BoardRows> rows = readRows(id, true);
    return rows.isEmpty() ? std::nullopt : rows.constFirst().toBoard();
}

std::optional<Board> BoardRepository::latest() const
{
    const QList<BoardSummary> list = summaries();
    return list.isEmpty() ? std::nullopt : load(list.constFirst().id);
}

QList<Board> BoardRepository::loadAll() const
{
    struct Loaded {
        BoardSummary summary;
        QString createdAt;
        Board board;
    };
    QList<Loaded> loaded;
    QHash<QString, QString> createdAt;
    for (const BoardRows &rows : readRows({}, true)) {
        createdAt.insert(rows.id(), rows.createdAt());
        if (m_pending.contains(rows.id()))
            continue; // memory wins
        if (std::optional<Board> board = rows.toBoard())
            loaded.append({{board->id(), board->date()}, rows.createdAt(), std::move(*board)});
    }
    for (const PendingBoard &pending : m_pending.records()) {
        const QString id = pending.board.id();
        loaded.append(
            {{id, pending.board.date()}, createdAt.value(id, pending.firstTriedAt), pending.board});
    }
    std::sort(loaded.begin(), loaded.end(), newerFirst<Loaded>);
    QList<Board> boards;
    boards.reserve(loaded.size());
    for (Loaded &entry : loaded)
        boards.append(std::move(entry.board));
    return boards;
}

bool BoardRepository::save(const Board &board)
{
    if (board.id().isEmpty())
        return false;
    // Into memory first: from here on the board cannot be lost by a failing disk.
    putPending(board.id(), board);
    emit boardChanged(board.id());
    return flush();
}

bool BoardRepository::remove(const QString &id)
{
    if (id.isEmpty())
        return false;
    putPending(id, std::nullopt);
    emit boardChanged(id);
    return flush();
}

void BoardRepository::putPending(const QString &id, std::optional<Board> board)
{
    if (!board) {
        m_pending.put(id, std::nullopt);
        return;
    }
    // A newer version keeps the moment the first one was tried.
    const std::optional<PendingBoard> earlier = m_pending.value(id);
    m_pending.put(id, PendingBoard {std::move(*board), earlier ? earlier->firstTriedAt : now()});
}

SqliteResult BoardRepository::writePending(SqliteDatabase *db)
{
    return m_pending.flush(db);
}

} // namespace mapje
