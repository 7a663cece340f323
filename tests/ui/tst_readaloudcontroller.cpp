#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "fakespeechengine.h"
#include "ui/languagecontroller.h"
#include "ui/readaloudcontroller.h"

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
    QTemporaryDir m_dir;
    QString m_settingsFile;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int counter = 0;
        m_settingsFile = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++counter));
        QLocale::setDefault(QLocale(QStringLiteral("fr")));
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }

    void saysTheExactTextInDutch()
    {
        LanguageController language(m_settingsFile);
        language.loadInitial();
        ReadAloudController readAloud(m_settingsFile, language);
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
        LanguageController language(m_settingsFile);
        language.loadInitial();
        ReadAloudController readAloud(m_settingsFile, language);
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
        LanguageController language(m_settingsFile);
        language.loadInitial();
        ReadAloudController readAloud(m_settingsFile, language);
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
        LanguageController language(m_settingsFile);
        language.loadInitial();
        {
            ReadAloudController readAloud(m_settingsFile, language);
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
        const QSettings settings(m_settingsFile, QSettings::IniFormat);
        QCOMPARE(
            settings.value(QStringLiteral("readAloudRate")).toString(), QStringLiteral("slow"));

        ReadAloudController again(m_settingsFile, language);
        QCOMPARE(again.rate(), ReadAloudController::Slow);
        auto *engine = new FakeSpeechEngine(dutchAndEnglish());
        again.setEngine(engine);
        QCOMPARE(engine->rate(), -0.4);
        again.setRate(ReadAloudController::Fast);
        QCOMPARE(engine->rate(), 0.3);
        ReadAloudController third(m_settingsFile, language);
        QCOMPARE(third.rate(), ReadAloudController::Fast);
        QCOMPARE(ReadAloudController::engineRate(ReadAloudController::Normal), 0.0);
    }

    void noEngineIsKindAndSafe()
    {
        LanguageController language(m_settingsFile);
        language.loadInitial();
        // An engine name no Qt plugin has: Mapje must not ask Qt for it, nor crash.
        ReadAloudController readAloud(m_settingsFile, language, QStringLiteral("no-such-engine"));
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
        LanguageController language(m_settingsFile);
        language.loadInitial();
        ReadAloudController readAloud(m_settingsFile, language);
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
