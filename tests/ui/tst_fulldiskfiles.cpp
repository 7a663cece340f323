#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include "core/clock.h"
#include "filechecks.h"
#include "fulldiskapp.h"
#include "storage/devicepreferences.h"
#include "ui/reminders/calendarcontroller.h"
#include "ui/settings/displaysettings.h"
#include "ui/settings/languagecontroller.h"
#include "ui/settings/readaloudcontroller.h"
#include "ui/summary/summarycontroller.h"
#include "ui/vault/vaultcontroller.h"
#include "vaulttesthelpers.h"

using mapje::CalendarController;
using mapje::DisplaySettings;
using mapje::LanguageController;
using mapje::ReadAloudController;
using mapje::SummaryController;
using mapje::VaultController;

using namespace mapje::testing;

/**
 * Every file Mapje writes outside the vault, through a real Composition whose vault sits on the
 * same small tmpfs, when that disk is full or read-only. Weergave and the language stay in effect
 * and the page is told they hold only while Mapje is open; "Zet in je agenda" and the PDF say calm
 * words. The file saved before is exactly as it was, nothing is left beside it, the vault loses
 * nothing, and writing works again once there is room. New files are private; a file the citizen
 * opened up keeps its mode.
 */
class TestFullDiskFiles : public QObject {
    Q_OBJECT

private:
    PrivateMounts m_mounts;
    mapje::ManualClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc())};
    std::unique_ptr<FullDiskApp> m_app;

    DisplaySettings *display() const { return (*m_app)->displaySettings(); }
    LanguageController *language() const { return (*m_app)->languageController(); }
    QJsonObject stored() const
    {
        return QJsonDocument::fromJson(readAll(m_app->preferencesFile())).object();
    }

    CalendarController *calendar() const { return (*m_app)->calendarController(); }
    SummaryController *summary() const { return (*m_app)->summaryController(); }

    /** The refused file is exactly as it was, and its folder holds just these: nothing was left
     * beside it. */
    static void checkUntouched(const QString &path, const QByteArray &old, const QStringList &files)
    {
        QCOMPARE(readAll(path), old);
        QCOMPARE(filesIn(QFileInfo(path).absolutePath()), files);
    }

    /** Room again, the vault opens with all its data, and a file the citizen made readable for
     * others keeps that when it is written again. */
    void checkRecovered(const QString &path, const std::function<bool()> &save) const
    {
        QVERIFY(QFile::setPermissions(
            path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(m_app->free());
        QVERIFY(m_app->restartWithAllData());
        QVERIFY(save());
        QCOMPARE(modeOf(path), mode_t(0644));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_mounts.available(), qPrintable(m_mounts.why()));
    }

    void init()
    {
        m_app = std::make_unique<FullDiskApp>(m_mounts, m_clock);
        QVERIFY(m_app->ready());
    }

    void cleanup() { m_app.reset(); }

    void aDisplayChoiceOnAFullDisk()
    {
        display()->setTextScale(1.25);
        QVERIFY(!display()->unsaved());
        QCOMPARE(modeOf(m_app->preferencesFile()), mode_t(0600));
        const QByteArray old = readAll(m_app->preferencesFile());

        QVERIFY(m_app->fill());
        QSignalSpy unsaved(display(), &DisplaySettings::unsavedChanged);
        QSignalSpy contrast(display(), &DisplaySettings::highContrastChanged);
        display()->setHighContrast(true);
        QVERIFY(display()->highContrast());
        QCOMPARE(contrast.count(), 1);
        QVERIFY(display()->unsaved());
        QCOMPARE(unsaved.count(), 1);
        checkUntouched(
            m_app->preferencesFile(), old, {m_app->fillerName(), QStringLiteral("settings.json")});
        // The reading speed shares the file: the page's notice covers it too.
        (*m_app)->readAloudController()->setRate(ReadAloudController::Slow);
        QCOMPARE((*m_app)->readAloudController()->rate(), ReadAloudController::Slow);
        QVERIFY(display()->unsaved());
        checkUntouched(
            m_app->preferencesFile(), old, {m_app->fillerName(), QStringLiteral("settings.json")});

        QVERIFY(m_app->free());
        QVERIFY(m_app->restartWithAllData());
        // Written again by the retry, without a new choice.
        QTRY_VERIFY(!display()->unsaved());
        QCOMPARE(unsaved.count(), 2);
        QCOMPARE(stored().value(QStringLiteral("highContrast")).toBool(), true);
        QCOMPARE(
            stored().value(QStringLiteral("readAloudSpeed")).toString(), QStringLiteral("slow"));
        display()->setReducedMotion(true);
        QVERIFY(!display()->unsaved());
        QCOMPARE(mapje::DevicePreferences(m_app->preferencesFile()).reducedMotion(), true);
        QCOMPARE(modeOf(m_app->preferencesFile()), mode_t(0600));
    }

    // The key header on a full disk, through the pages' controller: a PIN change that cannot be
    // written says the old code still works; a wrong PIN whose wait cannot be written says the
    // device is full. Nothing is lost, and the old PIN opens everything once there is room.
    void theUnlockAndPinPagesOnAFullDisk()
    {
        VaultController *vault = (*m_app)->vaultController();
        QVERIFY(m_app->fill());
        QSignalSpy finished(vault, &VaultController::secretChangeFinished);
        vault->changeSecret(QString::fromLatin1(OpenVault::Pin), QStringLiteral("97531"));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(vault->message(),
            QStringLiteral("Je nieuwe code is niet bewaard. Je oude code werkt nog."));
        QCOMPARE(vault->storageProblem(),
            QStringLiteral(
                "Je apparaat is vol. Mapje kan nu niets bewaren. Maak wat ruimte vrij."));

        vault->lock();
        QCOMPARE(vault->stage(), VaultController::Locked);
        vault->unlock(QStringLiteral("11111"));
        QTRY_VERIFY(!vault->busy());
        QCOMPARE(vault->message(), QStringLiteral("Deze code klopt niet. Probeer het nog eens."));
        QCOMPARE(vault->storageProblem(),
            QStringLiteral(
                "Je apparaat is vol. Mapje kan nu niets bewaren. Maak wat ruimte vrij."));

        QVERIFY(m_app->free());
        QVERIFY(m_app->restartWithAllData());
        QCOMPARE(vault->storageProblem(), QString());
    }

    void theLanguageOnAFullDisk()
    {
        language()->choose(QStringLiteral("en"));
        QVERIFY(!language()->unsaved());
        const QByteArray old = readAll(m_app->preferencesFile());
        QCOMPARE(stored().value(QStringLiteral("language")).toString(), QStringLiteral("en"));

        QVERIFY(m_app->fill());
        QSignalSpy unsaved(language(), &LanguageController::unsavedChanged);
        language()->choose(QStringLiteral("uk"));
        QCOMPARE(language()->current(), QStringLiteral("uk"));
        QVERIFY(language()->unsaved());
        QCOMPARE(unsaved.count(), 1);
        checkUntouched(
            m_app->preferencesFile(), old, {m_app->fillerName(), QStringLiteral("settings.json")});

        QVERIFY(m_app->free());
        QVERIFY(m_app->restartWithAllData());
        QTRY_VERIFY(!language()->unsaved());
        QCOMPARE(stored().value(QStringLiteral("language")).toString(), QStringLiteral("uk"));
        language()->choose(QStringLiteral("nl"));
        QCOMPARE(
            mapje::DevicePreferences(m_app->preferencesFile()).language(), QStringLiteral("nl"));
    }

    void aDisplayChoiceOnAReadOnlyDisk()
    {
        display()->setTextScale(1.5);
        const QByteArray old = readAll(m_app->preferencesFile());
        // Locked first: a disk with the vault's files open for writing cannot be made read-only.
        (*m_app)->vaultController()->lock();
        QCOMPARE((*m_app)->vaultController()->stage(), VaultController::Locked);
        QVERIFY(m_mounts.setReadOnly(m_app->disk(), true));

        display()->setTextScale(2.0);
        QCOMPARE(display()->textScale(), 2.0);
        QVERIFY(display()->unsaved());
        QVERIFY(language()->unsaved());
        checkUntouched(m_app->preferencesFile(), old, {QStringLiteral("settings.json")});

        QVERIFY(m_mounts.setReadOnly(m_app->disk(), false));
        QTRY_VERIFY(!display()->unsaved());
        QCOMPARE(stored().value(QStringLiteral("textScale")).toDouble(), 2.0);
        QVERIFY(m_app->restartWithAllData());
    }

    void theAgendaFileOnAFullDisk()
    {
        calendar()->refresh();
        QVERIFY(calendar()->save());
        const QString path = calendar()->savedPath();
        QCOMPARE(modeOf(path), mode_t(0600));
        const QByteArray old = readAll(path);
        QVERIFY(!old.contains("Sanne"));

        QVERIFY(m_app->fill());
        calendar()->setWithDetails(true); // the new file would say more
        QVERIFY(!calendar()->save());
        QVERIFY(calendar()->savedPath().isEmpty());
        QVERIFY(
            calendar()->message().contains(QStringLiteral("Je gegevens in Mapje zijn veilig.")));
        checkUntouched(path, old, {QFileInfo(path).fileName()});

        checkRecovered(path, [this] { return calendar()->save(); });
        QVERIFY(readAll(path).contains("Sanne"));
    }

    void theMapjePdfOnAFullDisk()
    {
        summary()->setOwnerName(QStringLiteral("Fatima"));
        summary()->preparePreview();
        QTRY_VERIFY(summary()->previewReady());
        QVERIFY(summary()->save());
        const QString path = summary()->savedPath();
        QVERIFY(path.startsWith(m_app->exportDirectory()));
        QCOMPARE(modeOf(path), mode_t(0600));
        const QByteArray old = readAll(path);
        QVERIFY(old.startsWith("%PDF"));

        // A different mapje, ready in memory before the disk fills up.
        summary()->setOwnerName(QStringLiteral("Fatima Yilmaz"));
        summary()->preparePreview();
        QTRY_VERIFY(summary()->previewReady());
        QVERIFY(m_app->fill());
        QVERIFY(!summary()->save());
        QVERIFY(summary()->savedPath().isEmpty());
        QVERIFY(summary()->message().contains(QStringLiteral("Je mapje in de app is veilig.")));
        checkUntouched(path, old, {QFileInfo(path).fileName()});

        // Room again: the mapje is saved beside the earlier one, never over it.
        QVERIFY(m_app->free());
        QVERIFY(m_app->restartWithAllData());
        summary()->preparePreview();
        QTRY_VERIFY(summary()->previewReady());
        QVERIFY(summary()->save());
        const QString second = summary()->savedPath();
        QCOMPARE(QFileInfo(second).fileName(),
            QFileInfo(path).completeBaseName() + QStringLiteral("-2.pdf"));
        QCOMPARE(modeOf(second), mode_t(0600));
        QCOMPARE(readAll(path), old);
        QVERIFY(readAll(second) != old);
    }
};

QTEST_MAIN(TestFullDiskFiles)
#include "tst_fulldiskfiles.moc"
