#include "storage/sync/pairingrepository.h"
#include "syncrecordchecks.h"
#include "vaulttesthelpers.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace mapje;
using namespace mapje::testing;

namespace {

const QDateTime Paired(QDate(2026, 11, 23), QTime(9, 15, 30, 125), Qt::UTC);

/** A token as the endpoint hands it out, with a NUL and a 0xff byte in it and a unique part. */
QByteArray deviceToken()
{
    return QByteArray("mapje-apparaat-") + QUuid::createUuid().toRfc4122()
        + QByteArray("\x00\xff", 2) + QByteArray("-einde");
}

/** Every field set, ending included. */
Pairing fullPairing(const QByteArray &token = deviceToken())
{
    Pairing pairing;
    pairing.pairingId = u"k-4f1c"_qs;
    pairing.municipality = u"Gemeente 's-Hertogenbosch"_qs;
    pairing.endpoint = QUrl(u"https://mapje.example.nl:8443/gemeente/v1"_qs);
    pairing.deviceToken = token;
    pairing.pairedAt = Paired;
    pairing.appointmentsCursor = u"afspraken-17"_qs;
    pairing.momentsCursor = u"momenten-3"_qs;
    pairing.ending = true;
    return pairing;
}

/** Whether any file under folder holds these bytes. */
bool anyFileHolds(const QString &folder, const QByteArray &bytes)
{
    const QStringList files = filesUnder(folder);
    return std::any_of(files.cbegin(), files.cend(),
        [&](const QString &file) { return readAll(file).contains(bytes); });
}

} // namespace

class TestPairingRepository : public QObject {
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
        PairingRepository pairings(test.vault());
        QCOMPARE(pairings.current(), std::nullopt);
        const Pairing pairing = fullPairing();
        QSignalSpy changed(&pairings, &PairingRepository::pairingChanged);
        QVERIFY(pairings.save(pairing));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!pairings.hasUnsavedChanges());

        test.reopen(); // read from disk, not from memory
        const std::optional<Pairing> loaded = PairingRepository(test.vault()).current();
        QVERIFY(loaded);
        QCOMPARE(loaded->deviceToken, pairing.deviceToken);
        QCOMPARE(loaded->endpoint, pairing.endpoint);
        QCOMPARE(loaded->pairedAt, Paired);
        QVERIFY(loaded->ending);
        QCOMPARE(*loaded, pairing);

        // The token is kept as the bytes it is, the time as ISO UTC text, the flag as 0 or 1.
        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(column(raw,
                     u"SELECT id || '|' || typeof(device_token) || '|' || length(device_token)"
                     " || '|' || paired_at || '|' || ending FROM sync_pairing"_qs),
            QStringList({u"this-device|blob|%1|2026-11-23T09:15:30.125Z|1"_qs.arg(
                pairing.deviceToken.size())}));
    }

    // A plain pairing (nothing read yet, not ending) keeps its empty cursors and no flag.
    void plainPairingRoundTrips()
    {
        TestVault test;
        Pairing pairing;
        pairing.pairingId = u"k-1"_qs;
        pairing.endpoint = QUrl(u"http://127.0.0.1:8080/v1"_qs);
        pairing.deviceToken = QByteArray(1, '\0');
        QVERIFY(PairingRepository(test.vault()).save(pairing));
        test.reopen();
        QCOMPARE(PairingRepository(test.vault()).current(), std::optional<Pairing>(pairing));
    }

    // One pairing at a time: a new one replaces the old row, and the table takes no second row.
    void aNewPairingReplacesTheOld()
    {
        TestVault test;
        PairingRepository pairings(test.vault());
        QVERIFY(pairings.save(fullPairing()));
        Pairing next = fullPairing();
        next.pairingId = u"k-2"_qs;
        next.ending = false;
        QVERIFY(pairings.save(next));
        QCOMPARE(pairings.current(), std::optional<Pairing>(next));
        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(count(raw, u"SELECT count(*) FROM sync_pairing"_qs), 1);
        SqliteStatement second
            = raw.prepare(u"INSERT INTO sync_pairing (id, pairing_id, endpoint, device_token)"
                          " VALUES ('other-device', 'k-3', 'https://x.nl/v1', x'00')"_qs);
        QCOMPARE(second.run().primaryCode(), SQLITE_CONSTRAINT);
    }

    void removeForgetsThePairing()
    {
        TestVault test;
        PairingRepository pairings(test.vault());
        QVERIFY(pairings.save(fullPairing()));
        QSignalSpy changed(&pairings, &PairingRepository::pairingChanged);
        QVERIFY(pairings.remove());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(pairings.current(), std::nullopt);
        QVERIFY(pairings.remove()); // nothing to remove is no error
        test.reopen();
        QCOMPARE(PairingRepository(test.vault()).current(), std::nullopt);
        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(count(raw, u"SELECT count(*) FROM sync_pairing"_qs), 0);
    }

    // The token is a secret: on disk it exists only encrypted, open (WAL) or locked.
    void tokenIsNeverOnDiskInPlaintext()
    {
        TestVault test;
        const QByteArray token = deviceToken();
        QVERIFY(PairingRepository(test.vault()).save(fullPairing(token)));
        const QByteArray unique = token.mid(15, 16); // the random part alone
        for (const QByteArray &form :
            {token, unique, unique.toHex(), unique.toHex().toUpper(), unique.toBase64()})
            QVERIFY2(!anyFileHolds(test.path(), form), form.toHex().constData());
        test.vault().lock();
        QVERIFY(!anyFileHolds(test.path(), token));
        QVERIFY(!anyFileHolds(test.path(), unique));
        test.reopen();
        QCOMPARE(PairingRepository(test.vault()).current()->deviceToken, token);
        QVERIFY(!anyFileHolds(test.path(), unique));
        // The scan itself finds bytes that are there.
        QVERIFY(writeAll(test.path() + u"/plain.bin"_qs, "voor " + token + " na"));
        QVERIFY(anyFileHolds(test.path(), unique));
    }

    // The disk refuses: the newest pairing stays in memory and wins, the old one stays on disk,
    // and the retry writes it.
    void refusedSaveStaysNewest_data() { addDiskFaultRows(); }
    void refusedSaveStaysNewest()
    {
        QFETCH(int, mode);
        QFETCH(int, code);
        TestVault test(QuotaVfs::Name);
        PairingRepository pairings(test.vault());
        const Pairing kept = fullPairing();
        QVERIFY(pairings.save(kept));
        Pairing changed = kept;
        changed.appointmentsCursor = u"afspraken-18"_qs;
        changed.ending = false;
        QSignalSpy unsaved(&pairings, &PairingRepository::hasUnsavedChangesChanged);

        QuotaVfs::setMode(QuotaVfs::Mode(mode));
        QVERIFY(!pairings.save(changed));
        QCOMPARE(pairings.lastError().primaryCode(), code);
        QVERIFY(pairings.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 1);
        QCOMPARE(pairings.current(), std::optional<Pairing>(changed));
        QVERIFY(!pairings.retryPendingSaves());
        {
            const auto other = test.other();
            QCOMPARE(PairingRepository(*other).current(), std::optional<Pairing>(kept));
        }

        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QVERIFY(pairings.retryPendingSaves());
        QVERIFY(!pairings.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 2);
        test.reopen();
        QCOMPARE(PairingRepository(test.vault()).current(), std::optional<Pairing>(changed));
    }

    // Forgetting a pairing the disk refuses: gone at once for the app, removed on the retry.
    void refusedRemoveStaysPending()
    {
        TestVault test(QuotaVfs::Name);
        PairingRepository pairings(test.vault());
        QVERIFY(pairings.save(fullPairing()));
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        QVERIFY(!pairings.remove());
        QCOMPARE(pairings.current(), std::nullopt);
        {
            const auto other = test.other();
            QVERIFY(PairingRepository(*other).current());
        }
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QVERIFY(pairings.retryPendingSaves());
        test.reopen();
        QCOMPARE(PairingRepository(test.vault()).current(), std::nullopt);
    }

    void pendingSurvivesLock()
    {
        TestVault test(QuotaVfs::Name);
        PairingRepository pairings(test.vault());
        const Pairing pairing = fullPairing();
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        QVERIFY(!pairings.save(pairing));
        test.vault().lock(); // tries once more, still full
        QVERIFY(pairings.hasUnsavedChanges());
        QCOMPARE(pairings.current(), std::optional<Pairing>(pairing));
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QCOMPARE(test.vault().unlock(TestVault::Pin), Vault::UnlockResult::Opened);
        QVERIFY(!pairings.hasUnsavedChanges());
        test.reopen();
        QCOMPARE(PairingRepository(test.vault()).current(), std::optional<Pairing>(pairing));
    }

    void wipeDropsPending() { checkWipeDropsPending<PairingRepository>(fullPairing()); }
};

QTEST_GUILESS_MAIN(TestPairingRepository)
#include "tst_pairingrepository.moc"
