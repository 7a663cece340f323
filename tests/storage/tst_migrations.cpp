#include "core/board.h"
#include "storage/boardrepository.h"
#include "storage/goalrepository.h"
#include "storage/migrations.h"
#include "storage/notestore.h"
#include "storage/securebytes.h"
#include "storage/sqlitedatabase.h"
#include "testvault.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace mapje;
using namespace mapje::testing;

namespace {

/** What migration step 3 adds; dropping them (and user_version 2) gives exactly a v2 vault. */
const QString DropVersion3 = QStringLiteral(
    "DROP TABLE goal_steps; DROP TABLE goals; DROP TABLE checkins;"
    " DROP TABLE appointment_questions; DROP TABLE appointment_bring; DROP TABLE appointments;"
    " DROP TABLE reminder_states; PRAGMA user_version = 2");

qint64 count(SqliteDatabase &db, const QString &sql)
{
    qint64 n = -1;
    return db.queryInt(sql, &n).ok() ? n : -1;
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void migratesOnceAndIsIdempotent()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("m.db")),
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                    .ok());
        QCOMPARE(Migrations::latestVersion(), 3);
        int version = -1;
        QVERIFY(Migrations::currentVersion(db, &version).ok());
        QCOMPARE(version, 0);
        QVERIFY(Migrations::migrate(db).ok());
        QVERIFY(Migrations::currentVersion(db, &version).ok());
        QCOMPARE(version, Migrations::latestVersion());
        QVERIFY(Migrations::migrate(db).ok()); // nothing left to do, no error
        // Schema v1 as designed; INSERT OR REPLACE is the upsert of SQLite 3.15.
        QVERIFY(db.exec(QStringLiteral(
                            "INSERT OR REPLACE INTO settings VALUES ('a', 'b');"
                            "INSERT OR REPLACE INTO settings VALUES ('a', 'c');"
                            "INSERT INTO notes VALUES ('k', 'tekst', '2024-01-01T00:00:00Z')"))
                    .ok());
        qint64 n = 0;
        QVERIFY(db.queryInt(QStringLiteral("SELECT count(*) FROM settings"), &n).ok());
        QCOMPARE(n, 1);
        SqliteStatement nullBody
            = db.prepare(QStringLiteral("INSERT INTO notes VALUES ('x', NULL, 'now')"));
        QCOMPARE(nullBody.run().primaryCode(), SQLITE_CONSTRAINT);
    }

    // Step 3's tables keep flags to 0/1 and need the words of a goal and a step.
    void version3RefusesWhatCannotBeRead()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("m.db")),
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                    .ok());
        QVERIFY(Migrations::latestVersion() >= 3);
        QVERIFY(Migrations::migrate(db).ok());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO goals (id, domain_id, own_words, state,"
                                       " position) VALUES ('g', 'geld', 'woorden', 'busy', 0)"))
                    .ok());
        for (const char *sql : {"INSERT INTO goals (id, domain_id, own_words, state, position)"
                                " VALUES ('x', 'geld', NULL, 'busy', 1)",
                 "INSERT INTO goal_steps (goal_id, id, text, done, position)"
                 " VALUES ('g', 's', 'stap', 2, 0)",
                 "INSERT INTO checkins (id, remind) VALUES ('c', 5)",
                 "INSERT INTO appointments (id, remind) VALUES ('a', -1)",
                 "INSERT INTO reminder_states (key, off) VALUES ('k', 3)"}) {
            SqliteStatement statement = db.prepare(QString::fromLatin1(sql));
            QCOMPARE(statement.run().primaryCode(), SQLITE_CONSTRAINT);
        }
    }

    // A vault written by schema v2 (notes and boards) is upgraded to v3 and keeps everything.
    void migrationFromV2KeepsBoardsAndNotes()
    {
        TestVault test;
        Board board(
            QStringLiteral("b1"), QDate(2024, 6, 3), QStringLiteral("ik"), QStringLiteral("Amira"));
        QCOMPARE(
            board.chooseDomain(QStringLiteral("ik"), QStringLiteral("money")), Board::Result::Ok);
        QCOMPARE(board.place(Placement(QStringLiteral("ik"), QStringLiteral("money"),
                     Placement::Feeling::Unsure, Placement::WishToChange::Yes,
                     QStringLiteral("Rekeningen, één keer per week"))),
            Board::Result::Ok);
        {
            BoardRepository boards(test.vault());
            NoteStore notes(test.vault());
            QVERIFY(boards.save(board));
            QVERIFY(notes.save(QStringLiteral("geld"), QStringLiteral("Café-bon, ĳs")));
            SqliteDatabase raw;
            QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
            QVERIFY(raw.exec(DropVersion3).ok());
            QCOMPARE(count(raw, QStringLiteral("PRAGMA user_version")), 2);
            QCOMPARE(count(raw,
                         QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                        " ('goals', 'checkins', 'reminder_states')")),
                0);
        }
        test.reopen();
        QCOMPARE(test.vault().status(), Vault::Status::Open);
        int version = 0;
        QVERIFY(Migrations::currentVersion(*test.vault().database(), &version).ok());
        QCOMPARE(version, 3);
        QCOMPARE(version, Migrations::latestVersion());
        QCOMPARE(*BoardRepository(test.vault()).load(QStringLiteral("b1")), board);
        QCOMPARE(
            NoteStore(test.vault()).note(QStringLiteral("geld")), QStringLiteral("Café-bon, ĳs"));
        GoalRepository goals(test.vault());
        const Goal goal = *Goal::create(
            QStringLiteral("g1"), QStringLiteral("money"), QStringLiteral("Sparen"));
        QVERIFY(goals.save(goal));
        QCOMPARE(goals.all(), QList<Goal>({goal}));
    }

    void failedStepLeavesVersionUnchanged()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("m.db")),
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                    .ok());
        // A table in the way makes step 1 fail: its transaction must leave nothing behind.
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE notes (x)")).ok());
        QVERIFY(!Migrations::migrate(db).ok());
        int version = -1;
        QVERIFY(Migrations::currentVersion(db, &version).ok());
        QCOMPARE(version, 0);
        qint64 settingsTables = -1;
        QVERIFY(db.queryInt(
                      QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'settings'"),
                      &settingsTables)
                    .ok());
        QCOMPARE(settingsTables, 0);
        QVERIFY(!db.inTransaction());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
