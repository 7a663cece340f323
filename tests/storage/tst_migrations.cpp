#include "storage/migrations.h"
#include "storage/securebytes.h"
#include "storage/sqlitedatabase.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace mapje;

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
        QVERIFY(Migrations::latestVersion() >= 1);
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
