#include <QElapsedTimer>
#include <QLocale>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

#include "freshsettings.h"
#include "storage/devicepreferences.h"
#include "ui/settings/languagecontroller.h"
#include "ui/settings/readaloudcontroller.h"
#include "ui/shared/qtspeechengine.h"

using mapje::LanguageController;
using mapje::ReadAloudController;
using mapje::SpeechEngine;
using mapje::ThreadedSpeechEngine;

namespace {
/** What a BlockingSpeechEngine did, shared with the test across the threads. */
struct Gate {
    std::atomic_bool blockStop {false};
    std::atomic_bool stopSilently {false}; // as speechd without sound: no "cancelled" after stop
    QSemaphore stopEntered; // released when stop() starts waiting
    QSemaphore open; // stop() returns once the test releases it
    QSemaphore startOpen; // the engine is made only once the test releases it
    bool blockStart = false;
    std::atomic_bool destroyed {false};
    std::atomic<Qt::HANDLE> thread {nullptr};
    QMutex mutex;
    QStringList said;
};

/**
 * A speech engine that behaves like speechd on a device without sound: stop() does not return
 * until the test says so. It lives in the speech thread, as the real engine does.
 */
class BlockingSpeechEngine : public SpeechEngine {
public:
    BlockingSpeechEngine(std::shared_ptr<Gate> gate, QList<QLocale> locales)
        : m_gate(std::move(gate)), m_locales(std::move(locales))
    {
        m_gate->thread = QThread::currentThreadId();
    }
    ~BlockingSpeechEngine() override { m_gate->destroyed = true; }

    [[nodiscard]] bool isReady() const override { return true; }
    [[nodiscard]] QList<QLocale> locales() const override { return m_locales; }
    [[nodiscard]] bool hasVoice() const override { return m_locales.contains(m_locale); }
    [[nodiscard]] bool isSpeaking() const override { return m_speaking; }
    void setLocale(const QLocale &locale) override { m_locale = locale; }
    void setRate(double) override { }
    void say(const QString &text) override
    {
        {
            QMutexLocker lock(&m_gate->mutex);
            m_gate->said.append(text);
        }
        m_speaking = true;
        emit speakingChanged();
    }
    void stop() override
    {
        if (m_gate->blockStop) {
            m_gate->stopEntered.release();
            m_gate->open.acquire();
        }
        if (m_gate->stopSilently)
            return;
        m_speaking = false;
        emit speakingChanged();
    }

private:
    std::shared_ptr<Gate> m_gate;
    QList<QLocale> m_locales;
    QLocale m_locale = QLocale::c();
    bool m_speaking = false;
};

QList<QLocale> dutch()
{
    return {QLocale(QLocale::Dutch, QLocale::Netherlands)};
}

QStringList saidBy(Gate &gate)
{
    QMutexLocker lock(&gate.mutex);
    return gate.said;
}

/** A controller in Dutch whose engine is a BlockingSpeechEngine in a ThreadedSpeechEngine. */
struct Reader {
    Reader(const QString &settingsFile, bool blockStart, QList<QLocale> locales = dutch())
        : preferences(settingsFile), language(preferences), readAloud(preferences, language)
    {
        language.loadInitial();
        language.choose(QStringLiteral("nl"));
        gate->blockStart = blockStart;
        engine = new ThreadedSpeechEngine([gate = gate, locales]() -> SpeechEngine * {
            if (gate->blockStart)
                gate->startOpen.acquire();
            return new BlockingSpeechEngine(gate, locales);
        });
        readAloud.setEngine(engine);
    }

    mapje::DevicePreferences preferences;
    LanguageController language;
    ReadAloudController readAloud;
    std::shared_ptr<Gate> gate = std::make_shared<Gate>();
    ThreadedSpeechEngine *engine;
};

constexpr int kPromptly = 200; // ms: far more than a queued call takes, far less than a freeze
} // namespace

/**
 * ReadAloudController with its engine in a thread of its own (ThreadedSpeechEngine, as the real
 * speechd engine runs): an engine that blocks, as speechd does on a device without sound, never
 * freezes the GUI thread, and quitting with a stuck engine is bounded.
 */
class TestReadAloudControllerThread : public QObject {
    Q_OBJECT

private:
    FreshSettings m_fresh;
    QString m_settingsFile;

private slots:
    void initTestCase() { QVERIFY(m_fresh.isValid()); }
    void init() { m_settingsFile = m_fresh.next(); }

    void stopReturnsAtOnceWhileTheEngineBlocks()
    {
        Reader reader(m_settingsFile, false);
        ReadAloudController &readAloud = reader.readAloud;
        Gate &gate = *reader.gate;
        QTRY_VERIFY_WITH_TIMEOUT(readAloud.available(), 5000);
        QVERIFY(gate.thread != QThread::currentThreadId());

        QSignalSpy speaking(&readAloud, &ReadAloudController::speakingChanged);
        QVERIFY(readAloud.say(QStringLiteral("Welkom bij Mapje")));
        QVERIFY(readAloud.speaking()); // at once: the button turns into "Stop met voorlezen"
        QTRY_COMPARE_WITH_TIMEOUT(
            saidBy(gate), QStringList {QStringLiteral("Welkom bij Mapje")}, 5000);

        gate.blockStop = true;
        QElapsedTimer timer;
        timer.start();
        readAloud.stop();
        QVERIFY2(timer.elapsed() < kPromptly, qPrintable(QString::number(timer.elapsed())));
        // The engine is now stuck inside stop(), in its own thread.
        QVERIFY(gate.stopEntered.tryAcquire(1, 5000));
        // The GUI thread goes on: more calls return at once, events are handled.
        timer.restart();
        readAloud.stop();
        readAloud.setRate(ReadAloudController::Slow);
        QVERIFY(readAloud.say(QString())); // nothing to read: no call reaches the engine
        QVERIFY(readAloud.available());
        QVERIFY2(timer.elapsed() < kPromptly, qPrintable(QString::number(timer.elapsed())));
        bool timerFired = false;
        QTimer::singleShot(0, this, [&timerFired] { timerFired = true; });
        QTRY_VERIFY_WITH_TIMEOUT(timerFired, 1000);
        // Not stopped yet, and the controller says so truthfully.
        QVERIFY(readAloud.speaking());

        // The engine returns: the controller hears that it stopped.
        gate.blockStop = false;
        gate.open.release();
        QTRY_VERIFY_WITH_TIMEOUT(!readAloud.speaking(), 5000);
        QCOMPARE(speaking.count(), 2);
    }

    void stopThatReturnsHasStoppedEvenIfTheEngineNeverSaysSo()
    {
        Reader reader(m_settingsFile, false);
        ReadAloudController &readAloud = reader.readAloud;
        QTRY_VERIFY_WITH_TIMEOUT(readAloud.available(), 5000);
        reader.gate->stopSilently = true;
        QVERIFY(readAloud.say(QStringLiteral("Hallo")));
        QTRY_COMPARE_WITH_TIMEOUT(saidBy(*reader.gate).size(), 1, 5000);
        QVERIFY(readAloud.speaking());
        readAloud.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!readAloud.speaking(), 5000);
        // The next text speaks again.
        QVERIFY(readAloud.say(QStringLiteral("Nog eens")));
        QVERIFY(readAloud.speaking());
        QTRY_COMPARE_WITH_TIMEOUT(saidBy(*reader.gate).size(), 2, 5000);
        QVERIFY(readAloud.speaking());
    }

    void quittingWithAStuckEngineIsBounded()
    {
        std::shared_ptr<Gate> gate;
        QElapsedTimer timer;
        {
            Reader reader(m_settingsFile, false);
            gate = reader.gate;
            reader.engine->setShutdownTimeout(100);
            QTRY_VERIFY_WITH_TIMEOUT(reader.readAloud.available(), 5000);
            QVERIFY(reader.readAloud.say(QStringLiteral("Hallo")));
            gate->blockStop = true;
            reader.readAloud.stop();
            QVERIFY(gate->stopEntered.tryAcquire(1, 5000));
            QTest::ignoreMessage(QtWarningMsg,
                "Read aloud: the speech engine did not stop within 100 ms; leaving it behind.");
            timer.start();
        } // the controller and its engine go, as when the window closes
        QVERIFY2(timer.elapsed() < 100 + kPromptly, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!gate->destroyed);

        // When the call returns at last, the engine is deleted in its thread after all.
        gate->blockStop = false;
        gate->open.release();
        QTRY_VERIFY_WITH_TIMEOUT(gate->destroyed, 5000);
    }

    void quittingWithAQuietEngineDeletesItAtOnce()
    {
        std::shared_ptr<Gate> gate;
        {
            Reader reader(m_settingsFile, false);
            gate = reader.gate;
            QTRY_VERIFY_WITH_TIMEOUT(reader.readAloud.available(), 5000);
            QVERIFY(reader.readAloud.say(QStringLiteral("Hallo")));
            reader.readAloud.stop();
        }
        QVERIFY(gate->destroyed);
    }

    void textSaidWhileStartingIsReadOnceReady()
    {
        QElapsedTimer timer;
        timer.start();
        Reader reader(m_settingsFile, true);
        ReadAloudController &readAloud = reader.readAloud;
        QSignalSpy available(&readAloud, &ReadAloudController::availableChanged);
        QVERIFY(!readAloud.available());
        QVERIFY(readAloud.unavailableMessage().isEmpty()); // starting, not failing
        QVERIFY(readAloud.say(QStringLiteral("Jij kiest")));
        QVERIFY(readAloud.speaking());
        QVERIFY2(timer.elapsed() < kPromptly, qPrintable(QString::number(timer.elapsed())));

        reader.gate->startOpen.release();
        QTRY_VERIFY_WITH_TIMEOUT(readAloud.available(), 5000);
        QCOMPARE(available.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            saidBy(*reader.gate), QStringList {QStringLiteral("Jij kiest")}, 5000);
        QVERIFY(readAloud.speaking());
    }

    void stopWhileStartingDropsTheText()
    {
        Reader reader(m_settingsFile, true);
        ReadAloudController &readAloud = reader.readAloud;
        QVERIFY(readAloud.say(QStringLiteral("Jij kiest")));
        QSignalSpy speaking(&readAloud, &ReadAloudController::speakingChanged);
        readAloud.stop();
        QVERIFY(!readAloud.speaking());
        QCOMPARE(speaking.count(), 1);
        reader.gate->startOpen.release();
        QTRY_VERIFY_WITH_TIMEOUT(readAloud.available(), 5000);
        QVERIFY(saidBy(*reader.gate).isEmpty());
    }

    void noVoiceAfterStartingDropsTheText()
    {
        Reader reader(m_settingsFile, true, {QLocale(QLocale::English, QLocale::UnitedKingdom)});
        ReadAloudController &readAloud = reader.readAloud;
        QSignalSpy refused(&readAloud, &ReadAloudController::refused);
        QVERIFY(readAloud.say(QStringLiteral("Jij kiest")));
        QCOMPARE(refused.count(), 0); // starting: the answer comes later
        QSignalSpy message(&readAloud, &ReadAloudController::unavailableMessageChanged);
        reader.gate->startOpen.release();
        QTRY_VERIFY_WITH_TIMEOUT(message.count() > 0, 5000);
        QVERIFY(!readAloud.available());
        QVERIFY(!readAloud.speaking());
        QVERIFY(!readAloud.unavailableMessage().isEmpty());
        // The page that was told yes learns now that there is no voice, and shows the message.
        QCOMPARE(refused.count(), 1);
        QVERIFY(!readAloud.say(QStringLiteral("Jij kiest")));
        QCOMPARE(refused.count(), 2);
        QVERIFY(saidBy(*reader.gate).isEmpty());
    }

    void stopWhileStartingThenNoVoiceRefusesNothing()
    {
        Reader reader(m_settingsFile, true, {QLocale(QLocale::English, QLocale::UnitedKingdom)});
        ReadAloudController &readAloud = reader.readAloud;
        QSignalSpy refused(&readAloud, &ReadAloudController::refused);
        QVERIFY(readAloud.say(QStringLiteral("Jij kiest")));
        readAloud.stop();
        QSignalSpy message(&readAloud, &ReadAloudController::unavailableMessageChanged);
        reader.gate->startOpen.release();
        QTRY_VERIFY_WITH_TIMEOUT(message.count() > 0, 5000);
        QVERIFY(!readAloud.unavailableMessage().isEmpty());
        // Nothing waited to be read: no page asked, so none shows a message.
        QCOMPARE(refused.count(), 0);
    }

    void readyAfterStartingRefusesNothing()
    {
        Reader reader(m_settingsFile, true);
        ReadAloudController &readAloud = reader.readAloud;
        QSignalSpy refused(&readAloud, &ReadAloudController::refused);
        QVERIFY(readAloud.say(QStringLiteral("Jij kiest")));
        reader.gate->startOpen.release();
        QTRY_VERIFY_WITH_TIMEOUT(readAloud.available(), 5000);
        QCOMPARE(refused.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReadAloudControllerThread)
#include "tst_readaloudcontrollerthread.moc"
