#include "core/clock.h"
#include "quotavfs.h"
#include "storage/kdfcost.h"
#include "storage/keytextstore.h"
#include "storage/vault.h"
#include "vaulttesthelpers.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mapje;
using namespace mapje::testing;

// The one store of short texts per key, as the citizen's notes (NoteStore) and as the vault's
// own settings (SettingsStore): saved at once, kept in memory when the disk refuses, never lost.
class TestKeyTextStore : public QObject {
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

    void savesAndReads()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path());
        QCOMPARE(vault->status(), Vault::Status::Open);
        NoteStore notes(*vault);
        QCOMPARE(notes.note(QStringLiteral("leeg")), QString());
        QSignalSpy changed(&notes, &NoteStore::textChanged);
        QVERIFY(notes.save(QStringLiteral("geld"), QStringLiteral("Rekeningen op tijd betalen")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(notes.save(QStringLiteral("geld"), QStringLiteral("Rekeningen op tijd betalen.")));
        QCOMPARE(notes.note(QStringLiteral("geld")), QStringLiteral("Rekeningen op tijd betalen."));
        QVERIFY(!notes.hasUnsavedChanges());
        // The write is committed at once: another connection sees it without any lock/flush.
        SqliteDatabase raw;
        QVERIFY(openRaw(raw, dir.path(), m_pin));
        SqliteStatement statement
            = raw.prepare(QStringLiteral("SELECT body, updated_at FROM notes WHERE key = 'geld'"));
        QVERIFY(statement.step().ok());
        QVERIFY(statement.hasRow());
        QCOMPARE(statement.columnText(0), QStringLiteral("Rekeningen op tijd betalen."));
        QCOMPARE(statement.columnText(1), QStringLiteral("2024-06-03T14:30:00.000Z"));
    }

    // 8. A full disk: nothing typed is lost, nothing saved is damaged, and it is retried.
    void fullDiskKeepsTextAndRetries()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path(), QuotaVfs::Name);
        QCOMPARE(vault->status(), Vault::Status::Open);
        NoteStore notes(*vault);
        for (int i = 0; i < 20; ++i)
            QVERIFY(
                notes.save(QStringLiteral("voor-%1").arg(i), QStringLiteral("bewaard %1").arg(i)));
        QVERIFY(notes.save(QStringLiteral("doel"), QStringLiteral("versie 1")));

        QSignalSpy unsaved(&notes, &NoteStore::hasUnsavedChangesChanged);
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        QVERIFY(!notes.save(QStringLiteral("doel"), QStringLiteral("versie 2")));
        QVERIFY(QuotaVfs::refusedWrites() > 0);
        QCOMPARE(notes.lastError().primaryCode(), 13); // SQLITE_FULL
        QVERIFY(notes.lastError().isStorageProblem());
        QVERIFY(notes.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 1);
        QCOMPARE(unsaved.at(0).at(0).toBool(), true);
        QVERIFY(!notes.save(QStringLiteral("doel"), QStringLiteral("versie 3")));
        QVERIFY(!notes.save(QStringLiteral("nieuw"), QStringLiteral("nieuwe tekst")));
        QVERIFY(!notes.retryPendingSaves());
        QCOMPARE(unsaved.count(), 1); // no repeated signal while it stays unsaved
        QCOMPARE(notes.note(QStringLiteral("doel")), QStringLiteral("versie 3"));
        QCOMPARE(notes.note(QStringLiteral("nieuw")), QStringLiteral("nieuwe tekst"));

        // What was saved before is intact on disk (a second, normal connection reads it).
        {
            auto other = std::make_unique<Vault>(dir.path(), m_clock);
            QCOMPARE(other->unlock(m_pin), Vault::UnlockResult::Opened);
            NoteStore otherNotes(*other);
            QCOMPARE(otherNotes.note(QStringLiteral("doel")), QStringLiteral("versie 1"));
            QCOMPARE(otherNotes.note(QStringLiteral("voor-19")), QStringLiteral("bewaard 19"));
            QCOMPARE(otherNotes.note(QStringLiteral("nieuw")), QString());
            QString report;
            QVERIFY(other->database()->quickCheck(&report).ok());
            QCOMPARE(report, QStringLiteral("ok"));
        }

        // Space again: the retry writes the newest text of every key.
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QVERIFY(notes.retryPendingSaves());
        QVERIFY(!notes.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 2);
        QCOMPARE(unsaved.at(1).at(0).toBool(), false);
        vault.reset();
        auto reopened = std::make_unique<Vault>(dir.path(), m_clock);
        QCOMPARE(reopened->unlock(m_pin), Vault::UnlockResult::Opened);
        NoteStore after(*reopened);
        QCOMPARE(after.note(QStringLiteral("doel")), QStringLiteral("versie 3"));
        QCOMPARE(after.note(QStringLiteral("nieuw")), QStringLiteral("nieuwe tekst"));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(
                after.note(QStringLiteral("voor-%1").arg(i)), QStringLiteral("bewaard %1").arg(i));
    }

    // The disk fills up in the middle of a write (byte quota), then the next save retries.
    void quotaRunsOutMidWrite()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path(), QuotaVfs::Name);
        NoteStore notes(*vault);
        QVERIFY(notes.save(QStringLiteral("a"), QStringLiteral("klein")));
        QuotaVfs::setQuota(6000); // room for a page or so of WAL, not for a long text
        const QString big = QStringLiteral("lange tekst ").repeated(2000);
        QVERIFY(!notes.save(QStringLiteral("b"), big));
        QVERIFY(notes.hasUnsavedChanges());
        QCOMPARE(notes.note(QStringLiteral("b")), big);
        QuotaVfs::setQuota(-1);
        QVERIFY(notes.save(QStringLiteral("c"), QStringLiteral("volgende"))); // retries b as well
        QVERIFY(!notes.hasUnsavedChanges());
        vault->lock();
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        QCOMPARE(notes.note(QStringLiteral("a")), QStringLiteral("klein"));
        QCOMPARE(notes.note(QStringLiteral("b")), big);
        QCOMPARE(notes.note(QStringLiteral("c")), QStringLiteral("volgende"));
    }

    // Read-only folder and I/O errors (root ignores permissions, so the VFS simulates them).
    void readOnlyAndIoErrorsKeepText_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("code");
        QTest::newRow("read-only") << int(QuotaVfs::Mode::ReadOnly) << 8; // SQLITE_READONLY
        QTest::newRow("I/O error") << int(QuotaVfs::Mode::IoError) << 10; // SQLITE_IOERR
    }

    void readOnlyAndIoErrorsKeepText()
    {
        QFETCH(int, mode);
        QFETCH(int, code);
        QTemporaryDir dir;
        auto vault = openVault(dir.path(), QuotaVfs::Name);
        NoteStore notes(*vault);
        QVERIFY(notes.save(QStringLiteral("k"), QStringLiteral("oud")));
        QuotaVfs::setMode(QuotaVfs::Mode(mode));
        QVERIFY(!notes.save(QStringLiteral("k"), QStringLiteral("nieuw")));
        QCOMPARE(notes.lastError().primaryCode(), code);
        QVERIFY(notes.lastError().isStorageProblem());
        QVERIFY(!notes.lastError().isNotADatabase());
        QVERIFY(notes.hasUnsavedChanges());
        QCOMPARE(notes.note(QStringLiteral("k")), QStringLiteral("nieuw"));
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QVERIFY(notes.retryPendingSaves());
        vault->lock();
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        QCOMPARE(notes.note(QStringLiteral("k")), QStringLiteral("nieuw"));
    }

    // Pending text outlives a lock and is written as soon as the vault opens again.
    void pendingTextSurvivesLock()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path(), QuotaVfs::Name);
        NoteStore notes(*vault);
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        QVERIFY(!notes.save(QStringLiteral("k"), QStringLiteral("niet kwijt")));
        vault->lock(); // tries once more, still full
        QVERIFY(notes.hasUnsavedChanges());
        QCOMPARE(notes.note(QStringLiteral("k")), QStringLiteral("niet kwijt"));
        QVERIFY(!notes.save(QStringLiteral("k2"), QStringLiteral("ook niet"))); // locked: pending
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        QVERIFY(!notes.hasUnsavedChanges());
        vault.reset();
        auto again = openVault(dir.path());
        NoteStore fresh(*again);
        QCOMPARE(fresh.note(QStringLiteral("k")), QStringLiteral("niet kwijt"));
        QCOMPARE(fresh.note(QStringLiteral("k2")), QStringLiteral("ook niet"));
    }

    void wipeDropsPendingText()
    {
        QTemporaryDir dir;
        auto vault = openVault(dir.path(), QuotaVfs::Name);
        NoteStore notes(*vault);
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        QVERIFY(!notes.save(QStringLiteral("k"), QStringLiteral("weg ermee")));
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QVERIFY(vault->wipe());
        QVERIFY(!notes.hasUnsavedChanges());
        QCOMPARE(notes.note(QStringLiteral("k")), QString());
    }

    // The settings table: a fallback for a key never set.
    void storesValuesAndKeepsThemWhenTheDiskIsFull()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2024, 2, 2), QTime(8, 0), Qt::UTC));
        Vault vault(dir.path(), clock);
        vault.setKdfCost(KdfCost::fastForTests());
        vault.setVfsName(QuotaVfs::Name);
        QVERIFY(vault.create(QStringLiteral("0000")));
        SettingsStore settings(vault);
        QCOMPARE(
            settings.value(QStringLiteral("taal"), QStringLiteral("nl")), QStringLiteral("nl"));
        QVERIFY(settings.setValue(QStringLiteral("taal"), QStringLiteral("ar")));
        QCOMPARE(
            settings.value(QStringLiteral("taal"), QStringLiteral("nl")), QStringLiteral("ar"));

        QSignalSpy unsaved(&settings, &SettingsStore::hasUnsavedChangesChanged);
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        QVERIFY(!settings.setValue(QStringLiteral("taal"), QStringLiteral("tr")));
        QVERIFY(settings.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 1);
        QCOMPARE(settings.value(QStringLiteral("taal")), QStringLiteral("tr"));
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QVERIFY(settings.retryPendingSaves());
        QVERIFY(!settings.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 2);

        vault.lock();
        QCOMPARE(
            settings.value(QStringLiteral("taal"), QStringLiteral("nl")), QStringLiteral("nl"));
        QCOMPARE(vault.unlock(QStringLiteral("0000")), Vault::UnlockResult::Opened);
        QCOMPARE(settings.value(QStringLiteral("taal")), QStringLiteral("tr"));
    }
};

QTEST_GUILESS_MAIN(TestKeyTextStore)
#include "tst_keytextstore.moc"
