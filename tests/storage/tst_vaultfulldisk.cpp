#include "core/clock.h"
#include "privatemounts.h"
#include "storage/kdfcost.h"
#include "storage/keytextstore.h"
#include "storage/vault.h"
#include "testvault.h"
#include "vaulttesthelpers.h"

#include <QDir>
#include <QTest>

using namespace mapje;
using namespace mapje::testing;

/** The key header on a real full and a real read-only file system (a small tmpfs): a wrong PIN,
 * the right PIN that clears the wait, and a PIN change each report the failure, leave both copies
 * byte for byte as they were, and afterwards the right PIN opens the vault with all saved data. */
class TestVaultFullDisk : public QObject {
    Q_OBJECT

private:
    const QString m_pin = QStringLiteral("482913");
    ManualClock m_clock {QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC)};
    PrivateMounts m_mounts;

    std::unique_ptr<Vault> makeVault(const QString &dir) { return fastVault(dir, m_clock); }

    struct Headers {
        QByteArray first;
        QByteArray second;
    };
    static Headers headers(const VaultPaths &paths)
    {
        return {readAll(paths.headerPath()), readAll(paths.secondHeaderPath())};
    }
    static bool unchanged(const VaultPaths &paths, const Headers &before)
    {
        const Headers now = headers(paths);
        return now.first == before.first && now.second == before.second
            && now.first.size() == KeyHeader::Size;
    }

    /** A vault on a 1 MiB tmpfs filled with notes until saves are kept in memory; returns the
     * notes that were saved (their key and text). */
    QHash<QString, QString> fillWithNotes(const QString &dir)
    {
        QHash<QString, QString> saved;
        auto vault = makeVault(dir);
        if (!vault->create(m_pin))
            return saved;
        NoteStore notes(*vault);
        for (int i = 0; i < 200; ++i) {
            const QString key = QStringLiteral("n%1").arg(i);
            const QString text = QStringLiteral("notitie %1 ").arg(i).repeated(1500);
            if (!notes.save(key, text))
                break; // from here on kept in memory: the disk is full for SQLite
            saved.insert(key, text);
        }
        vault->lock();
        return saved;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_mounts.available(), qPrintable(m_mounts.why()));
    }

    void aFullDiskNeverTouchesTheKey()
    {
        const QString disk = m_mounts.smallDisk(1024 * 1024);
        QVERIFY(PrivateMounts::isTmpfs(disk));
        const QString dir = disk + QStringLiteral("/Mapje");
        const QHash<QString, QString> saved = fillWithNotes(dir);
        QVERIFY(saved.size() > 3);
        const VaultPaths paths(dir);
        const QString filler = PrivateMounts::fill(disk);
        QVERIFY(!filler.isEmpty());
        QCOMPARE(PrivateMounts::freeBytes(disk), 0);
        const Headers before = headers(paths);

        // One wrong PIN: counted in memory, said, and the files stay as they were.
        auto vault = makeVault(dir);
        QCOMPARE(vault->status(), Vault::Status::Locked);
        QCOMPARE(vault->unlock(QStringLiteral("000000")), Vault::UnlockResult::WrongSecret);
        QCOMPARE(vault->headerWriteProblem(), FileWriteResult::Problem::NoSpace);
        QVERIFY(unchanged(paths, before));
        QCOMPARE(vault->failedAttempts(), 1);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(vault->unlock(QStringLiteral("000000")), Vault::UnlockResult::WrongSecret);
        QCOMPARE(vault->secondsToWait(), 30); // the wait holds, in memory
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::MustWait);
        QVERIFY(unchanged(paths, before));

        // The right PIN after the wait clears the counter: that write fails too, harmlessly.
        m_clock.advance(30);
        const Vault::UnlockResult right = vault->unlock(m_pin);
        QVERIFY2(right == Vault::UnlockResult::Opened || right == Vault::UnlockResult::Failed,
            QMetaEnum::fromType<Vault::UnlockResult>().valueToKey(int(right)));
        QCOMPARE(vault->failedAttempts(), 0);
        QVERIFY(unchanged(paths, before));
        vault->lock();

        // A PIN change cannot be written: it says so, and the old PIN still opens.
        vault = makeVault(dir);
        QVERIFY(!vault->changeSecret(m_pin, QStringLiteral("135799")));
        QCOMPARE(vault->headerWriteProblem(), FileWriteResult::Problem::NoSpace);
        QVERIFY(unchanged(paths, before));
        QVERIFY(!QDir(paths.setAsideRoot()).exists());
        QCOMPARE(QDir(dir).entryList(
                     QStringList {QStringLiteral(".*.??????")}, QDir::Files | QDir::Hidden),
            QStringList()); // no temporary file left behind
        vault.reset();

        // Room again: the right PIN opens with every saved word, and the change now works.
        QVERIFY(QFile::remove(filler));
        QVERIFY(m_mounts.resize(disk, 4 * 1024 * 1024));
        vault = makeVault(dir);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        NoteStore notes(*vault);
        for (auto it = saved.cbegin(); it != saved.cend(); ++it)
            QVERIFY2(notes.note(it.key()) == it.value(), qPrintable(it.key()));
        QVERIFY(vault->changeSecret(m_pin, QStringLiteral("135799")));
        QCOMPARE(vault->headerWriteProblem(), FileWriteResult::Problem::None);
        vault->lock();
        QCOMPARE(vault->unlock(QStringLiteral("135799")), Vault::UnlockResult::Opened);
        m_clock.advance(-30);
    }

    // A folder that cannot be written: the wait is kept in memory and the page can say so.
    void aReadOnlyFolderKeepsTheWaitInMemory()
    {
        const QString disk = m_mounts.smallDisk(1024 * 1024);
        const QString dir = disk + QStringLiteral("/Mapje");
        const QHash<QString, QString> saved = fillWithNotes(dir);
        QVERIFY(!saved.isEmpty());
        const VaultPaths paths(dir);
        QVERIFY(m_mounts.setReadOnly(disk, true));
        const Headers before = headers(paths);

        auto vault = makeVault(dir);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(vault->unlock(QStringLiteral("000000")), Vault::UnlockResult::WrongSecret);
        QCOMPARE(vault->headerWriteProblem(), FileWriteResult::Problem::NotAllowed);
        QCOMPARE(vault->failedAttempts(), 4);
        QCOMPARE(vault->secondsToWait(), 30);
        // Looking at the files again (every unlock does) does not forget it.
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::MustWait);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::MustWait);
        QVERIFY(unchanged(paths, before));
        m_clock.advance(30);
        const Vault::UnlockResult right = vault->unlock(m_pin);
        QVERIFY(right == Vault::UnlockResult::Opened || right == Vault::UnlockResult::Failed);
        QVERIFY(unchanged(paths, before));
        vault.reset();

        QVERIFY(m_mounts.setReadOnly(disk, false));
        vault = makeVault(dir);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        QCOMPARE(vault->headerWriteProblem(), FileWriteResult::Problem::None);
        NoteStore notes(*vault);
        for (auto it = saved.cbegin(); it != saved.cend(); ++it)
            QCOMPARE(notes.note(it.key()), it.value());
        m_clock.advance(-30);
    }
};

QTEST_GUILESS_MAIN(TestVaultFullDisk)
#include "tst_vaultfulldisk.moc"
