#include "quotavfs.h"
#include "storage/pendingrecords.h"
#include "storage/recordsql.h"
#include "storage/sqlitedatabase.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace mapje;

namespace {

/** The smallest record: enough to see which version of what was written. */
struct Memo {
    QString id;
    QString text;
    friend bool operator==(const Memo &, const Memo &) = default;
};

/** A codec on one table whose CHECK refuses the text "weiger", to make one write fail. */
struct MemoCodec {
    using Record = Memo;
    static QString idOf(const Memo &memo) { return memo.id; }
    static SqliteResult write(SqliteDatabase &db, const Memo &memo)
    {
        SqliteStatement statement
            = db.prepare(QStringLiteral("INSERT OR REPLACE INTO memos VALUES (?1, ?2)"));
        statement.bind(1, memo.id).bind(2, memo.text);
        return statement.run();
    }
    static SqliteResult remove(SqliteDatabase &db, const QString &id)
    {
        return RecordSql::deleteRows(db, QStringLiteral("memos"), QStringLiteral("id"), id);
    }
};

/** A codec that knows where it writes (as the key/text stores and the boards do): the table
 * comes with the instance. */
struct TableMemoCodec {
    using Record = Memo;
    QString table;
    static QString idOf(const Memo &memo) { return memo.id; }
    [[nodiscard]] SqliteResult write(SqliteDatabase &db, const Memo &memo) const
    {
        SqliteStatement statement
            = db.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 VALUES (?1, ?2)").arg(table));
        statement.bind(1, memo.id).bind(2, memo.text);
        return statement.run();
    }
    [[nodiscard]] SqliteResult remove(SqliteDatabase &db, const QString &id) const
    {
        return RecordSql::deleteRows(db, table, QStringLiteral("id"), id);
    }
};

QList<Memo> stored(const SqliteDatabase &db)
{
    QList<Memo> memos;
    const SqliteResult result
        = RecordSql::forEachRow(db, QStringLiteral("SELECT id, text FROM memos"),
            QStringLiteral("id"), {}, QStringLiteral("id"), [&](const SqliteStatement &row) {
                memos.append({row.columnText(0), row.columnText(1)});
            });
    return result.ok() ? memos : QList<Memo>();
}

} // namespace

class TestPendingRecords : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SqliteDatabase m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    void init()
    {
        m_db.close();
        QFile::remove(m_dir.filePath(QStringLiteral("p.db")));
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("p.db")),
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, QuotaVfs::Name)
                    .ok());
        QVERIFY(m_db.exec(QStringLiteral("CREATE TABLE memos (id TEXT PRIMARY KEY,"
                                         " text TEXT NOT NULL CHECK (text <> 'weiger'))"))
                    .ok());
    }

    void cleanup() { QuotaVfs::setMode(QuotaVfs::Mode::Normal); }

    void newestVersionWins()
    {
        PendingRecords<MemoCodec> pending;
        QVERIFY(pending.isEmpty());
        pending.put(QStringLiteral("a"), Memo {QStringLiteral("a"), QStringLiteral("één")});
        pending.put(QStringLiteral("a"), Memo {QStringLiteral("a"), QStringLiteral("twee")});
        pending.put(QStringLiteral("b"), std::nullopt);
        QCOMPARE(pending.size(), 2);
        QVERIFY(pending.contains(QStringLiteral("b")));
        QVERIFY(!pending.contains(QStringLiteral("c")));
        QCOMPARE(pending.value(QStringLiteral("a")),
            std::optional<Memo>(Memo {QStringLiteral("a"), QStringLiteral("twee")}));
        QVERIFY(!pending.value(QStringLiteral("b")));
    }

    // A pending version replaces the stored one, a pending removal hides it, a new one is added.
    void overlayLaysMemoryOverDisk()
    {
        PendingRecords<MemoCodec> pending;
        pending.put(QStringLiteral("a"), Memo {QStringLiteral("a"), QStringLiteral("nieuw")});
        pending.put(QStringLiteral("b"), std::nullopt);
        pending.put(QStringLiteral("d"), Memo {QStringLiteral("d"), QStringLiteral("erbij")});
        const QList<Memo> disk = {{QStringLiteral("a"), QStringLiteral("oud")},
            {QStringLiteral("b"), QStringLiteral("weg")},
            {QStringLiteral("c"), QStringLiteral("blijft")}};
        QList<Memo> merged = pending.overlay(disk);
        std::sort(
            merged.begin(), merged.end(), [](const Memo &x, const Memo &y) { return x.id < y.id; });
        QCOMPARE(merged,
            QList<Memo>({{QStringLiteral("a"), QStringLiteral("nieuw")},
                {QStringLiteral("c"), QStringLiteral("blijft")},
                {QStringLiteral("d"), QStringLiteral("erbij")}}));
    }

    // What is pending, without the removals: for stores that merge memory with their own reads.
    void recordsLeaveRemovalsOut()
    {
        PendingRecords<MemoCodec> pending;
        pending.put(QStringLiteral("a"), Memo {QStringLiteral("a"), QStringLiteral("blijft")});
        pending.put(QStringLiteral("b"), std::nullopt);
        QCOMPARE(pending.records(), QList<Memo>({{QStringLiteral("a"), QStringLiteral("blijft")}}));
    }

    void codecInstanceWritesWhereItWasTold()
    {
        QVERIFY(
            m_db.exec(QStringLiteral("CREATE TABLE other_memos (id TEXT PRIMARY KEY, text TEXT)"))
                .ok());
        QVERIFY(m_db.exec(QStringLiteral("INSERT INTO other_memos VALUES ('b', 'weg')")).ok());
        PendingRecords<TableMemoCodec> pending(TableMemoCodec {QStringLiteral("other_memos")});
        pending.put(QStringLiteral("a"), Memo {QStringLiteral("a"), QStringLiteral("hier")});
        pending.put(QStringLiteral("b"), std::nullopt);
        QVERIFY(pending.flush(&m_db).ok());
        QVERIFY(stored(m_db).isEmpty());
        QList<Memo> other;
        QVERIFY(RecordSql::forEachRow(m_db, QStringLiteral("SELECT id, text FROM other_memos"),
            QStringLiteral("id"), {}, QStringLiteral("id"), [&](const SqliteStatement &row) {
                other.append({row.columnText(0), row.columnText(1)});
            }).ok());
        QCOMPARE(other, QList<Memo>({{QStringLiteral("a"), QStringLiteral("hier")}}));
    }

    void flushWritesAllInOneGo()
    {
        QVERIFY(MemoCodec::write(m_db, {QStringLiteral("b"), QStringLiteral("weg")}).ok());
        PendingRecords<MemoCodec> pending;
        pending.put(QStringLiteral("a"), Memo {QStringLiteral("a"), QStringLiteral("ĳs")});
        pending.put(QStringLiteral("b"), std::nullopt);
        QVERIFY(pending.flush(&m_db).ok());
        QVERIFY(pending.isEmpty());
        QCOMPARE(stored(m_db), QList<Memo>({{QStringLiteral("a"), QStringLiteral("ĳs")}}));
        QVERIFY(pending.flush(&m_db).ok()); // nothing to do is no error
    }

    // One refused record rolls the whole transaction back: nothing half written, all pending.
    void failedWriteKeepsEverythingPending()
    {
        QVERIFY(MemoCodec::write(m_db, {QStringLiteral("a"), QStringLiteral("oud")}).ok());
        PendingRecords<MemoCodec> pending;
        pending.put(QStringLiteral("a"), Memo {QStringLiteral("a"), QStringLiteral("nieuw")});
        pending.put(QStringLiteral("x"), Memo {QStringLiteral("x"), QStringLiteral("weiger")});
        pending.put(QStringLiteral("z"), Memo {QStringLiteral("z"), QStringLiteral("ook")});
        QCOMPARE(pending.flush(&m_db).primaryCode(), SQLITE_CONSTRAINT);
        QCOMPARE(pending.size(), 3);
        QCOMPARE(stored(m_db), QList<Memo>({{QStringLiteral("a"), QStringLiteral("oud")}}));
        QVERIFY(!m_db.inTransaction());
        pending.put(QStringLiteral("x"), Memo {QStringLiteral("x"), QStringLiteral("goed")});
        QVERIFY(pending.flush(&m_db).ok());
        QCOMPARE(stored(m_db).size(), 3);
    }

    void refusingDiskKeepsEverythingPending()
    {
        PendingRecords<MemoCodec> pending;
        pending.put(QStringLiteral("a"), Memo {QStringLiteral("a"), QStringLiteral("tekst")});
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        const SqliteResult result = pending.flush(&m_db);
        QCOMPARE(result.primaryCode(), SQLITE_FULL);
        QVERIFY(result.isStorageProblem());
        QCOMPARE(pending.size(), 1);
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QVERIFY(pending.flush(&m_db).ok());
        QCOMPARE(stored(m_db), QList<Memo>({{QStringLiteral("a"), QStringLiteral("tekst")}}));
    }

    void closedDatabaseKeepsEverythingPending()
    {
        PendingRecords<MemoCodec> pending;
        pending.put(QStringLiteral("a"), Memo {QStringLiteral("a"), QStringLiteral("tekst")});
        QCOMPARE(pending.flush(nullptr).code(), SQLITE_MISUSE);
        SqliteDatabase closed;
        QCOMPARE(pending.flush(&closed).code(), SQLITE_MISUSE);
        QCOMPARE(pending.size(), 1);
        pending.clear();
        QVERIFY(pending.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPendingRecords)
#include "tst_pendingrecords.moc"
