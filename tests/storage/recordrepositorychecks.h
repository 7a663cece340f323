#pragma once

// The never-lose checks every record repository must pass, written once for all of them.

#include "core/reminder.h"
#include "quotavfs.h"
#include "testvault.h"

#include <QHash>
#include <QList>
#include <QSignalSpy>
#include <QTest>
#include <sqlite3.h>

namespace mapje::testing {

template<typename Record> QString recordId(const Record &record)
{
    return record.id();
}

inline QString recordId(const ReminderState &state)
{
    return state.key;
}

template<typename Record> QList<Record> recordList(const QList<Record> &records)
{
    return records;
}

/** all() of the reminder states is a hash; sorted by key so comparisons do not depend on it. */
template<typename Record> QList<Record> recordList(const QHash<QString, Record> &records)
{
    QList<Record> list = records.values();
    std::sort(list.begin(), list.end(),
        [](const Record &a, const Record &b) { return recordId(a) < recordId(b); });
    return list;
}

/** The fault modes of QuotaVfs with the SQLite primary code each one gives. */
inline void addDiskFaultRows()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("code");
    QTest::newRow("full disk") << int(QuotaVfs::Mode::Full) << SQLITE_FULL;
    QTest::newRow("read-only") << int(QuotaVfs::Mode::ReadOnly) << SQLITE_READONLY;
    QTest::newRow("I/O error") << int(QuotaVfs::Mode::IoError) << SQLITE_IOERR;
}

/**
 * The disk refuses while the citizen changes `kept` into `changed`, adds `added` and removes
 * `removed`: every save says false, memory wins on every read, and the retry writes it all.
 */
template<typename Repository, typename Record>
void checkRefusedWritesStayNewest(QuotaVfs::Mode mode, int code, const Record &kept,
    const Record &changed, const Record &added, const Record &removed)
{
    TestVault test(QuotaVfs::Name);
    Repository repository(test.vault());
    QVERIFY(repository.save(kept));
    QVERIFY(repository.save(removed));
    QSignalSpy unsaved(&repository, &Repository::hasUnsavedChangesChanged);

    QuotaVfs::setMode(mode);
    QVERIFY(!repository.save(changed));
    QVERIFY(QuotaVfs::refusedWrites() > 0);
    QCOMPARE(repository.lastError().primaryCode(), code);
    QVERIFY(repository.lastError().isStorageProblem());
    QVERIFY(repository.hasUnsavedChanges());
    QCOMPARE(unsaved.count(), 1);
    QCOMPARE(unsaved.at(0).at(0).toBool(), true);
    QVERIFY(!repository.save(added));
    QVERIFY(!repository.remove(recordId(removed)));
    QVERIFY(!repository.retryPendingSaves());
    QCOMPARE(unsaved.count(), 1); // no repeated signal while it stays unsaved

    QCOMPARE(repository.load(recordId(changed)), std::optional<Record>(changed));
    QCOMPARE(repository.load(recordId(added)), std::optional<Record>(added));
    QCOMPARE(repository.load(recordId(removed)), std::nullopt);
    const QList<Record> all = recordList(repository.all());
    QCOMPARE(all.size(), 2);
    QVERIFY(all.contains(changed));
    QVERIFY(all.contains(added));

    // What was saved before is intact on disk, as a second connection reads it.
    {
        const auto other = test.other();
        Repository stored(*other);
        QCOMPARE(stored.load(recordId(kept)), std::optional<Record>(kept));
        QCOMPARE(stored.load(recordId(removed)), std::optional<Record>(removed));
        QCOMPARE(stored.load(recordId(added)), std::nullopt);
    }

    // The disk recovers: the retry writes the newest version of everything.
    QuotaVfs::setMode(QuotaVfs::Mode::Normal);
    QVERIFY(repository.retryPendingSaves());
    QVERIFY(!repository.hasUnsavedChanges());
    QVERIFY(repository.lastError().ok());
    QCOMPARE(unsaved.count(), 2);
    QCOMPARE(unsaved.at(1).at(0).toBool(), false);
    test.reopen();
    Repository after(test.vault());
    QCOMPARE(after.load(recordId(changed)), std::optional<Record>(changed));
    QCOMPARE(after.load(recordId(added)), std::optional<Record>(added));
    QCOMPARE(after.load(recordId(removed)), std::nullopt);
    QCOMPARE(recordList(after.all()).size(), 2);
}

/** A refused save outlives a lock, is kept while locked, and is written when the vault opens. */
template<typename Repository, typename Record> void checkPendingSurvivesLock(const Record &record)
{
    TestVault test(QuotaVfs::Name);
    Repository repository(test.vault());
    QuotaVfs::setMode(QuotaVfs::Mode::Full);
    QVERIFY(!repository.save(record));
    test.vault().lock(); // tries once more, still full
    QVERIFY(repository.hasUnsavedChanges());
    QCOMPARE(repository.load(recordId(record)), std::optional<Record>(record));
    QCOMPARE(recordList(repository.all()), QList<Record>({record}));
    QuotaVfs::setMode(QuotaVfs::Mode::Normal);
    QCOMPARE(test.vault().unlock(TestVault::Pin), Vault::UnlockResult::Opened);
    QVERIFY(!repository.hasUnsavedChanges());
    test.reopen();
    Repository after(test.vault());
    QCOMPARE(after.load(recordId(record)), std::optional<Record>(record));
}

/** Wiping is the citizen's explicit choice: pending records go with it. */
template<typename Repository, typename Record> void checkWipeDropsPending(const Record &record)
{
    TestVault test(QuotaVfs::Name);
    Repository repository(test.vault());
    QSignalSpy unsaved(&repository, &Repository::hasUnsavedChangesChanged);
    QuotaVfs::setMode(QuotaVfs::Mode::Full);
    QVERIFY(!repository.save(record));
    QuotaVfs::setMode(QuotaVfs::Mode::Normal);
    QVERIFY(test.vault().wipe());
    QVERIFY(!repository.hasUnsavedChanges());
    QCOMPARE(unsaved.count(), 2);
    QCOMPARE(repository.load(recordId(record)), std::nullopt);
}

inline int countStatement(unsigned, void *context, void *, void *)
{
    ++*static_cast<int *>(context);
    return 0;
}

/** all() reads with the same few statements for one record as for many (no query per record). */
template<typename Repository, typename Make>
void checkAllIsFixedQueries(Make makeRecord, int maxStatements)
{
    TestVault test;
    Repository repository(test.vault());
    int statements = 0;
    sqlite3 *handle = test.vault().database()->handle();
    sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &countStatement, &statements);
    QVERIFY(repository.save(makeRecord(0)));
    statements = 0;
    QCOMPARE(recordList(repository.all()).size(), 1);
    const int forOne = statements;
    for (int i = 1; i < 12; ++i)
        QVERIFY(repository.save(makeRecord(i)));
    statements = 0;
    QCOMPARE(recordList(repository.all()).size(), 12);
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    QCOMPARE(statements, forOne);
    QVERIFY2(statements <= maxStatements, QByteArray::number(statements).constData());
}

} // namespace mapje::testing
