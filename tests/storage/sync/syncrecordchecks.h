#pragma once

// What the sync's repository tests share: the id of each record for the never-lose checks in
// recordrepositorychecks.h (whose recordId() asks a record for id(), and these records are plain
// structs; found by argument-dependent lookup), and two checks every record table passes.

#include "core/sync/pairing.h"
#include "core/sync/proposal.h"
#include "core/sync/shareditem.h"
#include "recordrepositorychecks.h"
#include "storage/sync/consentlogentry.h"
#include "storage/sync/pairingrows.h"
#include "vaulttesthelpers.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTest>
#include <type_traits>

namespace mapje {

inline QString recordId(const Pairing &pairing)
{
    return PairingRows::idOf(pairing);
}

inline QString recordId(const SharedItem &item)
{
    return item.shareId;
}

inline QString recordId(const Proposal &proposal)
{
    return proposal.id;
}

inline QString recordId(const RescheduleRequest &request)
{
    return request.id;
}

inline QString recordId(const ConsentLogEntry &entry)
{
    return entry.id;
}

namespace testing {

/**
 * all() gives the earliest first, then by id, and a record without a moment last, from memory and
 * again from disk after a restart; make(id, moment) makes a record.
 */
template<typename Repository, typename Make>
void checkEarlierFirstThenId(Make make, const QDateTime &moment)
{
    const auto later = make(QStringLiteral("a"), moment.addDays(3));
    const auto first = make(QStringLiteral("z"), moment);
    const auto sameB = make(QStringLiteral("c"), moment.addDays(1));
    const auto sameA = make(QStringLiteral("b"), moment.addDays(1));
    const auto undated = make(QStringLiteral("0"), QDateTime());
    using Record = std::decay_t<decltype(first)>;
    const QList<Record> expected {first, sameA, sameB, later, undated};
    TestVault test;
    Repository repository(test.vault());
    for (const Record &record : {later, undated, sameB, first, sameA})
        QVERIFY(repository.save(record));
    QCOMPARE(repository.all(), expected);
    test.reopen();
    QCOMPARE(Repository(test.vault()).all(), expected);
}

/** Rows this version cannot read (unreadableRows puts them in) are skipped, never guessed. */
template<typename Repository, typename Record>
void checkUnreadableRowsAreSkipped(const Record &readable, const QString &unreadableRows)
{
    TestVault test;
    Repository repository(test.vault());
    QVERIFY(repository.save(readable));
    {
        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QVERIFY(raw.exec(unreadableRows).ok());
    }
    QCOMPARE(repository.all(), QList<Record>({readable}));
    test.reopen();
    QCOMPARE(Repository(test.vault()).all(), QList<Record>({readable}));
}

} // namespace testing

} // namespace mapje
