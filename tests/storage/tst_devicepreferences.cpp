#include "filechecks.h"
#include "privatemounts.h"
#include "storage/devicepreferences.h"
#include "vaultondisk.h"
#include "vaulttesthelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mapje;
using namespace mapje::testing;

namespace {
const QRegularExpression kUnusableFile(QStringLiteral("^DevicePreferences: the file .*defaults$"));

/** Every choice a DevicePreferences holds, to compare in one go. */
struct Choices {
    QString language;
    bool highContrast = false;
    double textScale = 1.0;
    bool reducedMotion = false;
    QString readAloudSpeed;
    int pauseWhenAwaySeconds = 0;

    static Choices of(const DevicePreferences &preferences)
    {
        return {preferences.language(), preferences.highContrast(), preferences.textScale(),
            preferences.reducedMotion(), preferences.readAloudSpeed(),
            preferences.pauseWhenAwaySeconds()};
    }
    bool operator==(const Choices &) const = default;
};

char *toString(const Choices &choices)
{
    return qstrdup(QStringLiteral("{%1, %2, %3, %4, %5, %6}")
                       .arg(choices.language)
                       .arg(choices.highContrast)
                       .arg(choices.textScale)
                       .arg(choices.reducedMotion)
                       .arg(choices.readAloudSpeed)
                       .arg(choices.pauseWhenAwaySeconds)
                       .toUtf8()
                       .constData());
}
} // namespace

/** The plain choices before unlock: one private JSON file, read from an older settings.ini once,
 * defaults for anything damaged, and a full or read-only disk that takes no choice away. */
class TestDevicePreferences : public QObject {
    Q_OBJECT

private:
    PrivateMounts m_mounts;
    QTemporaryDir m_dir;
    int m_cases = 0;

    /** A fresh, empty folder for one case. */
    QString folder()
    {
        const QString path = m_dir.filePath(QString::number(++m_cases));
        return QDir().mkpath(path) ? path : QString();
    }

    static void checkDefaults(const DevicePreferences &preferences)
    {
        QCOMPARE(Choices::of(preferences), Choices {});
        QVERIFY(!preferences.hasUnsavedChanges());
    }

    /** The disk refused a choice: it is in effect, reported once, and the file is as it was. */
    static void checkRefused(DevicePreferences &preferences, const QSignalSpy &unsaved,
        const QString &file, const QByteArray &old, FileWriteResult::Problem problem)
    {
        QCOMPARE(preferences.lastResult().problem(), problem);
        QVERIFY(preferences.highContrast());
        QCOMPARE(preferences.language(), QStringLiteral("en"));
        QVERIFY(preferences.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 1);
        QCOMPARE(unsaved.at(0).at(0).toBool(), true);
        QCOMPARE(readAll(file), old);
        // A second choice while the disk still refuses: also in effect, reported no second time.
        QVERIFY(!preferences.setTextScale(1.5).ok());
        QCOMPARE(preferences.textScale(), 1.5);
        QVERIFY(!preferences.retryPendingSaves());
        QCOMPARE(unsaved.count(), 1);
        QCOMPARE(readAll(file), old);
    }

    /** Room again: a retry writes every choice, the vault opens with all its notes. */
    static void checkRecovered(DevicePreferences &preferences, const QSignalSpy &unsaved,
        const QString &file, VaultOnDisk &vault)
    {
        QVERIFY(vault.reopensWithAllNotes());
        QVERIFY(preferences.retryPendingSaves());
        QVERIFY(!preferences.hasUnsavedChanges());
        QCOMPARE(unsaved.count(), 2);
        QCOMPARE(unsaved.at(1).at(0).toBool(), false);
        QVERIFY(preferences.setReducedMotion(true).ok());
        QCOMPARE(Choices::of(DevicePreferences(file)),
            (Choices {QStringLiteral("en"), true, 1.5, true, QString()}));
        QCOMPARE(modeOf(file), mode_t(0600));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_mounts.available(), qPrintable(m_mounts.why()));
        QVERIFY(m_dir.isValid());
    }

    void noFileGivesTheDefaultsAndWritesNothing()
    {
        const QString dir = folder();
        const DevicePreferences preferences(dir + QStringLiteral("/settings.json"));
        checkDefaults(preferences);
        QVERIFY(filesIn(dir).isEmpty());
    }

    void everyChoiceIsWrittenWholeAndPrivately()
    {
        const QString dir = folder();
        const QString file = dir + QStringLiteral("/settings.json");
        {
            DevicePreferences preferences(file);
            QSignalSpy unsaved(&preferences, &DevicePreferences::hasUnsavedChangesChanged);
            QVERIFY(preferences.setLanguage(QStringLiteral("ar")).ok());
            QVERIFY(preferences.setHighContrast(true).ok());
            QVERIFY(preferences.setTextScale(1.25).ok());
            QVERIFY(preferences.setReducedMotion(true).ok());
            QVERIFY(preferences.setReadAloudSpeed(QStringLiteral("slow")).ok());
            QVERIFY(preferences.setPauseWhenAwaySeconds(60).ok());
            QVERIFY(preferences.setPauseWhenAwaySeconds(60).ok());
            QCOMPARE(unsaved.count(), 0);
            QVERIFY(preferences.lastResult().ok());
        }
        QCOMPARE(filesIn(dir), QStringList {QStringLiteral("settings.json")});
        QCOMPARE(modeOf(file), mode_t(0600));
        const QJsonObject json = QJsonDocument::fromJson(readAll(file)).object();
        QCOMPARE(json.value(QStringLiteral("language")).toString(), QStringLiteral("ar"));
        QCOMPARE(json.value(QStringLiteral("textScale")).toDouble(), 1.25);

        QCOMPARE(Choices::of(DevicePreferences(file)),
            (Choices {QStringLiteral("ar"), true, 1.25, true, QStringLiteral("slow"), 60}));
    }

    void theSameChoiceAgainWritesNothing()
    {
        const QString file = folder() + QStringLiteral("/settings.json");
        DevicePreferences preferences(file);
        QVERIFY(preferences.setHighContrast(true).ok());
        QVERIFY(QFile::remove(file));
        QVERIFY(preferences.setHighContrast(true).ok());
        QVERIFY(!QFile::exists(file));
    }

    void aMissingFolderIsMade()
    {
        const QString file = folder() + QStringLiteral("/config/Mapje/settings.json");
        DevicePreferences preferences(file);
        QVERIFY(preferences.setLanguage(QStringLiteral("tr")).ok());
        QCOMPARE(DevicePreferences(file).language(), QStringLiteral("tr"));
    }

    void theOlderSettingsFileIsReadOnceAndReplaced()
    {
        const QString dir = folder();
        const QString file = dir + QStringLiteral("/settings.json");
        const QString legacy = DevicePreferences::legacyFileFor(file);
        QCOMPARE(legacy, dir + QStringLiteral("/settings.ini"));
        {
            QSettings settings(legacy, QSettings::IniFormat);
            settings.setValue(QStringLiteral("language"), QStringLiteral("pl"));
            settings.setValue(QStringLiteral("display/highContrast"), true);
            settings.setValue(QStringLiteral("display/textScale"), 1.5);
            settings.setValue(QStringLiteral("display/reducedMotion"), true);
            settings.setValue(QStringLiteral("readAloudRate"), QStringLiteral("fast"));
        }
        const QByteArray legacyBytes = readAll(legacy);
        Choices legacyChoices {QStringLiteral("pl"), true, 1.5, true, QStringLiteral("fast")};
        QCOMPARE(Choices::of(DevicePreferences(file)), legacyChoices);
        // Reading wrote nothing: no new file, the old one as it was.
        QCOMPARE(filesIn(dir), QStringList {QStringLiteral("settings.ini")});
        QCOMPARE(readAll(legacy), legacyBytes);

        DevicePreferences preferences(file);
        QVERIFY(preferences.setTextScale(2.0).ok());
        QCOMPARE(filesIn(dir), QStringList {QStringLiteral("settings.json")});
        legacyChoices.textScale = 2.0;
        QCOMPARE(Choices::of(DevicePreferences(file)), legacyChoices);
    }

    void aDamagedFileGivesTheDefaults_data()
    {
        QTest::addColumn<QByteArray>("content");
        // A file Mapje cannot use at all is logged (never what it says).
        QTest::addColumn<bool>("logged");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("not JSON") << QByteArray("language=en\n[display]\n") << true;
        QTest::newRow("cut off") << QByteArray("{\"language\": \"en\", \"highCon") << true;
        QTest::newRow("a list") << QByteArray("[\"en\", true]") << true;
        QTest::newRow("wrong types")
            << QByteArray("{\"language\": 5, \"highContrast\": \"ja\", \"textScale\": \"groot\","
                          " \"reducedMotion\": null, \"readAloudSpeed\": [],"
                          " \"pauseWhenAwaySeconds\": -30}")
            << false;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5) << true;
        QTest::newRow("far too large") << QByteArray(1024 * 1024, ' ') + "{}" << true;
    }

    void aDamagedFileGivesTheDefaults()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, logged);
        const QString file = folder() + QStringLiteral("/settings.json");
        QVERIFY(writeAll(file, content));
        if (logged)
            QTest::ignoreMessage(QtWarningMsg, kUnusableFile);
        DevicePreferences preferences(file);
        checkDefaults(preferences);
        // The next choice replaces the damaged file with a good one.
        QVERIFY(preferences.setLanguage(QStringLiteral("uk")).ok());
        QCOMPARE(DevicePreferences(file).language(), QStringLiteral("uk"));
    }

    void anUnreadableFileGivesTheDefaults()
    {
        // A folder where the file should be: it can be neither read nor replaced.
        const QString file = folder() + QStringLiteral("/settings.json");
        QVERIFY(QDir().mkpath(file + QStringLiteral("/inside")));
        QTest::ignoreMessage(QtWarningMsg, kUnusableFile);
        DevicePreferences preferences(file);
        checkDefaults(preferences);
        QVERIFY(!preferences.setHighContrast(true).ok());
        QVERIFY(preferences.highContrast());
        QVERIFY(preferences.hasUnsavedChanges());
        QCOMPARE(filesIn(QFileInfo(file).absolutePath()), QStringList());
    }

    void aRefusingDiskKeepsTheChoiceInEffect_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("full") << false;
        QTest::newRow("read-only") << true;
    }

    /** Beside a vault with notes on one small tmpfs, the preferences hold English; then the disk
     * fills up to the last byte or turns read-only. */
    void aRefusingDiskKeepsTheChoiceInEffect()
    {
        QFETCH(bool, readOnly);
        const QString disk = m_mounts.smallDisk(1024 * 1024);
        QVERIFY(!disk.isEmpty());
        QVERIFY(PrivateMounts::isTmpfs(disk));
        VaultOnDisk vault(disk + QStringLiteral("/data"));
        QVERIFY(vault.createWithNotes());
        const QString file = disk + QStringLiteral("/settings.json");
        QVERIFY(DevicePreferences(file).setLanguage(QStringLiteral("en")).ok());
        const QByteArray old = readAll(file);

        DevicePreferences preferences(file);
        QSignalSpy unsaved(&preferences, &DevicePreferences::hasUnsavedChangesChanged);
        QStringList files {QStringLiteral("settings.json")};
        QString filler;
        if (readOnly) {
            vault.lock(); // a disk with files open for writing cannot be made read-only
            QVERIFY(m_mounts.setReadOnly(disk, true));
        } else {
            filler = PrivateMounts::fill(disk);
            QVERIFY(!filler.isEmpty());
            QCOMPARE(PrivateMounts::freeBytes(disk), 0);
            files.prepend(QFileInfo(filler).fileName());
        }
        QVERIFY(!preferences.setHighContrast(true).ok());
        checkRefused(preferences, unsaved, file, old,
            readOnly ? FileWriteResult::Problem::NotAllowed : FileWriteResult::Problem::NoSpace);
        QCOMPARE(filesIn(disk), files); // nothing left beside it

        if (readOnly)
            QVERIFY(m_mounts.setReadOnly(disk, false));
        else
            QVERIFY(QFile::remove(filler));
        checkRecovered(preferences, unsaved, file, vault);
    }
};

QTEST_GUILESS_MAIN(TestDevicePreferences)
#include "tst_devicepreferences.moc"
