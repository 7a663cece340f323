#include "storage/securebytes.h"
#include "storage/sqlitedatabase.h"
#include "storage/sqlitetransaction.h"
#include "vaulttesthelpers.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace mapje;
using namespace mapje::testing;

/** The RAII wrapper: statements, transactions and error codes that tell disk trouble from damage.
 */
class TestSqliteDatabase : public QObject {
    Q_OBJECT

private:
    static constexpr auto Key
        = "x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'";

    static SqliteDatabase openKeyed(const QString &path)
    {
        SqliteDatabase db;
        if (db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE).ok())
            (void)db.key(SecureBytes(QByteArrayView(Key)));
        return db;
    }

    static qint64 count(const SqliteDatabase &db)
    {
        qint64 n = -1;
        (void)db.queryInt(QStringLiteral("SELECT count(*) FROM t"), &n);
        return n;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void statementsBindAndStep()
    {
        QTemporaryDir dir;
        SqliteDatabase db = openKeyed(dir.filePath(QStringLiteral("a.db")));
        QVERIFY(db.isOpen());
        QVERIFY(
            db.exec(QStringLiteral("CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER, b BLOB)")).ok());
        SqliteStatement insert = db.prepare(QStringLiteral("INSERT INTO t VALUES (?1, ?2, ?3)"));
        QVERIFY(insert.prepared().ok());
        for (int i = 0; i < 3; ++i) {
            insert.reset();
            insert.bind(1, QStringLiteral("sleutel-ü-%1").arg(i))
                .bind(2, qint64(i) << 40)
                .bindBlob(3, QByteArray(i, '\0'));
            QVERIFY(insert.run().ok());
        }
        insert.reset();
        insert.bind(1, QStringLiteral("leeg")).bind(2, 0).bindNull(3);
        QVERIFY(insert.run().ok());
        SqliteStatement select = db.prepare(QStringLiteral("SELECT k, n, b FROM t ORDER BY n"));
        QStringList keys;
        SqliteResult result;
        while ((result = select.step()).ok() && select.hasRow())
            keys << select.columnText(0);
        QVERIFY(result.ok());
        QCOMPARE(keys.size(), 4);
        QVERIFY(keys.contains(QStringLiteral("sleutel-ü-2")));
        QCOMPARE(count(db), 4);

        SqliteStatement duplicate
            = db.prepare(QStringLiteral("INSERT INTO t VALUES ('leeg', 1, NULL)"));
        const SqliteResult conflict = duplicate.run();
        QCOMPARE(conflict.primaryCode(), SQLITE_CONSTRAINT);
        QVERIFY(!conflict.isStorageProblem());
        QVERIFY(!conflict.isNotADatabase());

        SqliteStatement broken = db.prepare(QStringLiteral("SELEKT nonsense"));
        QCOMPARE(broken.prepared().primaryCode(), SQLITE_ERROR);
        QCOMPARE(broken.step().primaryCode(), SQLITE_ERROR);
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        SqliteDatabase db = openKeyed(dir.filePath(QStringLiteral("b.db")));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x)")).ok());
        {
            SqliteTransaction transaction(db);
            QVERIFY(transaction.begun().ok());
            QVERIFY(db.inTransaction());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        } // no commit
        QVERIFY(!db.inTransaction());
        QCOMPARE(count(db), 0);
        {
            SqliteTransaction transaction(db);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (2)")).ok());
            QVERIFY(transaction.commit().ok());
            QVERIFY(!transaction.commit().ok()); // only once
        }
        QCOMPARE(count(db), 1);
        {
            SqliteTransaction transaction(db);
            QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (3)")).ok());
            transaction.rollback();
            QVERIFY(!transaction.commit().ok());
        }
        QCOMPARE(count(db), 1);
    }

    void errorCodesTellDamageFromDisk()
    {
        QTemporaryDir dir;
        // Random bytes: not a database.
        const QString random = dir.filePath(QStringLiteral("random.db"));
        QVERIFY(writeAll(random, QByteArray(8192, 'q')));
        SqliteDatabase noise = openKeyed(random);
        const SqliteResult notADb
            = noise.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"), nullptr);
        QCOMPARE(notADb.primaryCode(), SQLITE_NOTADB);
        QVERIFY(notADb.isNotADatabase());
        QVERIFY(!notADb.isStorageProblem());
        // Wrong key on a real encrypted database looks the same.
        {
            SqliteDatabase db = openKeyed(dir.filePath(QStringLiteral("c.db")));
            QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x)")).ok());
        }
        SqliteDatabase wrong;
        QVERIFY(wrong.open(dir.filePath(QStringLiteral("c.db")), SQLITE_OPEN_READWRITE).ok());
        QVERIFY(wrong
                    .key(SecureBytes(QByteArrayView(
                        "x'ff112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'")))
                    .ok());
        QVERIFY(wrong.queryInt(QStringLiteral("SELECT count(*) FROM t"), nullptr).isNotADatabase());
        // A folder that does not exist: cannot open, a disk problem, not damage.
        SqliteDatabase missing;
        const SqliteResult cannotOpen = missing.open(
            dir.filePath(QStringLiteral("nee/x.db")), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        QCOMPARE(cannotOpen.primaryCode(), SQLITE_CANTOPEN);
        QVERIFY(cannotOpen.isStorageProblem());
        QVERIFY(!missing.isOpen());
        // Read-only connection refuses writes with SQLITE_READONLY.
        SqliteDatabase readOnly;
        QVERIFY(readOnly.open(dir.filePath(QStringLiteral("c.db")), SQLITE_OPEN_READONLY).ok());
        QVERIFY(readOnly.key(SecureBytes(QByteArrayView(Key))).ok());
        const SqliteResult refused = readOnly.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        QCOMPARE(refused.primaryCode(), SQLITE_READONLY);
        QVERIFY(refused.isStorageProblem());
        // Used while closed: a clear misuse, no crash.
        SqliteDatabase closed;
        QCOMPARE(closed.exec(QStringLiteral("SELECT 1")).primaryCode(), SQLITE_MISUSE);
        QCOMPARE(closed.prepare(QStringLiteral("SELECT 1")).step().primaryCode(), SQLITE_MISUSE);
    }

    void quickCheckReportsOk()
    {
        QTemporaryDir dir;
        SqliteDatabase db = openKeyed(dir.filePath(QStringLiteral("d.db")));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (x)")).ok());
        QString report;
        QVERIFY(db.quickCheck(&report).ok());
        QCOMPARE(report, QStringLiteral("ok"));
    }

    void movesKeepOneOwner()
    {
        QTemporaryDir dir;
        SqliteDatabase a = openKeyed(dir.filePath(QStringLiteral("e.db")));
        SqliteDatabase b(std::move(a));
        QVERIFY(!a.isOpen()); // NOLINT(bugprone-use-after-move)
        QVERIFY(b.isOpen());
        QVERIFY(b.exec(QStringLiteral("CREATE TABLE t (x)")).ok());
        b.close();
        QVERIFY(!b.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "tst_sqlitedatabase.moc"
