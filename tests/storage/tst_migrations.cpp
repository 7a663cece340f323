#include "core/board.h"
#include "storage/appointmentrepository.h"
#include "storage/boardrepository.h"
#include "storage/conversation/conversationrepository.h"
#include "storage/goalrepository.h"
#include "storage/keytextstore.h"
#include "storage/migrations.h"
#include "storage/securebytes.h"
#include "storage/sqlitedatabase.h"
#include "storage/sync/pairingrepository.h"
#include "storage/sync/shareditemrepository.h"
#include "testvault.h"
#include "vaulttesthelpers.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace mapje;
using namespace mapje::testing;

namespace {

/** Without what migration step 7 adds (DropVersion7) and with user_version 6: a vault from before
 * step 7. */
const QString BackToVersion6 = DropVersion7 + QStringLiteral(" PRAGMA user_version = 6");

/** How many of step 7's tables are there. */
const QString CountSyncTables
    = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('sync_pairing',"
                     " 'shared_items', 'outbox_entries', 'proposals', 'reschedule_requests',"
                     " 'consent_log')");

/** Without what migration steps 6 and 7 add (DropVersion6) and with user_version 5: a vault from
 * before step 6. The older vaults below are made from today's one, so they drop it first. */
const QString BackToVersion5 = DropVersion6 + QStringLiteral(" PRAGMA user_version = 5");

/** What migration step 3 adds; dropping them (and user_version 2) gives exactly a v2 vault. */
const QString DropVersion3 = DropVersion6
    + QStringLiteral(
        "DROP TABLE goal_steps; DROP TABLE goals; DROP TABLE checkins;"
        " DROP TABLE appointment_questions; DROP TABLE appointment_bring; DROP TABLE appointments;"
        " DROP TABLE reminder_states; PRAGMA user_version = 2");

/**
 * The appointment tables exactly as step 3 made them, with a v3 appointment in them (raw rows, as
 * that version wrote them) and user_version 3: a vault from before step 4.
 */
const QString BackToVersion3 = DropVersion6
    + QStringLiteral(
        "DROP TABLE appointment_questions; DROP TABLE appointment_bring; DROP TABLE appointments;"
        "CREATE TABLE appointments (id TEXT PRIMARY KEY, starts_at TEXT NOT NULL DEFAULT '',"
        " where_text TEXT NOT NULL DEFAULT '', with_whom TEXT NOT NULL DEFAULT '',"
        " want_them_to_know TEXT NOT NULL DEFAULT '', comes_with_me TEXT NOT NULL DEFAULT '',"
        " remind INTEGER NOT NULL DEFAULT 0 CHECK (remind IN (0, 1)));"
        "CREATE TABLE appointment_questions ("
        " appointment_id TEXT NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, text TEXT NOT NULL,"
        " PRIMARY KEY (appointment_id, position));"
        "CREATE TABLE appointment_bring ("
        " appointment_id TEXT NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, item TEXT NOT NULL,"
        " PRIMARY KEY (appointment_id, position));"
        "INSERT INTO appointments VALUES ('a1', '2024-11-04T13:45:00.000Z', 'Stadskantoor',"
        " 'Mevrouw Öztürk', 'Ik lees liever.', 'Mijn zus', 1);"
        "INSERT INTO appointment_questions VALUES ('a1', 0, 'Wanneer hoor ik iets?');"
        "INSERT INTO appointment_questions VALUES ('a1', 1, 'Mag ik het opnemen?');"
        "INSERT INTO appointment_bring VALUES ('a1', 0, 'Zorgpas');"
        "INSERT INTO appointment_bring VALUES ('a1', 1, 'Brief van de ëigenaar');"
        "PRAGMA user_version = 3");

/**
 * The appointment tables exactly as steps 3 and 4 made them, with a v4 appointment in them (raw
 * rows, as that version wrote them: a moment with a time) and user_version 4: a vault from before
 * step 5.
 */
const QString BackToVersion4 = DropVersion6
    + QStringLiteral(
        "DROP TABLE appointment_questions; DROP TABLE appointment_bring; DROP TABLE appointments;"
        "CREATE TABLE appointments (id TEXT PRIMARY KEY, starts_at TEXT NOT NULL DEFAULT '',"
        " where_text TEXT NOT NULL DEFAULT '', with_whom TEXT NOT NULL DEFAULT '',"
        " want_them_to_know TEXT NOT NULL DEFAULT '', comes_with_me TEXT NOT NULL DEFAULT '',"
        " remind INTEGER NOT NULL DEFAULT 0 CHECK (remind IN (0, 1)),"
        " agreed TEXT NOT NULL DEFAULT '');"
        "CREATE TABLE appointment_questions ("
        " appointment_id TEXT NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, text TEXT NOT NULL,"
        " suggestion_key TEXT NOT NULL DEFAULT '', PRIMARY KEY (appointment_id, position));"
        "CREATE TABLE appointment_bring ("
        " appointment_id TEXT NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, item TEXT NOT NULL,"
        " packed INTEGER NOT NULL DEFAULT 0 CHECK (packed IN (0, 1)),"
        " PRIMARY KEY (appointment_id, position));"
        "INSERT INTO appointments VALUES ('a1', '2027-03-29T07:00:00.000Z', 'Stadskantoor',"
        " 'Mevrouw Öztürk', '', '', 1, 'Ik stuur de brief op.');"
        "INSERT INTO appointments VALUES ('a2', '', '', '', '', '', 0, '');"
        "INSERT INTO appointment_questions VALUES ('a1', 0, 'Kan ik dat op papier krijgen?',"
        " 'onPaper');"
        "INSERT INTO appointment_bring VALUES ('a1', 0, 'id', 1);"
        "PRAGMA user_version = 4");

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
        QCOMPARE(Migrations::latestVersion(), 7);
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

    // A vault of schema v3 is upgraded to v4: its appointment, goals and notes stay as they were,
    // nothing is ticked or agreed yet, and the new fields are kept from then on.
    void migrationFromV3KeepsAppointments()
    {
        TestVault test;
        const Goal goal = *Goal::create(
            QStringLiteral("g1"), QStringLiteral("money"), QStringLiteral("Sparen"));
        {
            QVERIFY(GoalRepository(test.vault()).save(goal));
            QVERIFY(NoteStore(test.vault()).save(QStringLiteral("geld"), QStringLiteral("Café")));
            SqliteDatabase raw;
            QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
            QVERIFY(raw.exec(BackToVersion3).ok());
            QCOMPARE(count(raw, QStringLiteral("PRAGMA user_version")), 3);
        }
        test.reopen();
        QCOMPARE(test.vault().status(), Vault::Status::Open);
        int version = 0;
        QVERIFY(Migrations::currentVersion(*test.vault().database(), &version).ok());
        QCOMPARE(version, Migrations::latestVersion());

        AppointmentRepository appointments(test.vault());
        std::optional<Appointment> loaded = appointments.load(QStringLiteral("a1"));
        QVERIFY(loaded);
        QCOMPARE(loaded->when(), QDateTime(QDate(2024, 11, 4), QTime(13, 45), Qt::UTC));
        QVERIFY(loaded->hasTime());
        QCOMPARE(loaded->where(), QStringLiteral("Stadskantoor"));
        QCOMPARE(loaded->withWhom(), QStringLiteral("Mevrouw Öztürk"));
        QCOMPARE(loaded->wantThemToKnow(), QStringLiteral("Ik lees liever."));
        QCOMPARE(loaded->comesWithMe(), QStringLiteral("Mijn zus"));
        QVERIFY(loaded->remind());
        QCOMPARE(loaded->myQuestions(),
            (QStringList {
                QStringLiteral("Wanneer hoor ik iets?"), QStringLiteral("Mag ik het opnemen?")}));
        QVERIFY(loaded->pickedSuggestions().isEmpty());
        QCOMPARE(loaded->toBring(),
            (QStringList {QStringLiteral("Zorgpas"), QStringLiteral("Brief van de ëigenaar")}));
        QVERIFY(loaded->packed().isEmpty());
        QVERIFY(loaded->agreed().isEmpty());
        QCOMPARE(GoalRepository(test.vault()).all(), QList<Goal>({goal}));
        QCOMPARE(NoteStore(test.vault()).note(QStringLiteral("geld")), QStringLiteral("Café"));

        QVERIFY(loaded->setPacked(QStringLiteral("Zorgpas"), true));
        loaded->setAgreed(QStringLiteral("Ik stuur de brief op."));
        QVERIFY(appointments.save(*loaded));
        test.reopen();
        QCOMPARE(*AppointmentRepository(test.vault()).load(QStringLiteral("a1")), *loaded);
    }

    // Step 4's tick and step 5's has_time are 0 or 1 like every flag.
    void versions4And5RefuseWhatCannotBeRead()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("m.db")),
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                    .ok());
        QVERIFY(Migrations::migrate(db).ok());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO appointments (id) VALUES ('a');"
                                       "INSERT INTO appointment_bring (appointment_id, position,"
                                       " item, packed) VALUES ('a', 0, 'id', 1)"))
                    .ok());
        SqliteStatement statement
            = db.prepare(QStringLiteral("INSERT INTO appointment_bring (appointment_id, position,"
                                        " item, packed) VALUES ('a', 1, 'letters', 2)"));
        QCOMPARE(statement.run().primaryCode(), SQLITE_CONSTRAINT);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO appointments (id, starts_at, has_time)"
                                       " VALUES ('d', '2027-03-29', 0)"))
                    .ok());
        SqliteStatement hasTime
            = db.prepare(QStringLiteral("INSERT INTO appointments (id, has_time) VALUES ('b', 2)"));
        QCOMPARE(hasTime.run().primaryCode(), SQLITE_CONSTRAINT);
    }

    // A vault of schema v4 is upgraded to v5: every appointment it kept had its time chosen (or
    // no day at all), and keeps it; from then on a day alone is kept without a time.
    void migrationFromV4KeepsTheTimeChosen()
    {
        TestVault test;
        {
            SqliteDatabase raw;
            QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
            QVERIFY(raw.exec(BackToVersion4).ok());
            QCOMPARE(count(raw, QStringLiteral("PRAGMA user_version")), 4);
        }
        test.reopen();
        QCOMPARE(test.vault().status(), Vault::Status::Open);
        int version = 0;
        QVERIFY(Migrations::currentVersion(*test.vault().database(), &version).ok());
        QCOMPARE(version, Migrations::latestVersion());
        QCOMPARE(count(*test.vault().database(),
                     QStringLiteral("SELECT count(*) FROM appointments WHERE has_time = 1")),
            2);

        AppointmentRepository appointments(test.vault());
        std::optional<Appointment> loaded = appointments.load(QStringLiteral("a1"));
        QVERIFY(loaded);
        QVERIFY(loaded->hasTime());
        QCOMPARE(loaded->when(), QDateTime(QDate(2027, 3, 29), QTime(7, 0), Qt::UTC));
        QVERIFY(!loaded->dayWithoutTime().isValid());
        QCOMPARE(loaded->withWhom(), QStringLiteral("Mevrouw Öztürk"));
        QCOMPARE(loaded->agreed(), QStringLiteral("Ik stuur de brief op."));
        QCOMPARE(loaded->pickedSuggestions(), QStringList {QStringLiteral("onPaper")});
        QCOMPARE(loaded->packed(), QStringList {QStringLiteral("id")});
        QVERIFY(loaded->remind());
        const std::optional<Appointment> noDay = appointments.load(QStringLiteral("a2"));
        QVERIFY(noDay);
        QVERIFY(!noDay->hasWhen());

        loaded->setDayWithoutTime(QDate(2027, 3, 30));
        QVERIFY(appointments.save(*loaded));
        test.reopen();
        const std::optional<Appointment> dayAlone
            = AppointmentRepository(test.vault()).load(QStringLiteral("a1"));
        QVERIFY(dayAlone);
        QCOMPARE(*dayAlone, *loaded);
        QVERIFY(!dayAlone->hasTime());
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

    // A vault of schema v5 is upgraded to v6: everything it kept stays, and conversations can
    // be kept from then on; their items name whose fiche on which domain and what she decided.
    void migrationFromV5AddsConversations()
    {
        TestVault test;
        {
            GoalRepository goals(test.vault());
            QVERIFY(goals.save(*Goal::create(QStringLiteral("g1"), QStringLiteral("money"),
                QStringLiteral("Elke week mijn post openen"))));
        }
        {
            SqliteDatabase raw;
            QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
            QVERIFY(raw.exec(BackToVersion5).ok());
            QCOMPARE(count(raw, QStringLiteral("PRAGMA user_version")), 5);
        }
        test.reopen();
        QCOMPARE(test.vault().status(), Vault::Status::Open);
        int version = 0;
        QVERIFY(Migrations::currentVersion(*test.vault().database(), &version).ok());
        QCOMPARE(version, Migrations::latestVersion());
        QCOMPARE(GoalRepository(test.vault()).load(QStringLiteral("g1"))->ownWords(),
            QStringLiteral("Elke week mijn post openen"));
        ConversationRepository conversations(test.vault());
        QVERIFY(conversations.all().isEmpty());
        Conversation conversation(QStringLiteral("c1"),
            QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC), QStringLiteral("me"));
        QCOMPARE(conversation.join(QStringLiteral("me"),
                     {QStringLiteral("peer"), Perspective::Kind::Peer, QStringLiteral("Sanne")}),
            Conversation::Result::Ok);
        QVERIFY(conversations.save(conversation));
        test.reopen();
        QCOMPARE(*ConversationRepository(test.vault()).load(QStringLiteral("c1")), conversation);
        // Roles are kept as the core's words, never numbers.
        QCOMPARE(
            count(*test.vault().database(),
                QStringLiteral("SELECT count(*) FROM conversation_people WHERE role = 'peer'")),
            1);
    }

    // A vault of schema v6 is upgraded to v7: everything it kept stays, and the sync's tables
    // are there, empty, to keep a pairing and shared items from then on.
    void migrationFromV6AddsSyncTables()
    {
        TestVault test;
        const Goal goal = *Goal::create(
            QStringLiteral("g1"), QStringLiteral("money"), QStringLiteral("Sparen voor een fiets"));
        QVERIFY(GoalRepository(test.vault()).save(goal));
        const Conversation conversation(QStringLiteral("c1"),
            QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC), QStringLiteral("me"));
        QVERIFY(ConversationRepository(test.vault()).save(conversation));
        {
            SqliteDatabase raw;
            QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
            QVERIFY(raw.exec(BackToVersion6).ok());
            QCOMPARE(count(raw, QStringLiteral("PRAGMA user_version")), 6);
            QCOMPARE(count(raw, CountSyncTables), 0);
        }
        test.reopen();
        QCOMPARE(test.vault().status(), Vault::Status::Open);
        int version = 0;
        QVERIFY(Migrations::currentVersion(*test.vault().database(), &version).ok());
        QCOMPARE(version, 7);
        QCOMPARE(GoalRepository(test.vault()).all(), QList<Goal>({goal}));
        QCOMPARE(*ConversationRepository(test.vault()).load(QStringLiteral("c1")), conversation);
        QCOMPARE(count(*test.vault().database(), CountSyncTables), 6);
        QCOMPARE(PairingRepository(test.vault()).current(), std::nullopt);
        SharedItem item;
        item.shareId = QStringLiteral("s1");
        item.itemId = QStringLiteral("g1");
        item.kind = Consent::ItemKind::Goal;
        item.entries = {{QStringLiteral("e1"), QStringLiteral("s1")}};
        QVERIFY(SharedItemRepository(test.vault()).save(item));
        test.reopen();
        QCOMPARE(*SharedItemRepository(test.vault()).load(QStringLiteral("s1")), item);
    }

    // Step 7 keeps flags to 0/1, one pairing, a token, and no outbox entry without its item.
    void version7RefusesWhatCannotBeRead()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("m.db")),
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                    .ok());
        QVERIFY(Migrations::migrate(db).ok());
        QVERIFY(db.exec(QStringLiteral(
                            "PRAGMA foreign_keys = ON;"
                            "INSERT INTO sync_pairing (id, pairing_id, endpoint, device_token)"
                            " VALUES ('this-device', 'k', 'https://x.nl/v1', x'00ff');"
                            "INSERT INTO shared_items (share_id, kind, item_id)"
                            " VALUES ('s', 'board', 'b');"
                            "INSERT INTO outbox_entries (share_id, entry_id, action,"
                            " idempotency_key, sequence, position)"
                            " VALUES ('s', 'e', 'put', 'k', 1, 0)"))
                    .ok());
        for (const char *sql :
            {"INSERT INTO sync_pairing (id, pairing_id, endpoint, device_token)"
             " VALUES ('second', 'k', 'https://x.nl/v1', x'00')",
                "UPDATE sync_pairing SET ending = 2", "UPDATE sync_pairing SET device_token = NULL",
                "UPDATE shared_items SET with_others = 2", "UPDATE shared_items SET confirmed = -1",
                "UPDATE outbox_entries SET refresh_version = 2",
                "UPDATE outbox_entries SET parked = 3",
                "INSERT INTO outbox_entries (share_id, entry_id, action, idempotency_key,"
                " sequence, position) VALUES ('nobody', 'e', 'put', 'k', 2, 0)"}) {
            SqliteStatement statement = db.prepare(QString::fromLatin1(sql));
            QCOMPARE(statement.run().primaryCode(), SQLITE_CONSTRAINT);
        }
        // Removing an item takes its waiting changes along.
        QVERIFY(db.exec(QStringLiteral("DELETE FROM shared_items WHERE share_id = 's'")).ok());
        qint64 entries = -1;
        QVERIFY(db.queryInt(QStringLiteral("SELECT count(*) FROM outbox_entries"), &entries).ok());
        QCOMPARE(entries, 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
