#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include "fakespeechengine.h"
#include "freshsettings.h"
#include "storage/devicepreferences.h"
#include "ui/settings/languagecontroller.h"
#include "ui/settings/readaloudcontroller.h"

using mapje::LanguageController;
using mapje::ReadAloudController;

namespace {
QList<QLocale> dutchAndEnglish()
{
    return {QLocale(QLocale::Dutch, QLocale::Netherlands),
        QLocale(QLocale::English, QLocale::UnitedKingdom)};
}
} // namespace

/** ReadAloudController with a fake engine: what is said, in which language, how fast, and what
 * happens when there is no voice at all. */
class TestReadAloudController : public QObject {
    Q_OBJECT

private:
    FreshSettings m_fresh;
    QString m_settingsFile;

private slots:
    void initTestCase() { QVERIFY(m_fresh.isValid()); }

    void init()
    {
        m_settingsFile = m_fresh.next();
        QLocale::setDefault(QLocale(QStringLiteral("fr")));
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void saysTheExactTextInDutch()
    {
        mapje::DevicePreferences preferences(m_settingsFile);
        LanguageController language(preferences);
        language.loadInitial();
        ReadAloudController readAloud(preferences, language);
        auto *engine = new FakeSpeechEngine(dutchAndEnglish());
        QSignalSpy available(&readAloud, &ReadAloudController::availableChanged);
        readAloud.setEngine(engine);
        QVERIFY(readAloud.available());
        QCOMPARE(available.count(), 1);
        QCOMPARE(readAloud.unavailableMessage(), QString());

        const QString text
            = QStringLiteral("Welkom bij Mapje\nMet Mapje bereid je je gesprek voor.");
        QSignalSpy speaking(&readAloud, &ReadAloudController::speakingChanged);
        QVERIFY(readAloud.say(text));
        QCOMPARE(engine->said(), QStringList {text});
        QCOMPARE(engine->saidLocales().constFirst().language(), QLocale::Dutch);
        QCOMPARE(engine->saidLocales().constFirst().territory(), QLocale::Netherlands);
        QVERIFY(readAloud.speaking());
        QCOMPARE(speaking.count(), 1);

        readAloud.stop();
        QVERIFY(!readAloud.speaking());
        QCOMPARE(speaking.count(), 2);
    }

    void followsTheLanguage()
    {
        mapje::DevicePreferences preferences(m_settingsFile);
        LanguageController language(preferences);
        language.loadInitial();
        ReadAloudController readAloud(preferences, language);
        auto *engine = new FakeSpeechEngine(dutchAndEnglish());
        readAloud.setEngine(engine);
        QCOMPARE(engine->locale().language(), QLocale::Dutch);

        language.choose(QStringLiteral("en"));
        QCOMPARE(engine->locale().language(), QLocale::English);
        QVERIFY(readAloud.say(QStringLiteral("My folder")));
        QCOMPARE(engine->saidLocales().constLast().language(), QLocale::English);
        QVERIFY(readAloud.available());
    }

    void languageWithoutVoiceIsUnavailable()
    {
        mapje::DevicePreferences preferences(m_settingsFile);
        LanguageController language(preferences);
        language.loadInitial();
        ReadAloudController readAloud(preferences, language);
        auto *engine = new FakeSpeechEngine({QLocale(QLocale::English, QLocale::UnitedStates)});
        QSignalSpy message(&readAloud, &ReadAloudController::unavailableMessageChanged);
        readAloud.setEngine(engine);
        QVERIFY(!readAloud.available());
        QVERIFY(!readAloud.unavailableMessage().isEmpty());
        QVERIFY(message.count() >= 1);
        QVERIFY(!readAloud.say(QStringLiteral("Hallo")));
        QVERIFY(engine->said().isEmpty());

        // English has a voice: reading aloud works again.
        QSignalSpy available(&readAloud, &ReadAloudController::availableChanged);
        language.choose(QStringLiteral("en"));
        QVERIFY(readAloud.available());
        QCOMPARE(available.count(), 1);
        QVERIFY(readAloud.unavailableMessage().isEmpty());
    }

    void ratePersists()
    {
        mapje::DevicePreferences preferences(m_settingsFile);
        LanguageController language(preferences);
        language.loadInitial();
        {
            ReadAloudController readAloud(preferences, language);
            QCOMPARE(readAloud.rate(), ReadAloudController::Normal);
            auto *engine = new FakeSpeechEngine(dutchAndEnglish());
            readAloud.setEngine(engine);
            QCOMPARE(engine->rate(), 0.0);
            QSignalSpy spy(&readAloud, &ReadAloudController::rateChanged);
            readAloud.setRate(ReadAloudController::Slow);
            QCOMPARE(spy.count(), 1);
            QCOMPARE(readAloud.rate(), ReadAloudController::Slow);
            QCOMPARE(engine->rate(), -0.4);
            // Out of range or the same: nothing changes.
            readAloud.setRate(7);
            readAloud.setRate(-1);
            readAloud.setRate(ReadAloudController::Slow);
            QCOMPARE(spy.count(), 1);
        }
        QCOMPARE(mapje::DevicePreferences(m_settingsFile).readAloudSpeed(), QStringLiteral("slow"));

        mapje::DevicePreferences againPreferences(m_settingsFile);
        ReadAloudController again(againPreferences, language);
        QCOMPARE(again.rate(), ReadAloudController::Slow);
        auto *engine = new FakeSpeechEngine(dutchAndEnglish());
        again.setEngine(engine);
        QCOMPARE(engine->rate(), -0.4);
        again.setRate(ReadAloudController::Fast);
        QCOMPARE(engine->rate(), 0.3);
        mapje::DevicePreferences thirdPreferences(m_settingsFile);
        ReadAloudController third(thirdPreferences, language);
        QCOMPARE(third.rate(), ReadAloudController::Fast);
        QCOMPARE(ReadAloudController::engineRate(ReadAloudController::Normal), 0.0);
    }

    void noEngineIsKindAndSafe()
    {
        mapje::DevicePreferences preferences(m_settingsFile);
        LanguageController language(preferences);
        language.loadInitial();
        // An engine name no Qt plugin has: Mapje must not ask Qt for it, nor crash.
        ReadAloudController readAloud(preferences, language, QStringLiteral("no-such-engine"));
        QVERIFY(!readAloud.available());
        QVERIFY(!readAloud.prepare());
        QVERIFY(!readAloud.available());
        QVERIFY(!readAloud.speaking());
        QCOMPARE(readAloud.unavailableMessage(),
            QStringLiteral("Voorlezen lukt niet op dit apparaat. Er is geen stem geïnstalleerd."));
        QVERIFY(!readAloud.say(QStringLiteral("Hallo")));
        readAloud.stop();
        readAloud.setRate(ReadAloudController::Fast);
        QCOMPARE(readAloud.rate(), ReadAloudController::Fast);

        // The message follows the language.
        QSignalSpy message(&readAloud, &ReadAloudController::unavailableMessageChanged);
        language.choose(QStringLiteral("en"));
        QCOMPARE(message.count(), 1);
        QVERIFY(!readAloud.unavailableMessage().isEmpty());

        // An injected nothing is the same.
        readAloud.setEngine(nullptr);
        QVERIFY(!readAloud.available());
        QVERIFY(!readAloud.say(QStringLiteral("Hallo")));
    }

    void swappingEnginesDropsTheOld()
    {
        mapje::DevicePreferences preferences(m_settingsFile);
        LanguageController language(preferences);
        language.loadInitial();
        ReadAloudController readAloud(preferences, language);
        QPointer<FakeSpeechEngine> first = new FakeSpeechEngine(dutchAndEnglish());
        readAloud.setEngine(first);
        QVERIFY(readAloud.say(QStringLiteral("Een")));
        QSignalSpy speaking(&readAloud, &ReadAloudController::speakingChanged);
        auto *second = new FakeSpeechEngine(dutchAndEnglish());
        readAloud.setEngine(second);
        QVERIFY(first.isNull());
        QVERIFY(!readAloud.speaking());
        QCOMPARE(speaking.count(), 1);
        QVERIFY(readAloud.say(QStringLiteral("Twee")));
        QCOMPARE(second->said(), QStringList {QStringLiteral("Twee")});
    }
};

QTEST_GUILESS_MAIN(TestReadAloudController)
#include "tst_readaloudcontroller.moc"
