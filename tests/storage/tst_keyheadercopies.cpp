#include "filechecks.h"
#include "privatemounts.h"
#include "storage/kdfcost.h"
#include "storage/keyheadercopies.h"
#include "storage/securebytes.h"
#include "vaulttesthelpers.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace mapje;
using namespace mapje::testing;

using State = KeyHeaderCopies::CopyState;
using Outcome = KeyHeaderCopies::Outcome;

/** Two copies of the key header: one damaged copy costs nothing, both damaged is damage. */
class TestKeyHeaderCopies : public QObject {
    Q_OBJECT

private:
    static KeyHeader sealed()
    {
        const auto header = KeyHeader::seal(SecureBytes::random(KeyHeader::DataKeyBytes),
            SecureBytes(QByteArrayView("2468")), KdfCost::fastForTests());
        return header.value_or(KeyHeader());
    }

    static QStringList files(const QTemporaryDir &dir) { return filesIn(dir.path()); }

private slots:
    void writesTheSecondCopyThenTheFirst()
    {
        QTemporaryDir dir;
        const VaultPaths paths(dir.path());
        const KeyHeaderCopies copies(paths);
        KeyHeader header = sealed();
        QVERIFY(copies.write(header).ok());
        QCOMPARE(header.generation(), quint64(1));
        QCOMPARE(
            files(dir), (QStringList {QStringLiteral("mapje.key"), QStringLiteral("mapje.key2")}));
        QCOMPARE(readAll(paths.headerPath()), header.toBytes());
        QCOMPARE(readAll(paths.secondHeaderPath()), header.toBytes());
        for (const QString &path : {paths.headerPath(), paths.secondHeaderPath()}) {
            struct stat info { };
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
            QCOMPARE(info.st_mode & 07777, mode_t(0600));
        }
        const KeyHeaderCopies::Loaded loaded = copies.load();
        QCOMPARE(loaded.outcome, Outcome::Valid);
        QCOMPARE(loaded.primary, State::Valid);
        QCOMPARE(loaded.secondary, State::Valid);
        QVERIFY(!loaded.needsRepair);
        QCOMPARE(loaded.header.toBytes(), header.toBytes());
        // An invalid header is never written.
        KeyHeader none;
        QVERIFY(!copies.write(none).ok());
    }

    // A crash between the two writes leaves an older first copy: the newer second one is used.
    void theNewestWholeCopyIsUsedAndTheOtherRepaired()
    {
        QTemporaryDir dir;
        const VaultPaths paths(dir.path());
        const KeyHeaderCopies copies(paths);
        KeyHeader header = sealed();
        QVERIFY(copies.write(header).ok());
        const QByteArray older = header.toBytes();
        header.recordFailure(QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC));
        QVERIFY(copies.write(header).ok());
        QVERIFY(writeAll(paths.headerPath(), older));

        const KeyHeaderCopies::Loaded loaded = copies.load();
        QCOMPARE(loaded.outcome, Outcome::Valid);
        QCOMPARE(loaded.header.generation(), quint64(2));
        QCOMPARE(loaded.header.failedAttempts(), 1);
        QVERIFY(loaded.needsRepair);
        QVERIFY(copies.repair(loaded).ok());
        QCOMPARE(readAll(paths.headerPath()), header.toBytes());
        QVERIFY(!copies.load().needsRepair);
    }

    void everyFlippedBitOfEitherCopyIsRepairedFromTheOther()
    {
        // On a tmpfs: thousands of fsyncs on a real disk would take most of a minute.
        PrivateMounts mounts;
        QVERIFY2(mounts.available(), qPrintable(mounts.why()));
        const QString disk = mounts.smallDisk(1024 * 1024);
        QVERIFY(!disk.isEmpty());
        const VaultPaths paths(disk);
        const KeyHeaderCopies copies(paths);
        KeyHeader header = sealed();
        header.recordFailure(QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC));
        QVERIFY(copies.write(header).ok());
        const QByteArray good = header.toBytes();
        int checked = 0;
        for (const QString &damagedPath : {paths.headerPath(), paths.secondHeaderPath()}) {
            for (int bit = 0; bit < KeyHeader::Size * 8; ++bit) {
                QByteArray flipped = good;
                flipped[bit / 8] = char(flipped[bit / 8] ^ (1 << (bit % 8)));
                QVERIFY(writeAll(damagedPath, flipped));
                const KeyHeaderCopies::Loaded loaded = copies.load();
                QVERIFY2(loaded.outcome == Outcome::Valid, qPrintable(QString::number(bit)));
                QCOMPARE(loaded.header.toBytes(), good);
                QVERIFY(loaded.needsRepair);
                QVERIFY(copies.repair(loaded).ok());
                QCOMPARE(readAll(damagedPath), good);
                ++checked;
            }
        }
        QCOMPARE(checked, 2 * KeyHeader::Size * 8);
    }

    void bothCopiesDamagedIsDamage()
    {
        QTemporaryDir dir;
        const VaultPaths paths(dir.path());
        const KeyHeaderCopies copies(paths);
        QCOMPARE(copies.load().outcome, Outcome::None);
        KeyHeader header = sealed();
        QVERIFY(copies.write(header).ok());
        QByteArray first = header.toBytes();
        first[20] = char(first[20] ^ 0x10);
        QByteArray second = header.toBytes();
        second[150] = char(second[150] ^ 0x01);
        QVERIFY(writeAll(paths.headerPath(), first));
        QVERIFY(writeAll(paths.secondHeaderPath(), second));
        const KeyHeaderCopies::Loaded loaded = copies.load();
        QCOMPARE(loaded.outcome, Outcome::Damaged);
        QVERIFY(!loaded.header.isValid());
        // Repair has nothing whole to copy from, so it leaves both as they are.
        QVERIFY(copies.repair(loaded).ok());
        QCOMPARE(readAll(paths.headerPath()), first);
        QCOMPARE(readAll(paths.secondHeaderPath()), second);

        // One copy from a newer Mapje and one damaged: leave it to the newer Mapje.
        QByteArray newer = header.toBytes();
        newer[8] = 3;
        QVERIFY(writeAll(paths.secondHeaderPath(), newer));
        QCOMPARE(copies.load().outcome, Outcome::TooNew);
        QFile::remove(paths.headerPath());
        QFile::remove(paths.secondHeaderPath());
        QVERIFY(writeAll(paths.secondHeaderPath(), QByteArray()));
        QCOMPARE(copies.load().outcome, Outcome::Damaged);
    }

    // Format 1 had one copy; a format-2 second copy beside it is a migration that got half way.
    void formatOneAloneOrHalfMigrated()
    {
        QTemporaryDir dir;
        const VaultPaths paths(dir.path());
        const KeyHeaderCopies copies(paths);
        const QByteArray legacy
            = readAll(QStringLiteral(MAPJE_STORAGE_FIXTURES "/vault-v1/mapje.key"));
        QVERIFY(writeAll(paths.headerPath(), legacy));
        KeyHeaderCopies::Loaded loaded = copies.load();
        QCOMPARE(loaded.outcome, Outcome::Valid);
        QVERIFY(loaded.header.isLegacy());
        QCOMPARE(loaded.secondary, State::Missing);
        QVERIFY(!loaded.needsRepair);
        // Its wait state is written back in format 1, to its one copy.
        KeyHeader header = loaded.header;
        header.recordFailure(QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC));
        QVERIFY(copies.write(header).ok());
        QCOMPARE(files(dir), QStringList {QStringLiteral("mapje.key")});
        QCOMPARE(readAll(paths.headerPath()).size(), KeyHeader::LegacySize);

        KeyHeader upgraded = sealed();
        QVERIFY(writeAll(paths.secondHeaderPath(), [&] {
            upgraded.setGeneration(1);
            return upgraded.toBytes();
        }()));
        loaded = copies.load();
        QCOMPARE(loaded.header.toBytes(), upgraded.toBytes());
        QVERIFY(loaded.needsRepair);
        // A format-1 file in the second place is never used.
        QVERIFY(writeAll(paths.secondHeaderPath(), legacy));
        QCOMPARE(copies.load().secondary, State::Damaged);
    }

    void linksAreNeitherReadNorFollowed()
    {
        QTemporaryDir dir;
        const VaultPaths paths(dir.path());
        const KeyHeaderCopies copies(paths);
        KeyHeader header = sealed();
        QVERIFY(copies.write(header).ok());
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(writeAll(elsewhere, header.toBytes()));
        QVERIFY(QFile::remove(paths.headerPath()));
        QVERIFY(QFile::link(elsewhere, paths.headerPath()));
        const KeyHeaderCopies::Loaded loaded = copies.load();
        QCOMPARE(loaded.primary, State::Link);
        QCOMPARE(loaded.outcome, Outcome::Valid);
        QVERIFY(loaded.needsRepair);
        QVERIFY(copies.repair(loaded).ok());
        QVERIFY(!QFileInfo(paths.headerPath()).isSymLink());
        QCOMPARE(readAll(elsewhere), header.toBytes());

        QVERIFY(QFile::remove(paths.secondHeaderPath()));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nothing")), paths.secondHeaderPath()));
        QCOMPARE(copies.load().secondary, State::Link);
        // A folder where a copy should be is damage of that copy.
        QVERIFY(QFile::remove(paths.secondHeaderPath()));
        QVERIFY(QDir().mkpath(paths.secondHeaderPath()));
        QCOMPARE(copies.load().secondary, State::Damaged);
    }
};

QTEST_GUILESS_MAIN(TestKeyHeaderCopies)
#include "tst_keyheadercopies.moc"
