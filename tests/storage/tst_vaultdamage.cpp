#include "core/clock.h"
#include "filechecks.h"
#include "privatemounts.h"
#include "storage/kdfcost.h"
#include "storage/keytextstore.h"
#include "storage/vault.h"
#include "testvault.h"
#include "vaulttesthelpers.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <limits>
#include <sodium.h>
#include <sys/stat.h>

using namespace mapje;
using namespace mapje::testing;

namespace {
QByteArray flipped(QByteArray bytes, int bit)
{
    bytes[bit / 8] = char(bytes[bit / 8] ^ (1 << (bit % 8)));
    return bytes;
}
} // namespace

/** The key can never be lost: a damaged copy of the header costs nothing, both damaged is told as
 * damage (never as a wrong PIN), links are never followed, files are private, and a vault of the
 * earlier format is upgraded on the next unlock. The flips run on a tmpfs for speed. */
class TestVaultDamage : public QObject {
    Q_OBJECT

private:
    const QString m_pin = QStringLiteral("482913");
    ManualClock m_clock {QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC)};
    PrivateMounts m_mounts;

    std::unique_ptr<Vault> makeVault(const QString &dir) { return fastVault(dir, m_clock); }

    void createWithNote(const QString &dir)
    {
        auto vault = makeVault(dir);
        QVERIFY(vault->create(m_pin));
        NoteStore notes(*vault);
        QVERIFY(notes.save(QStringLiteral("doel"), QStringLiteral("Mijn eigen woorden")));
        vault->lock();
    }

    QString tmpfsFolder()
    {
        const QString disk = m_mounts.smallDisk(2 * 1024 * 1024);
        return disk.isEmpty() ? QString() : disk + QStringLiteral("/Mapje");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_mounts.available(), qPrintable(m_mounts.why()));
    }

    // Every single flipped bit of either copy: the right PIN opens, and the copy is whole again.
    void everyFlippedBitOpensWithTheRightPinAndIsRepaired()
    {
        const QString dir = tmpfsFolder();
        QVERIFY(!dir.isEmpty());
        createWithNote(dir);
        const VaultPaths paths(dir);
        const QByteArray good = readAll(paths.headerPath());
        QCOMPARE(readAll(paths.secondHeaderPath()), good);
        int opened = 0;
        for (const QString &damaged : {paths.headerPath(), paths.secondHeaderPath()}) {
            for (int bit = 0; bit < KeyHeader::Size * 8; ++bit) {
                QVERIFY(writeAll(damaged, flipped(good, bit)));
                auto vault = makeVault(dir);
                QVERIFY2(
                    vault->status() == Vault::Status::Locked, qPrintable(QString::number(bit)));
                QCOMPARE(readAll(damaged), good); // repaired before any PIN
                QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
                if (bit % 101 == 0) {
                    NoteStore notes(*vault);
                    QCOMPARE(
                        notes.note(QStringLiteral("doel")), QStringLiteral("Mijn eigen woorden"));
                }
                vault->lock();
                QCOMPARE(readAll(paths.headerPath()), good);
                QCOMPARE(readAll(paths.secondHeaderPath()), good);
                ++opened;
            }
        }
        QCOMPARE(opened, 2 * KeyHeader::Size * 8);
    }

    // Damage is not a wrong PIN: a flipped bit never adds to the wait, nor shortens it.
    void aFlippedBitNeverChangesTheWait()
    {
        const QString dir = tmpfsFolder();
        QVERIFY(!dir.isEmpty());
        createWithNote(dir);
        {
            auto vault = makeVault(dir);
            for (int i = 0; i < 4; ++i)
                QCOMPARE(vault->unlock(QStringLiteral("000000")), Vault::UnlockResult::WrongSecret);
            QCOMPARE(vault->secondsToWait(), 30);
        }
        const VaultPaths paths(dir);
        const QByteArray good = readAll(paths.headerPath());
        for (const QString &damaged : {paths.headerPath(), paths.secondHeaderPath()}) {
            for (int bit = 0; bit < KeyHeader::Size * 8; ++bit) {
                QVERIFY(writeAll(damaged, flipped(good, bit)));
                auto vault = makeVault(dir);
                QCOMPARE(vault->status(), Vault::Status::Locked);
                QCOMPARE(vault->failedAttempts(), 4);
                QCOMPARE(vault->secondsToWait(), 30);
                QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::MustWait);
                QCOMPARE(readAll(damaged), good);
            }
        }
    }

    void bothCopiesDamagedIsDamageAndNothingIsWritten()
    {
        QTemporaryDir dir;
        createWithNote(dir.path());
        const VaultPaths paths(dir.path());
        {
            auto vault = makeVault(dir.path());
            QCOMPARE(vault->unlock(QStringLiteral("000000")), Vault::UnlockResult::WrongSecret);
        }
        const QByteArray good = readAll(paths.headerPath());
        const QByteArray first = flipped(good, 3 * 8 + 1);
        const QByteArray second = flipped(good, 140 * 8 + 7);
        QVERIFY(writeAll(paths.headerPath(), first));
        QVERIFY(writeAll(paths.secondHeaderPath(), second));
        const QByteArray db = readAll(paths.databasePath());

        auto vault = makeVault(dir.path());
        QCOMPARE(vault->status(), Vault::Status::Damaged);
        QCOMPARE(vault->damage(), Vault::Damage::Header);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Damaged);
        QCOMPARE(vault->secondsToWait(), 0);
        const QDir aside(vault->setAsidePath());
        QCOMPARE(readAll(aside.filePath(QStringLiteral("mapje.key"))), first);
        QCOMPARE(readAll(aside.filePath(QStringLiteral("mapje.key2"))), second);
        QCOMPARE(readAll(aside.filePath(QStringLiteral("mapje.db"))), db);
        QVERIFY(!QFile::exists(paths.headerPath()));
        QVERIFY(!QFile::exists(paths.secondHeaderPath()));
    }

    // Links in place of the vault's files are never followed: set aside, and nothing is made at
    // their target.
    void linksAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dangling");
        QTest::addColumn<int>("expected");
        const int damaged = int(Vault::Status::Damaged);
        QTest::newRow("database, dangling") << QStringLiteral("mapje.db") << true << damaged;
        QTest::newRow("database, to a copy") << QStringLiteral("mapje.db") << false << damaged;
        QTest::newRow("wal") << QStringLiteral("mapje.db-wal") << true << damaged;
        QTest::newRow("shm") << QStringLiteral("mapje.db-shm") << true << damaged;
        // One header copy as a link: the other copy is used and the link replaced by a file.
        QTest::newRow("one header copy")
            << QStringLiteral("mapje.key2") << false << int(Vault::Status::Locked);
    }

    void linksAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(bool, dangling);
        QFETCH(int, expected);
        QTemporaryDir outside;
        QTemporaryDir dir;
        createWithNote(dir.path());
        const QString path = QDir(dir.path()).filePath(name);
        const QString target = outside.filePath(QStringLiteral("target"));
        if (QFile::exists(path)) {
            QVERIFY(QFile::copy(path, target));
            QVERIFY(QFile::remove(path));
        }
        if (dangling)
            QFile::remove(target);
        const QByteArray targetBefore = readAll(target);
        QVERIFY(QFile::link(target, path));

        auto vault = makeVault(dir.path());
        QCOMPARE(int(vault->status()), expected);
        if (vault->status() == Vault::Status::Locked) {
            QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
            QVERIFY(!QFileInfo(path).isSymLink());
        } else {
            QCOMPARE(vault->damage(), Vault::Damage::Link);
            QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Damaged);
            QVERIFY(QFileInfo(QDir(vault->setAsidePath()).filePath(name)).isSymLink());
        }
        QCOMPARE(QFile::exists(target), !dangling);
        QCOMPARE(readAll(target), targetBefore);
        QCOMPARE(QDir(outside.path()).entryList(QDir::Files).size(), dangling ? 0 : 1);
    }

    // Another account on a shared computer cannot copy the vault to guess offline.
    void filesAreOnlyForTheirOwner()
    {
        QTemporaryDir parent;
        const QString dir = parent.filePath(QStringLiteral("Mapje"));
        createWithNote(dir);
        auto vault = makeVault(dir);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        NoteStore notes(*vault);
        QVERIFY(notes.save(QStringLiteral("meer"), QStringLiteral("tekst")));
        const VaultPaths paths(dir);
        QCOMPARE(modeOf(dir), mode_t(0700));
        int files = 0;
        for (const QString &file : paths.allFiles()) {
            if (!QFile::exists(file))
                continue;
            QVERIFY2(modeOf(file) == 0600, qPrintable(file));
            ++files;
        }
        QVERIFY(files >= 4); // both headers, the database and its -wal and -shm while open
        vault->lock();

        // A vault made by an earlier version (0644 files, 0755 folder) is tightened on sight.
        QVERIFY(QFile::setPermissions(paths.databasePath(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(dir,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                | QFile::ExeOther));
        Vault again(dir, m_clock);
        QCOMPARE(modeOf(dir), mode_t(0700));
        QCOMPARE(modeOf(paths.databasePath()), mode_t(0600));

        // Damaged files set aside stay private too.
        QVERIFY(writeBothHeaders(paths, QByteArray("kapot")));
        Vault damaged(dir, m_clock);
        QCOMPARE(damaged.status(), Vault::Status::Damaged);
        QCOMPARE(modeOf(paths.setAsideRoot()), mode_t(0700));
        QCOMPARE(modeOf(damaged.setAsidePath()), mode_t(0700));
    }

    // A vault of the earlier format (one 128-byte header) opens, and the next unlock gives it two
    // copies with checksums; a wrong PIN before that is counted in the old format.
    void formatOneIsUpgradedOnUnlock()
    {
        QTemporaryDir dir;
        for (const char *name : {"mapje.key", "mapje.db"})
            QVERIFY(QFile::copy(
                QStringLiteral(MAPJE_STORAGE_FIXTURES "/vault-v1/") + QLatin1String(name),
                dir.filePath(QLatin1String(name))));
        const VaultPaths paths(dir.path());
        auto vault = makeVault(dir.path());
        QCOMPARE(vault->status(), Vault::Status::Locked);
        QVERIFY(vault->header().isLegacy());
        QCOMPARE(vault->unlock(QStringLiteral("1234-5679")), Vault::UnlockResult::WrongSecret);
        QCOMPARE(readAll(paths.headerPath()).size(), KeyHeader::LegacySize);
        QVERIFY(!QFile::exists(paths.secondHeaderPath()));
        vault = makeVault(dir.path());
        QCOMPARE(vault->failedAttempts(), 1);

        QCOMPARE(vault->unlock(QStringLiteral("1234-5678")), Vault::UnlockResult::Opened);
        QVERIFY(!vault->header().isLegacy());
        QCOMPARE(vault->failedAttempts(), 0);
        NoteStore notes(*vault);
        QCOMPARE(notes.note(QStringLiteral("money")),
            QStringLiteral("Ik wil mijn rekeningen op tijd betalen. é ë ĳ"));
        vault->lock();
        QCOMPARE(readAll(paths.headerPath()).size(), KeyHeader::Size);
        QCOMPARE(readAll(paths.headerPath()), readAll(paths.secondHeaderPath()));
        const KeyHeaderCopies::Loaded loaded = KeyHeaderCopies(paths).load();
        QVERIFY(loaded.header.databaseMade());
        QCOMPARE(loaded.header.kdfCost(), KdfCost::fastForTests());

        // A crash half way (new second copy, old first copy) opens with the same PIN.
        QVERIFY(QFile::copy(QStringLiteral(MAPJE_STORAGE_FIXTURES "/vault-v1/mapje.key"),
            dir.filePath(QStringLiteral("old.key"))));
        QVERIFY(QFile::remove(paths.headerPath()));
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("old.key")), paths.headerPath()));
        vault = makeVault(dir.path());
        QVERIFY(!vault->header().isLegacy());
        QCOMPARE(readAll(paths.headerPath()), readAll(paths.secondHeaderPath()));
        QCOMPARE(vault->unlock(QStringLiteral("1234-5678")), Vault::UnlockResult::Opened);
    }

    // A header with a failure time that cannot be (far future, bit 63, none at all) waits no
    // longer than the cap, counted from now.
    void aWildFailureTimeWaitsAtMostTheCap_data()
    {
        QTest::addColumn<qint64>("lastFailureMs");
        QTest::addColumn<bool>("waits");
        const qint64 now = QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        // As a signed number, bit 63 flipped is the far past: that wait is long over.
        QTest::newRow("bit 63 flipped") << (now ^ std::numeric_limits<qint64>::min()) << false;
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << false;
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << true;
        QTest::newRow("a century ahead") << now + 100LL * 365 * 86400000 << true;
        QTest::newRow("none recorded") << qint64(0) << true;
    }

    void aWildFailureTimeWaitsAtMostTheCap()
    {
        QFETCH(qint64, lastFailureMs);
        QFETCH(bool, waits);
        QTemporaryDir dir;
        createWithNote(dir.path());
        const VaultPaths paths(dir.path());
        KeyHeaderCopies copies(paths);
        KeyHeader header = copies.load().header;
        for (int i = 0; i < 40; ++i)
            header.recordFailure(m_clock.now());
        // The header stores any 64-bit time: write it the way a damaged one would look.
        QByteArray bytes = header.toBytes();
        qToLittleEndian<qint64>(lastFailureMs, bytes.data() + 132);
        crypto_generichash(reinterpret_cast<unsigned char *>(bytes.data()) + 140, 32,
            reinterpret_cast<const unsigned char *>(bytes.constData()), 140, nullptr, 0);
        QVERIFY(writeBothHeaders(paths, bytes));

        auto vault = makeVault(dir.path());
        QCOMPARE(vault->status(), Vault::Status::Locked);
        QCOMPARE(vault->failedAttempts(), 40);
        QVERIFY(vault->secondsToWait() <= 3600);
        if (!waits) {
            QCOMPARE(vault->secondsToWait(), 0);
            QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
            return;
        }
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::MustWait);
        QCOMPARE(vault->secondsToWait(), 3600); // the wait now counts from now
        m_clock.advance(3600);
        QCOMPARE(vault->secondsToWait(), 0);
        QCOMPARE(vault->unlock(m_pin), Vault::UnlockResult::Opened);
        m_clock.advance(-3600);
    }
};

QTEST_GUILESS_MAIN(TestVaultDamage)
#include "tst_vaultdamage.moc"
