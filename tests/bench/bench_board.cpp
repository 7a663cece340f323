// Prints the board storage figures next to plain (unencrypted) SQLite doing the same reads and a
// single-row write in the same run: loading the history, saving one change, loading one board.
// Not a timed test: it only fails when something does not run at all.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

#include "benchstats.h"
#include "core/board.h"
#include "core/clock.h"
#include "core/lifedomaincatalogue.h"
#include "storage/boardrepository.h"
#include "storage/sqlitedatabase.h"
#include "storage/vault.h"

namespace {

using mapje::Board;
using mapje::Perspective;
using mapje::Placement;

const QString Citizen = QStringLiteral("ik");

using benchstats::milliseconds;
using benchstats::percentile;
using benchstats::timeRuns;

/** 14 domains × 4 perspectives, every fiche placed, some with a note. */
Board fullBoard(int number)
{
    Board board(QStringLiteral("board-%1").arg(number, 3, 10, QLatin1Char('0')),
        QDate(2020, 1, 1).addDays(number * 14), Citizen, QStringLiteral("Amira"));
    (void)board.addPerspective(
        Perspective(QStringLiteral("zus"), Perspective::Kind::Close, QStringLiteral("Sanne")));
    (void)board.addPerspective(Perspective(QStringLiteral("klantmanager"),
        Perspective::Kind::Professional, QStringLiteral("Jeroen, klantmanager")));
    (void)board.addPerspective(Perspective(QStringLiteral("maatje"), Perspective::Kind::Peer));
    QStringList order = mapje::LifeDomainCatalogue::ids();
    std::rotate(order.begin(), order.begin() + number % order.size(), order.end());
    for (const QString &domain : std::as_const(order))
        (void)board.chooseDomain(Citizen, domain);
    int n = number;
    for (const Perspective &perspective : board.perspectives()) {
        for (const QString &domain : std::as_const(order)) {
            (void)board.place(Placement(perspective.id(), domain, Placement::Feeling(n % 3),
                Placement::WishToChange((n / 3) % 3),
                n % 2 ? QStringLiteral("Vraag naar de brief van maart, café om %1 uur").arg(n % 24)
                      : QString()));
            ++n;
        }
    }
    return board;
}

sqlite3 *openPlain(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    return db;
}

// The repository's own queries on the plain copy, reading every column as text (no objects).
bool plainRead(sqlite3 *db, const char *boardId)
{
    const char *where = boardId ? " WHERE board_id = ?1" : "";
    const QByteArray queries[] = {
        boardId ? QByteArray("SELECT id, board_date, created_at FROM boards WHERE id = ?1")
                : QByteArray("SELECT id, board_date, created_at FROM boards"),
        QByteArray("SELECT board_id, domain_id FROM board_domains") + where
            + " ORDER BY board_id, position",
        QByteArray("SELECT board_id, id, kind, display_name FROM board_perspectives") + where
            + " ORDER BY board_id, position",
        QByteArray("SELECT board_id, perspective_id, domain_id, feeling, wish, note, hidden FROM "
                   "board_placements")
            + where + " ORDER BY rowid",
    };
    size_t bytes = 0;
    for (const QByteArray &sql : queries) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            return false;
        if (boardId)
            sqlite3_bind_text(statement, 1, boardId, -1, SQLITE_STATIC);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(statement); ++c) {
                sqlite3_column_text(statement, c);
                bytes += size_t(sqlite3_column_bytes(statement, c));
            }
        }
        sqlite3_finalize(statement);
    }
    return bytes > 0;
}

void printRow(const char *figure, double value, double baseline, const char *target)
{
    std::printf("%-44s %10.2f ms %10.2f ms %7.2fx   %s\n", figure, value, baseline,
        baseline > 0 ? value / baseline : 0.0, target);
}

// One single-row INSERT OR REPLACE per change on plain SQLite, same journal and sync settings.
std::vector<double> plainSingleRowSaves(const QString &path, int count)
{
    std::vector<double> times;
    sqlite3 *db = openPlain(path);
    if (!db)
        return times;
    sqlite3_exec(db,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
        "CREATE TABLE board_placements (board_id TEXT NOT NULL, perspective_id TEXT NOT NULL,"
        " domain_id TEXT NOT NULL, feeling TEXT NOT NULL, wish TEXT NOT NULL, note TEXT NOT NULL,"
        " hidden INTEGER NOT NULL, PRIMARY KEY (board_id, perspective_id, domain_id));",
        nullptr, nullptr, nullptr);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT OR REPLACE INTO board_placements VALUES ('board-059', 'ik', 'money', ?1, 'yes',"
        " 'Vraag naar de brief', 0)",
        -1, &statement, nullptr);
    const char *feelings[] = {"happy", "sad", "unsure"};
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        sqlite3_bind_text(statement, 1, feelings[i % 3], -1, SQLITE_STATIC);
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE)
            break;
        times.push_back(milliseconds(timer));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return times;
}

bool benchBoards(int boardCount, int runs, int saves)
{
    QTemporaryDir data;
    const mapje::SystemClock clock;
    mapje::Vault vault(data.filePath(QStringLiteral("vault")), clock);
    vault.setKdfCost(mapje::KdfCost::fastForTests()); // unlock is not measured here
    if (!vault.create(QStringLiteral("24680")))
        return false;
    mapje::BoardRepository boards(vault);
    for (int i = 0; i < boardCount; ++i) {
        if (!boards.save(fullBoard(i)))
            return false;
    }
    // The same rows, exported by SQLCipher into a plain database: the baseline for reading.
    const QString plainPath = data.filePath(QStringLiteral("plain.db"));
    if (!vault.database()
             ->exec(QStringLiteral("ATTACH DATABASE '%1' AS plain KEY '';"
                                   "SELECT sqlcipher_export('plain'); DETACH DATABASE plain;")
                        .arg(plainPath))
             .ok())
        return false;
    sqlite3 *plain = openPlain(plainPath);
    if (!plain)
        return false;

    // (a) the history view: every board with loadAll().
    const std::vector<double> history
        = timeRuns(runs, [&] { return boards.loadAll().size() == qsizetype(boardCount); });
    const std::vector<double> plainHistory
        = timeRuns(runs, [&] { return plainRead(plain, nullptr); });
    // (c) one full board, the storage part of "board drawn after unlock".
    const QString latestId = boards.summaries().value(0).id;
    const QByteArray latestUtf8 = latestId.toUtf8();
    const std::vector<double> one
        = timeRuns(runs, [&] { return boards.load(latestId).has_value(); });
    const std::vector<double> plainOne
        = timeRuns(runs, [&] { return plainRead(plain, latestUtf8.constData()); });
    sqlite3_close(plain);
    if (history.empty() || plainHistory.empty() || one.empty() || plainOne.empty())
        return false;

    // (b) one changed fiche, then save(board): the whole board in one transaction.
    std::optional<Board> board = boards.load(latestId);
    if (!board)
        return false;
    const QStringList domains = board->chosenDomains();
    std::vector<double> saveTimes;
    for (int i = 0; i < saves; ++i) {
        const QString domain = domains.at(i % domains.size());
        const Placement::Feeling feeling = Placement::Feeling((i + 1) % 3);
        (void)board->place(Placement(Citizen, domain, feeling, Placement::WishToChange::Yes,
            QStringLiteral("Wijziging %1").arg(i)));
        QElapsedTimer timer;
        timer.start();
        if (!boards.save(*board))
            return false;
        saveTimes.push_back(milliseconds(timer));
    }
    const std::vector<double> plainSaves
        = plainSingleRowSaves(data.filePath(QStringLiteral("plain-save.db")), saves);
    if (plainSaves.size() != size_t(saves))
        return false;

    const QByteArray historyFigure
        = QStringLiteral("history: loadAll() of %1 boards (median)").arg(boardCount).toUtf8();
    printRow(historyFigure.constData(), percentile(history, 0.5), percentile(plainHistory, 0.5),
        "target <= 100 ms");
    printRow(
        "one saved board change, p50", percentile(saveTimes, 0.5), percentile(plainSaves, 0.5), "");
    printRow("one saved board change, p95", percentile(saveTimes, 0.95),
        percentile(plainSaves, 0.95), "target <= 5 ms");
    printRow("one full board: load() (median)", percentile(one, 0.5), percentile(plainOne, 0.5),
        "(storage part of board after unlock)");
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 3 : 21;
    const int saves = quick ? 20 : 500;

    std::printf("Mapje board benchmark%s (baseline: plain SQLite, same rows / one-row write)\n",
        quick ? " - quick mode, figures are rough" : "");
    std::printf("%-44s %13s %13s %8s\n", "figure", "mapje", "baseline", "ratio");
    const bool ok = benchBoards(60, runs, saves);
    if (!ok)
        std::printf("A benchmark could not run.\n");
    return ok ? 0 : 1;
}
