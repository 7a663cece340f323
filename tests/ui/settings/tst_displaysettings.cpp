#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include "freshsettings.h"
#include "storage/devicepreferences.h"
#include "ui/settings/displaysettings.h"

using mapje::DevicePreferences;
using mapje::DisplaySettings;

/** DisplaySettings: sensible defaults, only offered text sizes, every choice remembered. */
class TestDisplaySettings : public QObject {
    Q_OBJECT

private:
    FreshSettings m_fresh;
    QString m_settingsFile; // the preferences (JSON)
    QString m_legacyFile; // what an older Mapje wrote (INI), beside it

private slots:
    void initTestCase() { QVERIFY(m_fresh.isValid()); }

    void init()
    {
        m_settingsFile = m_fresh.next();
        QVERIFY(!m_settingsFile.isEmpty());
        m_legacyFile = DevicePreferences::legacyFileFor(m_settingsFile);
    }

    void defaultsAreCalmAndPlain()
    {
        DevicePreferences preferences(m_settingsFile);
        const DisplaySettings display(preferences);
        QCOMPARE(display.highContrast(), false);
        QCOMPARE(display.textScale(), 1.0);
        QCOMPARE(display.reducedMotion(), false);
        QCOMPARE(display.textScales(), QVariantList({1.0, 1.25, 1.5, 2.0}));
        // A conversation never pauses by itself unless she chooses it.
        QCOMPARE(display.pauseWhenAwaySeconds(), 0);
        QCOMPARE(display.pauseChoices(), QVariantList({0, 30, 60, 300}));
    }

    // Only the offered times; the choice is remembered, and a stored time not on offer is off.
    void pauseWhenAwayIsAnOfferedTime()
    {
        {
            DevicePreferences preferences(m_settingsFile);
            DisplaySettings display(preferences);
            QSignalSpy changed(&display, &DisplaySettings::pauseWhenAwayChanged);
            display.setPauseWhenAwaySeconds(45);
            QCOMPARE(display.pauseWhenAwaySeconds(), 0);
            display.setPauseWhenAwaySeconds(60);
            QCOMPARE(display.pauseWhenAwaySeconds(), 60);
            QCOMPARE(changed.count(), 1);
        }
        DevicePreferences again(m_settingsFile);
        QCOMPARE(DisplaySettings(again).pauseWhenAwaySeconds(), 60);
        (void)again.setPauseWhenAwaySeconds(7);
        QCOMPARE(DisplaySettings(again).pauseWhenAwaySeconds(), 0);
    }

    void choicesAreRememberedByANewInstance()
    {
        {
            DevicePreferences preferences(m_settingsFile);
            DisplaySettings display(preferences);
            QSignalSpy contrastSpy(&display, &DisplaySettings::highContrastChanged);
            QSignalSpy scaleSpy(&display, &DisplaySettings::textScaleChanged);
            QSignalSpy motionSpy(&display, &DisplaySettings::reducedMotionChanged);
            display.setHighContrast(true);
            display.setTextScale(1.5);
            display.setReducedMotion(true);
            QCOMPARE(contrastSpy.count(), 1);
            QCOMPARE(scaleSpy.count(), 1);
            QCOMPARE(motionSpy.count(), 1);

            // The same choice again changes nothing and says nothing.
            display.setHighContrast(true);
            display.setTextScale(1.5);
            display.setReducedMotion(true);
            QCOMPARE(contrastSpy.count(), 1);
            QCOMPARE(scaleSpy.count(), 1);
            QCOMPARE(motionSpy.count(), 1);
        }
        // A new start reads the same file, as the app does before the vault is unlocked.
        DevicePreferences restartedPreferences(m_settingsFile);
        DisplaySettings restarted(restartedPreferences);
        QCOMPARE(restarted.highContrast(), true);
        QCOMPARE(restarted.textScale(), 1.5);
        QCOMPARE(restarted.reducedMotion(), true);

        restarted.setHighContrast(false);
        restarted.setTextScale(2.0);
        restarted.setReducedMotion(false);
        DevicePreferences againPreferences(m_settingsFile);
        const DisplaySettings again(againPreferences);
        QCOMPARE(again.highContrast(), false);
        QCOMPARE(again.textScale(), 2.0);
        QCOMPARE(again.reducedMotion(), false);
    }

    void otherSettingsInTheFileStay()
    {
        {
            QSettings settings(m_legacyFile, QSettings::IniFormat);
            settings.setValue(QStringLiteral("language"), QStringLiteral("en"));
        }
        DevicePreferences preferences(m_settingsFile);
        DisplaySettings display(preferences);
        display.setTextScale(1.25);
        const DevicePreferences settings(m_settingsFile);
        QCOMPARE(settings.language(), QStringLiteral("en"));
    }

    void invalidScaleIsIgnored_data()
    {
        QTest::addColumn<qreal>("scale");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("negative") << -1.0;
        QTest::newRow("between offered sizes") << 1.37;
        QTest::newRow("too small") << 0.75;
        QTest::newRow("too large") << 3.0;
        QTest::newRow("not a number") << qQNaN();
    }

    void invalidScaleIsIgnored()
    {
        QFETCH(qreal, scale);
        DevicePreferences preferences(m_settingsFile);
        DisplaySettings display(preferences);
        display.setTextScale(1.25);
        QSignalSpy spy(&display, &DisplaySettings::textScaleChanged);
        display.setTextScale(scale);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(display.textScale(), 1.25);
        DevicePreferences restartedPreferences(m_settingsFile);
        const DisplaySettings restarted(restartedPreferences);
        QCOMPARE(restarted.textScale(), 1.25);
    }

    void invalidStoredScaleFallsBack_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("between offered sizes") << QStringLiteral("1.37");
        QTest::newRow("huge") << QStringLiteral("40");
        QTest::newRow("text") << QStringLiteral("groot");
    }

    void invalidStoredScaleFallsBack()
    {
        QFETCH(QString, stored);
        {
            QSettings settings(m_legacyFile, QSettings::IniFormat);
            settings.setValue(QStringLiteral("display/textScale"), stored);
        }
        DevicePreferences preferences(m_settingsFile);
        const DisplaySettings display(preferences);
        QCOMPARE(display.textScale(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestDisplaySettings)

#include "tst_displaysettings.moc"
