#include "core/board.h"
#include "core/clock.h"
#include "core/lifedomaincatalogue.h"
#include "quotavfs.h"
#include "storage/boardrepository.h"
#include "storage/kdfcost.h"
#include "storage/keytextstore.h"
#include "storage/migrations.h"
#include "storage/vault.h"
#include "vaulttesthelpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace mapje;
using namespace mapje::testing;

namespace {

const QString Citizen = QStringLiteral("ik");

/** A full board: 14 domains in the citizen's own order, 4 perspectives, notes in several scripts.
 */
Board fullBoard(const QString &id, QDate date)
{
    Board board(id, date, Citizen, QStringLiteral("Amira"));
    (void)board.addPerspective(Perspective(
        QStringLiteral("zus"), Perspective::Kind::Close, QStringLiteral("Sanne, mijn zus")));
    (void)board.addPerspective(Perspective(QStringLiteral("klantmanager"),
        Perspective::Kind::Professional, QStringLiteral("Jeroen, klantmanager")));
    (void)board.addPerspective(Perspective(QStringLiteral("maatje"), Perspective::Kind::Peer));
    QStringList order = LifeDomainCatalogue::ids();
    std::reverse(order.begin(), order.end());
    order.move(3, 0); // not just reversed: an order only this citizen would choose
    for (const QString &domain : std::as_const(order))
        (void)board.chooseDomain(Citizen, domain);
    const QList<Placement::Feeling> feelings
        = {Placement::Feeling::Happy, Placement::Feeling::Sad, Placement::Feeling::Unsure};
    const QList<Placement::WishToChange> wishes = {
        Placement::WishToChange::Yes, Placement::WishToChange::No, Placement::WishToChange::NotYet};
    const QStringList notes = {QString(), QStringLiteral("Café met mijn zus, dat helpt"),
        QStringLiteral("Geen zorgen meer over de ĳzeren deur; ëen keer per week"),
        QStringLiteral("أحتاج إلى مساعدة في الرسائل"), QStringLiteral("Vraag naar de brief")};
    int n = 0;
    for (const Perspective &perspective : board.perspectives()) {
        for (const QString &domain : std::as_const(order)) {
            (void)board.place(Placement(perspective.id(), domain, feelings.at(n % 3),
                wishes.at((n / 3) % 3), notes.at(n % notes.size())));
            ++n;
        }
    }
    (void)board.setPlacementHidden(Citizen, QStringLiteral("zus"), order.at(2), true);
    (void)board.setPlacementHidden(Citizen, QStringLiteral("klantmanager"), order.at(5), true);
    return board;
}

int traceStatements(unsigned, void *context, void *, void *)
{
    ++*static_cast<int *>(context);
    return 0;
}

} // namespace

class TestBoardRepository : public QObject {
    Q_OBJECT

private:
    const QString m_pin = QStringLiteral("1234-5678");
    ManualClock m_clock {QDateTime(QDate(2024, 6, 3), QTime(14, 30), Qt::UTC)};

    std::unique_ptr<Vault> openVault(const QString &dir, const QByteArray &vfs = {})
    {
        return openOrCreateVault(dir, m_clock, m_pin, vfs);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    void cleanup()
    {
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QuotaVfs::setQuota(-1);
    }

    void roundTripKeepsEverything()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path());
        QCOMPARE(vault->status(), Vault::Status::Open);
        BoardRepository boards(*vault);
        QVERIFY(!boards.load(QStringLiteral("b1")));
        QVERIFY(!boards.latest());
        QVERIFY(boards.summaries().isEmpty());
        QVERIFY(boards.loadAll().isEmpty());

        const Board board = fullBoard(QStringLiteral("b1"), QDate(2024, 6, 3));
        QCOMPARE(board.chosenDomains().size(), 14);
        QCOMPARE(board.perspectives().size(), 4);
        QCOMPARE(board.placements().size(), 56);
        QSignalSpy changed(&boards, &BoardRepository::boardChanged);
        QSignalSpy unsaved(&boards, &BoardRepository::hasUnsavedChangesChanged);
        QVERIFY(boards.save(board));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("b1"));
        QCOMPARE(unsaved.count(), 0);
        QVERIFY(!boards.hasUnsavedChanges());

        const std::optional<Board> loaded = boards.load(QStringLiteral("b1"));
        QVERIFY(loaded);
        QCOMPARE(loaded->chosenDomains(), board.chosenDomains());
        QCOMPARE(loaded->perspectives(), board.perspectives());
        QCOMPARE(loaded->placements(), board.placements());
        QCOMPARE(*loaded, board);
        QVERIFY(loaded->placement(QStringLiteral("zus"), board.chosenDomains().at(2))->isHidden());
        const QList<Placement> placements = loaded->placements();
        auto hasNote = [&](const QString &part) {
            return std::any_of(placements.cbegin(), placements.cend(),
                [&](const Placement &p) { return p.note().contains(part); });
        };
        QVERIFY(hasNote(QStringLiteral("ĳzeren deur; ëen")));
        QVERIFY(hasNote(QStringLiteral("Café")));
        QVERIFY(hasNote(QStringLiteral("أحتاج إلى مساعدة")));

        // Committed at once, and stored as text keys, never as numbers about the person.
        SqliteDatabase raw;
        QVERIFY(openRaw(raw, dir.path(), m_pin));
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM board_placements")), 56);
        QCOMPARE(
            column(raw, QStringLiteral("SELECT DISTINCT feeling FROM board_placements ORDER BY 1")),
            QStringList(
                {QStringLiteral("happy"), QStringLiteral("sad"), QStringLiteral("unsure")}));
        QCOMPARE(
            column(raw, QStringLiteral("SELECT DISTINCT wish FROM board_placements ORDER BY 1")),
            QStringList({QStringLiteral("no"), QStringLiteral("notYet"), QStringLiteral("yes")}));
        QCOMPARE(
            column(raw, QStringLiteral("SELECT kind FROM board_perspectives ORDER BY position")),
            QStringList({QStringLiteral("citizen"), QStringLiteral("close"),
                QStringLiteral("professional"), QStringLiteral("peer")}));
        QCOMPARE(
            column(raw, QStringLiteral("SELECT domain_id FROM board_domains ORDER BY position")),
            board.chosenDomains());
        QCOMPARE(column(raw,
                     QStringLiteral("SELECT typeof(feeling) || typeof(wish) FROM "
                                    "board_placements GROUP BY 1")),
            QStringList {QStringLiteral("texttext")});
        QCOMPARE(column(raw, QStringLiteral("SELECT created_at || ' ' || updated_at FROM boards")),
            QStringList {QStringLiteral("2024-06-03T14:30:00.000Z 2024-06-03T14:30:00.000Z")});
    }

    void saveReplacesRowsAndKeepsCreatedAt()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path());
        BoardRepository boards(*vault);
        Board board = fullBoard(QStringLiteral("b1"), QDate(2024, 6, 3));
        QVERIFY(boards.save(board));
        m_clock.advance(60);
        const QString dropped = board.chosenDomains().at(4);
        QCOMPARE(board.unchooseDomain(Citizen, dropped), Board::Result::Ok);
        QCOMPARE(board.removePerspective(Citizen, QStringLiteral("maatje")), Board::Result::Ok);
        QCOMPARE(board.moveDomain(Citizen, board.chosenDomains().last(), 0), Board::Result::Ok);
        QCOMPARE(
            board.place(Placement(Citizen, board.chosenDomains().at(1), Placement::Feeling::Sad,
                Placement::WishToChange::Yes, QStringLiteral("Nu anders"))),
            Board::Result::Ok);
        QVERIFY(boards.save(board));
        QCOMPARE(*boards.load(QStringLiteral("b1")), board);

        SqliteDatabase raw;
        QVERIFY(openRaw(raw, dir.path(), m_pin));
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM boards")), 1);
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM board_domains")), 13);
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM board_perspectives")), 3);
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM board_placements")),
            board.placements().size());
        QCOMPARE(column(raw, QStringLiteral("SELECT created_at || ' ' || updated_at FROM boards")),
            QStringList {QStringLiteral("2024-06-03T14:30:00.000Z 2024-06-03T14:31:00.000Z")});
    }

    // A fiche with no answer yet keeps no answer; one stored with "weet ik nog niet" (what Mapje
    // once filled in by itself) still loads with it.
    void unansweredAndOldDefaultsLoad()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path());
        BoardRepository boards(*vault);
        Board board = fullBoard(QStringLiteral("b1"), QDate(2024, 6, 3));
        const QString first = board.chosenDomains().at(0);
        const QString second = board.chosenDomains().at(1);
        QCOMPARE(board.place(Placement(Citizen, first, Placement::Feeling::Unanswered,
                     Placement::WishToChange::Unanswered, QStringLiteral("Eerst dit"))),
            Board::Result::Ok);
        QCOMPARE(board.place(Placement(
                     Citizen, second, Placement::Feeling::Sad, Placement::WishToChange::NotYet)),
            Board::Result::Ok);
        QVERIFY(boards.save(board));
        const auto loaded = boards.load(QStringLiteral("b1"));
        QVERIFY(loaded);
        QCOMPARE(*loaded, board);
        QCOMPARE(loaded->placement(Citizen, first)->wish(), Placement::WishToChange::Unanswered);
        QVERIFY(!loaded->placement(Citizen, first)->hasFeeling());
        QCOMPARE(loaded->placement(Citizen, second)->wish(), Placement::WishToChange::NotYet);
    }

    void summariesNewestFirstAndLatest()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path());
        BoardRepository boards(*vault);
        QVERIFY(boards.save(fullBoard(QStringLiteral("mei"), QDate(2024, 5, 1))));
        m_clock.advance(10);
        QVERIFY(boards.save(fullBoard(QStringLiteral("juni"), QDate(2024, 6, 3))));
        m_clock.advance(10);
        QVERIFY(boards.save(fullBoard(QStringLiteral("maart"), QDate(2024, 3, 12))));
        m_clock.advance(10);
        // Same date as "juni" but made later: it comes first.
        QVERIFY(boards.save(fullBoard(QStringLiteral("a-juni-later"), QDate(2024, 6, 3))));

        const QList<BoardSummary> expected = {{QStringLiteral("a-juni-later"), QDate(2024, 6, 3)},
            {QStringLiteral("juni"), QDate(2024, 6, 3)}, {QStringLiteral("mei"), QDate(2024, 5, 1)},
            {QStringLiteral("maart"), QDate(2024, 3, 12)}};
        QCOMPARE(boards.summaries(), expected);
        QCOMPARE(boards.latest()->id(), QStringLiteral("a-juni-later"));
        const QList<Board> all = boards.loadAll();
        QCOMPARE(all.size(), 4);
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).id(), expected.at(i).id);
            QCOMPARE(all.at(i), fullBoard(expected.at(i).id, expected.at(i).date));
        }
        // Saving an old board again does not move it up: the date decides.
        m_clock.advance(10);
        QVERIFY(boards.save(fullBoard(QStringLiteral("maart"), QDate(2024, 3, 12))));
        QCOMPARE(boards.summaries(), expected);
    }

    // loadAll() reads the history with a fixed number of statements, not one per board.
    void loadAllIsNotNPlusOne()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path());
        BoardRepository boards(*vault);
        int statements = 0;
        sqlite3_trace_v2(
            vault->database()->handle(), SQLITE_TRACE_STMT, &traceStatements, &statements);
        QVERIFY(boards.save(fullBoard(QStringLiteral("b0"), QDate(2024, 1, 1))));
        statements = 0;
        QCOMPARE(boards.loadAll().size(), 1);
        const int forOne = statements;
        for (int i = 1; i < 12; ++i)
            QVERIFY(boards.save(fullBoard(QStringLiteral("b%1").arg(i), QDate(2024, 1, 1 + i))));
        statements = 0;
        QCOMPARE(boards.loadAll().size(), 12);
        QCOMPARE(statements, forOne);
        QVERIFY(statements <= 4);
        sqlite3_trace_v2(vault->database()->handle(), 0, nullptr, nullptr);
    }

    void startFromCopyKeepsFirstUnchanged()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path());
        BoardRepository boards(*vault);
        const Board first = fullBoard(QStringLiteral("eerste"), QDate(2024, 3, 1));
        QVERIFY(boards.save(first));
        Board second = Board::startFrom(first, QStringLiteral("tweede"), QDate(2024, 6, 1));
        const QString domain = second.chosenDomains().at(0);
        QCOMPARE(second.place(Placement(Citizen, domain, Placement::Feeling::Happy,
                     Placement::WishToChange::No, QStringLiteral("Het gaat nu goed"))),
            Board::Result::Ok);
        QCOMPARE(second.moveDown(Citizen, domain), Board::Result::Ok);
        QCOMPARE(second.setPlacementHidden(
                     Citizen, QStringLiteral("zus"), second.chosenDomains().at(2), false),
            Board::Result::Ok);
        QVERIFY(boards.save(second));
        QCOMPARE(*boards.load(QStringLiteral("eerste")), first);
        QCOMPARE(*boards.load(QStringLiteral("tweede")), second);
        QCOMPARE(boards.latest()->id(), QStringLiteral("tweede"));
        const QList<Board> all = boards.loadAll();
        QCOMPARE(all, QList<Board>({second, first}));
    }

    void removeDeletesAllRows()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path());
        BoardRepository boards(*vault);
        const Board keep = fullBoard(QStringLiteral("blijft"), QDate(2024, 3, 1));
        QVERIFY(boards.save(keep));
        QVERIFY(boards.save(fullBoard(QStringLiteral("weg"), QDate(2024, 4, 1))));
        QSignalSpy changed(&boards, &BoardRepository::boardChanged);
        QVERIFY(boards.remove(QStringLiteral("weg")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!boards.load(QStringLiteral("weg")));
        QCOMPARE(boards.summaries(),
            QList<BoardSummary>({{QStringLiteral("blijft"), QDate(2024, 3, 1)}}));
        QCOMPARE(*boards.latest(), keep);
        QVERIFY(boards.remove(QStringLiteral("bestaat-niet"))); // nothing to do is fine
        SqliteDatabase raw;
        QVERIFY(openRaw(raw, dir.path(), m_pin));
        for (const QString &table : {QStringLiteral("board_domains"),
                 QStringLiteral("board_perspectives"), QStringLiteral("board_placements")})
            QCOMPARE(
                count(raw,
                    QStringLiteral("SELECT count(*) FROM %1 WHERE board_id = 'weg'").arg(table)),
                0);
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM boards WHERE id = 'weg'")), 0);
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM board_placements")), 56);
    }

    void survivesLockAndNewVault()
    {
        QTemporaryDir dir;
        const Board board = fullBoard(QStringLiteral("b1"), QDate(2024, 6, 3));
        {
            auto vault = openVault(dir.path());
            BoardRepository boards(*vault);
            QVERIFY(boards.save(board));
            vault->lock();
            QVERIFY(!boards.load(QStringLiteral("b1"))); // locked: nothing is readable
            QVERIFY(boards.summaries().isEmpty());
            QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
            QCOMPARE(*boards.load(QStringLiteral("b1")), board);
        }
        auto again = openVault(dir.path());
        QCOMPARE(again->status(), Vault::Status::Open);
        BoardRepository fresh(*again);
        QCOMPARE(*fresh.load(QStringLiteral("b1")), board);
        QCOMPARE(fresh.loadAll(), QList<Board>({board}));
    }

    // A full disk: the board stays in memory, what was saved before is intact, and it is retried.
    void fullDiskKeepsBoardAndRetries()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path(), QuotaVfs::Name);
        QCOMPARE(vault->status(), Vault::Status::Open);
        BoardRepository boards(*vault);
        const Board before = fullBoard(QStringLiteral("eerder"), QDate(2024, 3, 1));
        QVERIFY(boards.save(before));
        Board board = fullBoard(QStringLiteral("nu"), QDate(2024, 6, 3));
        QVERIFY(boards.save(board));

        QSignalSpy unsaved(&boards, &BoardRepository::hasUnsavedChangesChanged);
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        const QString domain = board.chosenDomains().at(0);
        QCOMPARE(board.place(Placement(Citizen, domain, Placement::Feeling::Sad,
                     Placement::WishToChange::Yes, QStringLiteral("versie 2"))),
            Board::Result::Ok);
        QVERIFY(!boards.save(board));
        QVERIFY(QuotaVfs::refusedWrites() > 0);
        QCOMPARE(boards.lastError().primaryCode(), 13); // SQLITE_FULL
        QVERIFY(boards.lastError().isStorageProblem());
        QVERIFY(boards.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 1);
        QCOMPARE(unsaved.at(0).at(0).toBool(), true);
        QCOMPARE(*boards.load(QStringLiteral("nu")), board); // memory wins

        QCOMPARE(board.place(Placement(Citizen, domain, Placement::Feeling::Unsure,
                     Placement::WishToChange::NotYet, QStringLiteral("versie 3"))),
            Board::Result::Ok);
        QVERIFY(!boards.save(board));
        const Board added = Board::startFrom(board, QStringLiteral("nieuw"), QDate(2024, 7, 1));
        QVERIFY(!boards.save(added));
        QVERIFY(!boards.retryPendingSaves());
        QCOMPARE(unsaved.count(), 1); // no repeated signal while it stays unsaved
        QCOMPARE(*boards.load(QStringLiteral("nu")), board);
        QCOMPARE(*boards.latest(), added);
        QCOMPARE(boards.summaries(),
            QList<BoardSummary>({{QStringLiteral("nieuw"), QDate(2024, 7, 1)},
                {QStringLiteral("nu"), QDate(2024, 6, 3)},
                {QStringLiteral("eerder"), QDate(2024, 3, 1)}}));
        QCOMPARE(boards.loadAll(), QList<Board>({added, board, before}));

        // What was saved before is intact on disk (a second, normal connection reads it).
        {
            auto other = std::make_unique<Vault>(dir.path(), m_clock);
            QCOMPARE(other->unlock(m_pin), Vault::UnlockResult::Opened);
            BoardRepository otherBoards(*other);
            QCOMPARE(*otherBoards.load(QStringLiteral("eerder")), before);
            QCOMPARE(*otherBoards.load(QStringLiteral("nu")),
                fullBoard(QStringLiteral("nu"), QDate(2024, 6, 3)));
            QVERIFY(!otherBoards.load(QStringLiteral("nieuw")));
            QString report;
            QVERIFY(other->database()->quickCheck(&report).ok());
            QCOMPARE(report, QStringLiteral("ok"));
        }

        // Space again: the retry writes the newest version of every board.
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QVERIFY(boards.retryPendingSaves());
        QVERIFY(!boards.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 2);
        QCOMPARE(unsaved.at(1).at(0).toBool(), false);
        vault.reset();
        auto reopened = openVault(dir.path());
        BoardRepository after(*reopened);
        QCOMPARE(after.loadAll(), QList<Board>({added, board, before}));
    }

    // The disk fills up in the middle of writing a board; the next save retries it.
    void quotaRunsOutMidBoard()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path(), QuotaVfs::Name);
        BoardRepository boards(*vault);
        const Board small(QStringLiteral("klein"), QDate(2024, 1, 1), Citizen);
        QVERIFY(boards.save(small));
        QuotaVfs::setQuota(6000);
        Board big = fullBoard(QStringLiteral("groot"), QDate(2024, 2, 1));
        for (const QString &domain : big.chosenDomains())
            (void)big.place(Placement(Citizen, domain, Placement::Feeling::Happy,
                Placement::WishToChange::No, QStringLiteral("lange tekst ").repeated(100)));
        QVERIFY(!boards.save(big));
        QVERIFY(boards.hasUnsavedChanges());
        QCOMPARE(*boards.load(QStringLiteral("groot")), big);
        QuotaVfs::setQuota(-1);
        const Board next(QStringLiteral("volgende"), QDate(2024, 3, 1), Citizen);
        QVERIFY(boards.save(next)); // retries "groot" as well
        QVERIFY(!boards.hasUnsavedChanges());
        vault->lock();
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        QCOMPARE(boards.loadAll(), QList<Board>({next, big, small}));
    }

    void readOnlyAndIoErrorsKeepBoard_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("code");
        QTest::newRow("read-only") << int(QuotaVfs::Mode::ReadOnly) << 8; // SQLITE_READONLY
        QTest::newRow("I/O error") << int(QuotaVfs::Mode::IoError) << 10; // SQLITE_IOERR
    }

    void readOnlyAndIoErrorsKeepBoard()
    {
        QFETCH(int, mode);
        QFETCH(int, code);
        QTemporaryDir dir;
        auto vault = openVault(dir.path(), QuotaVfs::Name);
        BoardRepository boards(*vault);
        Board board = fullBoard(QStringLiteral("b"), QDate(2024, 6, 3));
        QVERIFY(boards.save(board));
        QuotaVfs::setMode(QuotaVfs::Mode(mode));
        QCOMPARE(board.removePerspective(Citizen, QStringLiteral("zus")), Board::Result::Ok);
        QVERIFY(!boards.save(board));
        QCOMPARE(boards.lastError().primaryCode(), code);
        QVERIFY(boards.lastError().isStorageProblem());
        QVERIFY(boards.hasUnsavedChanges());
        QCOMPARE(*boards.load(QStringLiteral("b")), board);
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QVERIFY(boards.retryPendingSaves());
        vault->lock();
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        QCOMPARE(*boards.load(QStringLiteral("b")), board);
    }

    // A removal on a full disk is pending too: the board is gone at once and later on disk.
    void removeOnFullDiskIsPending()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path(), QuotaVfs::Name);
        BoardRepository boards(*vault);
        QVERIFY(boards.save(fullBoard(QStringLiteral("weg"), QDate(2024, 6, 3))));
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        QVERIFY(!boards.remove(QStringLiteral("weg")));
        QVERIFY(boards.hasUnsavedChanges());
        QVERIFY(!boards.load(QStringLiteral("weg")));
        QVERIFY(boards.summaries().isEmpty());
        QVERIFY(boards.loadAll().isEmpty());
        QVERIFY(!boards.latest());
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QVERIFY(boards.retryPendingSaves());
        vault.reset();
        auto again = openVault(dir.path());
        BoardRepository fresh(*again);
        QVERIFY(fresh.summaries().isEmpty());
    }

    // A pending board outlives a lock and is written as soon as the vault opens again.
    void pendingBoardSurvivesLock()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path(), QuotaVfs::Name);
        BoardRepository boards(*vault);
        const Board board = fullBoard(QStringLiteral("b"), QDate(2024, 6, 3));
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        QVERIFY(!boards.save(board));
        vault->lock(); // tries once more, still full
        QVERIFY(boards.hasUnsavedChanges());
        QCOMPARE(*boards.load(QStringLiteral("b")), board);
        QCOMPARE(boards.summaries(), QList<BoardSummary>({{QStringLiteral("b"), board.date()}}));
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        QVERIFY(!boards.hasUnsavedChanges());
        vault.reset();
        auto again = openVault(dir.path());
        BoardRepository fresh(*again);
        QCOMPARE(*fresh.load(QStringLiteral("b")), board);
    }

    void wipeDropsPendingBoards()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path(), QuotaVfs::Name);
        BoardRepository boards(*vault);
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        QVERIFY(!boards.save(fullBoard(QStringLiteral("b"), QDate(2024, 6, 3))));
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QVERIFY(vault->wipe());
        QVERIFY(!boards.hasUnsavedChanges());
        QVERIFY(!boards.load(QStringLiteral("b")));
    }

    // A vault made by schema v1 (settings and notes only) is upgraded and keeps its notes.
    void migrationFromV1KeepsNotes()
    {
        QTemporaryDir dir;
        {
            auto vault = openVault(dir.path());
            NoteStore notes(*vault);
            QVERIFY(notes.save(QStringLiteral("geld"), QStringLiteral("Rekeningen op tijd, één")));
        }
        {
            // Back to exactly what v1 wrote: no board (nor later) tables, user_version 1.
            SqliteDatabase raw;
            QVERIFY(openRaw(raw, dir.path(), m_pin));
            QVERIFY(raw.exec(DropVersion6
                           + QStringLiteral("DROP TABLE goal_steps; DROP TABLE goals;"
                                            "DROP TABLE checkins; DROP TABLE reminder_states;"
                                            "DROP TABLE appointment_questions;"
                                            "DROP TABLE appointment_bring;"
                                            "DROP TABLE appointments;"
                                            "DROP TABLE board_placements;"
                                            "DROP TABLE board_perspectives;"
                                            "DROP TABLE board_domains; DROP TABLE boards;"
                                            "PRAGMA user_version = 1"))
                        .ok());
            QCOMPARE(count(raw, QStringLiteral("PRAGMA user_version")), 1);
            QCOMPARE(count(raw,
                         QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                        "'board%'")),
                0);
        }
        auto vault = openVault(dir.path());
        QCOMPARE(vault->status(), Vault::Status::Open);
        qint64 version = 0;
        QVERIFY(vault->database()->queryInt(QStringLiteral("PRAGMA user_version"), &version).ok());
        QCOMPARE(version, qint64(Migrations::latestVersion()));
        NoteStore notes(*vault);
        QCOMPARE(notes.note(QStringLiteral("geld")), QStringLiteral("Rekeningen op tijd, één"));
        BoardRepository boards(*vault);
        const Board board = fullBoard(QStringLiteral("b1"), QDate(2024, 6, 3));
        QVERIFY(boards.save(board));
        QCOMPARE(*boards.load(QStringLiteral("b1")), board);
    }

    // Rows a newer Mapje may write (unknown domain, kind, feeling or wish) are skipped on load.
    void unknownRowsAreSkippedOnLoad()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path());
        BoardRepository boards(*vault);
        const Board board = fullBoard(QStringLiteral("b1"), QDate(2024, 6, 3));
        QVERIFY(boards.save(board));
        const QString known = board.chosenDomains().at(0);
        {
            SqliteDatabase raw;
            QVERIFY(openRaw(raw, dir.path(), m_pin));
            QVERIFY(raw.exec(QStringLiteral(
                                 "INSERT INTO board_domains VALUES ('b1', 'space-travel', 1);"
                                 "INSERT INTO board_placements VALUES"
                                 " ('b1', 'ik', 'space-travel', 'happy', 'yes', 'later', 0);"
                                 "INSERT INTO board_perspectives VALUES"
                                 " ('b1', 'robot', 'assistant', 'Robot', 9);"
                                 "INSERT INTO board_placements VALUES"
                                 " ('b1', 'robot', '%1', 'happy', 'yes', '', 0);"
                                 "UPDATE board_placements SET feeling = 'ecstatic'"
                                 " WHERE board_id = 'b1' AND perspective_id = 'zus'"
                                 " AND domain_id = '%1';"
                                 "UPDATE board_placements SET wish = 'someday'"
                                 " WHERE board_id = 'b1' AND perspective_id = 'maatje'"
                                 " AND domain_id = '%1';"
                                 // A board of a future version without a citizen: skipped whole.
                                 "INSERT INTO boards VALUES ('vreemd', '2025-01-01', 'x', 'x');"
                                 "INSERT INTO board_perspectives VALUES"
                                 " ('vreemd', 'p', 'guardian', '', 0);")
                                 .arg(known))
                        .ok());
        }
        Board expected = board;
        QCOMPARE(
            expected.removePlacement(Citizen, QStringLiteral("zus"), known), Board::Result::Ok);
        QCOMPARE(
            expected.removePlacement(Citizen, QStringLiteral("maatje"), known), Board::Result::Ok);
        const std::optional<Board> loaded = boards.load(QStringLiteral("b1"));
        QVERIFY(loaded);
        QCOMPARE(*loaded, expected);
        QCOMPARE(loaded->chosenDomains(), board.chosenDomains());
        QVERIFY(!boards.load(QStringLiteral("vreemd")));
        QCOMPARE(boards.loadAll(), QList<Board>({expected}));
        QCOMPARE(boards.summaries(), QList<BoardSummary>({{QStringLiteral("b1"), board.date()}}));
        QCOMPARE(boards.latest()->id(), QStringLiteral("b1"));
    }
};

QTEST_GUILESS_MAIN(TestBoardRepository)
#include "tst_boardrepository.moc"
