#include "storage/sync/shareditemrepository.h"
#include "syncrecordchecks.h"
#include "vaulttesthelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace mapje;
using namespace mapje::testing;
using Action = Outbox::Entry::Action;

namespace {

const QDateTime Consented(QDate(2026, 12, 1), QTime(10, 0, 0, 250), Qt::UTC);
const QByteArray Body = QByteArray("{\"bord\":\"café\"}") + QByteArray("\x00\xff\x01", 3);

Outbox::Entry entry(const QString &shareId, const QString &entryId, Action action, qint64 sequence)
{
    Outbox::Entry entry;
    entry.entryId = entryId;
    entry.shareId = shareId;
    entry.action = action;
    entry.idempotencyKey = u"key-"_qs + entryId;
    entry.createdAt = Consented.addSecs(sequence);
    entry.sequence = sequence;
    return entry;
}

/**
 * An item with every field set and three waiting entries: a version tried twice that must read
 * the server's version first, a newer one never tried, and a parked delete with no body.
 */
SharedItem fullItem(const QString &shareId, const QDateTime &consentedAt = Consented)
{
    SharedItem item;
    item.shareId = shareId;
    item.kind = Consent::ItemKind::Goal;
    item.itemId = u"g-7"_qs;
    item.title = u"Mijn rekeningen op tijd (één keer per week)"_qs;
    item.withOthers = true;
    item.consentedBody = Body;
    item.consentedAt = consentedAt;
    item.withdrawnAt = consentedAt.addDays(2);
    Outbox::Entry tried = entry(shareId, u"e1"_qs, Action::Put, 41);
    tried.body = Body;
    tried.attempts = 2;
    tried.nextAttemptAt = consentedAt.addSecs(8).addMSecs(3);
    tried.refreshVersion = true;
    Outbox::Entry newer = entry(shareId, u"e0"_qs, Action::Put, 43);
    newer.body = Body + Body;
    Outbox::Entry parked = entry(shareId, u"e2"_qs, Action::Delete, 44);
    parked.parked = true;
    item.entries = {tried, newer, parked};
    item.confirmed = Outbox::Confirmed {shareId, u"\"v3\""_qs, consentedAt.addSecs(1)};
    return item;
}

/** A board shared a moment ago: nothing waits, nothing confirmed, not withdrawn. */
SharedItem plainItem(const QString &shareId, const QDateTime &consentedAt = Consented)
{
    SharedItem item;
    item.shareId = shareId;
    item.itemId = u"b-1"_qs;
    item.consentedAt = consentedAt;
    return item;
}

} // namespace

class TestSharedItemRepository : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    void cleanup() { QuotaVfs::setMode(QuotaVfs::Mode::Normal); }

    void roundTripKeepsEveryField()
    {
        TestVault test;
        SharedItemRepository items(test.vault());
        QVERIFY(items.all().isEmpty());
        const SharedItem full = fullItem(u"s1"_qs);
        const SharedItem plain = plainItem(u"s2"_qs, Consented.addSecs(60));
        // Confirmed as not on the server (withdrawn) is not the same as never confirmed.
        SharedItem gone = plainItem(u"s3"_qs, Consented.addSecs(120));
        gone.confirmed = Outbox::Confirmed {u"s3"_qs, {}, Consented.addSecs(180)};
        QSignalSpy changed(&items, &SharedItemRepository::sharedItemChanged);
        for (const SharedItem &item : {full, plain, gone})
            QVERIFY(items.save(item));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(0).at(0).toString(), u"s1"_qs);
        QVERIFY(!items.save(plainItem({}))); // no shareId, nothing to keep it by

        test.reopen(); // read from disk, not from memory
        SharedItemRepository after(test.vault());
        const std::optional<SharedItem> loaded = after.load(u"s1"_qs);
        QVERIFY(loaded);
        QCOMPARE(loaded->consentedBody, Body);
        QCOMPARE(loaded->entries.size(), 3);
        QCOMPARE(loaded->entries, full.entries);
        QCOMPARE(loaded->confirmed, full.confirmed);
        QCOMPARE(*loaded, full);
        QCOMPARE(after.load(u"s3"_qs)->confirmed->etag, QString());
        QCOMPARE(after.all(), QList<SharedItem>({full, plain, gone}));

        // Bodies are BLOBs, actions and kinds text keys, the order of her changes kept.
        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(column(raw,
                     u"SELECT kind || '|' || typeof(consented_body) || '|' || confirmed || '|'"
                     " || confirmed_etag || '|' || withdrawn_at FROM shared_items"
                     " ORDER BY share_id"_qs),
            QStringList({u"goal|blob|1|\"v3\"|2026-12-03T10:00:00.250Z"_qs, u"board|blob|0||"_qs,
                u"board|blob|1||"_qs}));
        QCOMPARE(column(raw,
                     u"SELECT entry_id || '|' || action || '|' || typeof(body) || '|' || attempts"
                     " || '|' || refresh_version || parked || '|' || sequence FROM outbox_entries"
                     " ORDER BY position"_qs),
            QStringList({u"e1|put|blob|2|10|41"_qs, u"e0|put|blob|0|00|43"_qs,
                u"e2|delete|blob|0|01|44"_qs}));
    }

    // By the moment she said yes, then shareId; an item without one comes last.
    void allByConsentedAtThenShareId()
    {
        checkEarlierFirstThenId<SharedItemRepository>(&fullItem, Consented);
    }

    // A save replaces all of the item's entries: what was sent is gone, what waits stays.
    void saveReplacesTheEntries()
    {
        TestVault test;
        SharedItemRepository items(test.vault());
        SharedItem item = fullItem(u"s"_qs);
        QVERIFY(items.save(item));
        QVERIFY(items.save(fullItem(u"other"_qs)));
        item.entries.removeFirst();
        item.confirmed->etag = u"\"v4\""_qs;
        QVERIFY(items.save(item));
        QCOMPARE(*items.load(u"s"_qs), item);
        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(count(raw, u"SELECT count(*) FROM outbox_entries WHERE share_id = 's'"_qs), 2);
        QCOMPARE(count(raw, u"SELECT count(*) FROM outbox_entries"_qs), 5);
        test.reopen();
        QCOMPARE(*SharedItemRepository(test.vault()).load(u"s"_qs), item);
    }

    void removeCascadesEntries()
    {
        TestVault test;
        SharedItemRepository items(test.vault());
        QVERIFY(items.save(fullItem(u"weg"_qs)));
        QVERIFY(items.save(fullItem(u"blijft"_qs)));
        QSignalSpy changed(&items, &SharedItemRepository::sharedItemChanged);
        QVERIFY(items.remove(u"weg"_qs));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), u"weg"_qs);
        QVERIFY(!items.load(u"weg"_qs));
        QCOMPARE(items.all(), QList<SharedItem>({fullItem(u"blijft"_qs)}));
        QVERIFY(items.remove(u"nooit-bestaan"_qs)); // nothing to remove is no error
        QVERIFY(!items.remove(QString()));

        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(count(raw, u"SELECT count(*) FROM outbox_entries WHERE share_id = 'weg'"_qs), 0);
        // The schema cascades too, for any delete that does not go through the repository.
        QVERIFY(raw.exec(u"PRAGMA foreign_keys = ON; DELETE FROM shared_items"
                         " WHERE share_id = 'blijft'"_qs)
                    .ok());
        QCOMPARE(count(raw, u"SELECT count(*) FROM outbox_entries"_qs), 0);
    }

    // Rows this version cannot read (an unknown kind or action) are skipped, never guessed.
    void unreadableRowsAreSkipped()
    {
        checkUnreadableRowsAreSkipped<SharedItemRepository>(plainItem(u"goed"_qs),
            u"INSERT INTO shared_items (share_id, kind, item_id) VALUES ('later', 'dream', 'x');"
            "INSERT INTO outbox_entries (share_id, entry_id, action, idempotency_key, sequence,"
            " position) VALUES ('goed', 'e', 'patch', 'k', 1, 0)"_qs);
    }

    void allIsFixedQueries()
    {
        checkAllIsFixedQueries<SharedItemRepository>(
            [](int i) { return fullItem(u"s%1"_qs.arg(i)); }, 2);
    }

    void refusedWritesStayNewest_data() { addDiskFaultRows(); }
    void refusedWritesStayNewest()
    {
        QFETCH(int, mode);
        QFETCH(int, code);
        SharedItem changed = fullItem(u"s"_qs);
        changed.entries.removeFirst();
        changed.entries.first().attempts = 1;
        checkRefusedWritesStayNewest<SharedItemRepository>(QuotaVfs::Mode(mode), code,
            fullItem(u"s"_qs), changed, plainItem(u"nieuw"_qs),
            fullItem(u"weg"_qs, Consented.addDays(-1)));
    }

    void pendingSurvivesLock()
    {
        checkPendingSurvivesLock<SharedItemRepository>(fullItem(u"s"_qs));
    }
    void wipeDropsPending() { checkWipeDropsPending<SharedItemRepository>(fullItem(u"s"_qs)); }
};

QTEST_GUILESS_MAIN(TestSharedItemRepository)
#include "tst_shareditemrepository.moc"
