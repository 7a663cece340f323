#include "export/mapjepdf.h"
#include "filechecks.h"
#include "mapjefixture.h"
#include "privatemounts.h"
#include "vaultondisk.h"
#include "vaulttesthelpers.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace mapje;
using namespace mapje::testing;

/** MapjePdf::writeFile beside the vault on a real full tmpfs: all of the PDF or none of it. */
class TestMapjePdfFullDisk : public QObject {
    Q_OBJECT

private:
    PrivateMounts m_mounts;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_mounts.available(), qPrintable(m_mounts.why()));
    }

    void aFullDiskLeavesTheEarlierPdfAsItWas()
    {
        const QString disk = m_mounts.smallDisk(1024 * 1024);
        QVERIFY(!disk.isEmpty());
        QVERIFY(PrivateMounts::isTmpfs(disk));
        VaultOnDisk vault(disk + QStringLiteral("/data"));
        QVERIFY(vault.createWithNotes());
        const QString path = disk + QStringLiteral("/mapje.pdf");
        const QByteArray first = MapjePdf::build(mapjefixture::dutchWithLess());
        QVERIFY(MapjePdf::writeFile(first, path).ok());
        QCOMPARE(modeOf(path), mode_t(0600));

        const QString filler = PrivateMounts::fill(disk);
        QVERIFY(!filler.isEmpty());
        QCOMPARE(PrivateMounts::freeBytes(disk), 0);
        const QByteArray second = MapjePdf::build(mapjefixture::full());
        QVERIFY(second.size() > first.size());
        const FileWriteResult result = MapjePdf::writeFile(second, path);
        QVERIFY(!result.ok());
        QCOMPARE(result.problem(), FileWriteResult::Problem::NoSpace);
        QCOMPARE(readAll(path), first);
        QCOMPARE(filesIn(disk),
            (QStringList {QFileInfo(filler).fileName(), QStringLiteral("mapje.pdf")}));

        // Room again: the vault opens with its notes, and the citizen's own mode is kept.
        QVERIFY(QFile::remove(filler));
        QVERIFY(vault.reopensWithAllNotes());
        QVERIFY(QFile::setPermissions(
            path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(MapjePdf::writeFile(second, path).ok());
        QCOMPARE(readAll(path), second);
        QCOMPARE(modeOf(path), mode_t(0644));
    }
};

QTEST_MAIN(TestMapjePdfFullDisk)
#include "tst_mapjepdffulldisk.moc"
