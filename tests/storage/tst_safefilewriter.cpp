#include "filechecks.h"
#include "privatemounts.h"
#include "storage/safefilewriter.h"
#include "vaulttesthelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mapje;
using namespace mapje::testing;

/** The one way to write a whole file: all or nothing, on a real full and read-only tmpfs. */
class TestSafeFileWriter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_mounts.available(), qPrintable(m_mounts.why())); }

    void writesTheWholeFilePrivately()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.bin"));
        const QByteArray bytes = QByteArray(100 * 1024, 'a') + "end";
        QVERIFY(SafeFileWriter::write(path, bytes).ok());
        QCOMPARE(readAll(path), bytes);
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(filesIn(dir.path()), QStringList {QStringLiteral("a.bin")});
    }

    void replacesAndKeepsTheModeOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mapje.pdf"));
        QVERIFY(writeAll(path, "old"));
        QVERIFY(QFile::setPermissions(
            path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(SafeFileWriter::write(path, "new", SafeFileWriter::Permissions::KeepExisting).ok());
        QCOMPARE(readAll(path), QByteArray("new"));
        QCOMPARE(modeOf(path), mode_t(0644));
        QVERIFY(SafeFileWriter::write(path, "newer").ok());
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void aMissingFolderIsReportedAndNothingIsMade()
    {
        QTemporaryDir dir;
        const FileWriteResult result
            = SafeFileWriter::write(dir.filePath(QStringLiteral("nope/a.bin")), "x");
        QVERIFY(!result.ok());
        QCOMPARE(result.problem(), FileWriteResult::Problem::Other);
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void aLinkInPlaceOfTheFileIsReplacedNotFollowed()
    {
        QTemporaryDir dir;
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(writeAll(elsewhere, "someone else's"));
        const QString path = dir.filePath(QStringLiteral("a.bin"));
        QVERIFY(QFile::link(elsewhere, path));
        QVERIFY(SafeFileWriter::write(path, "mine").ok());
        QCOMPARE(readAll(elsewhere), QByteArray("someone else's"));
        QVERIFY(!QFileInfo(path).isSymLink());
        QCOMPARE(readAll(path), QByteArray("mine"));
    }

    void aFullDiskLeavesTheOldFileExactlyAsItWas_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("small file") << 128;
        QTest::newRow("one page") << 4096;
        QTest::newRow("large file") << 200 * 1024;
    }

    void aFullDiskLeavesTheOldFileExactlyAsItWas()
    {
        QFETCH(int, size);
        const QString disk = m_mounts.smallDisk(512 * 1024);
        QVERIFY(!disk.isEmpty());
        QVERIFY(PrivateMounts::isTmpfs(disk));
        const QString path = disk + QStringLiteral("/mapje.key");
        const QByteArray old = QByteArray(size, 'o');
        QVERIFY(SafeFileWriter::write(path, old).ok());
        const QString filler = PrivateMounts::fill(disk);
        QVERIFY(!filler.isEmpty());
        QCOMPARE(PrivateMounts::freeBytes(disk), 0);

        const FileWriteResult result = SafeFileWriter::write(path, QByteArray(size, 'n'));
        QVERIFY(!result.ok());
        QCOMPARE(result.problem(), FileWriteResult::Problem::NoSpace);
        QCOMPARE(readAll(path), old);
        QCOMPARE(filesIn(disk),
            (QStringList {QFileInfo(filler).fileName(), QStringLiteral("mapje.key")}));

        // Room again: the same call works.
        QVERIFY(QFile::remove(filler));
        QVERIFY(SafeFileWriter::write(path, QByteArray(size, 'n')).ok());
        QCOMPARE(readAll(path), QByteArray(size, 'n'));
    }

    void aReadOnlyDiskIsReportedAsNotAllowed()
    {
        const QString disk = m_mounts.smallDisk(256 * 1024);
        QVERIFY(!disk.isEmpty());
        const QString path = disk + QStringLiteral("/settings.json");
        QVERIFY(SafeFileWriter::write(path, "old").ok());
        QVERIFY(m_mounts.setReadOnly(disk, true));
        const FileWriteResult result = SafeFileWriter::write(path, "new");
        QCOMPARE(result.problem(), FileWriteResult::Problem::NotAllowed);
        QCOMPARE(readAll(path), QByteArray("old"));
        QVERIFY(m_mounts.setReadOnly(disk, false));
    }

private:
    PrivateMounts m_mounts;
};

QTEST_GUILESS_MAIN(TestSafeFileWriter)
#include "tst_safefilewriter.moc"
