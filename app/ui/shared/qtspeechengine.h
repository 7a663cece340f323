#pragma once

#include <QList>
#include <QLocale>

#include <functional>

#include "ui/shared/speechengine.h"

class QTextToSpeech;
class QThread;

namespace mapje {

class SpeechWorker;

/**
 * Qt's QTextToSpeech with one of its plugins (speechd on Debian). Every call goes straight into
 * the plugin and may wait for it: speechd's client library waits for its daemon's answer, which on
 * a device without sound can be never. So it is only used inside a ThreadedSpeechEngine, in a
 * thread of its own, never on the GUI thread.
 */
class QtSpeechEngine : public SpeechEngine {
    Q_OBJECT
public:
    /** Starts the named plugin; the caller checks QTextToSpeech::availableEngines() first. */
    explicit QtSpeechEngine(const QString &engineName, QObject *parent = nullptr);

    [[nodiscard]] bool isReady() const override;
    [[nodiscard]] QList<QLocale> locales() const override;
    [[nodiscard]] bool hasVoice() const override;
    [[nodiscard]] bool isSpeaking() const override;

    void setLocale(const QLocale &locale) override;
    void setRate(double rate) override;
    void say(const QString &text) override;
    void stop() override;

private:
    QTextToSpeech *m_speech;
};

/** What the engine in the speech thread last said about itself; `done` counts the calls it ran. */
struct SpeechReport {
    quint64 done = 0;
    bool ready = false;
    QList<QLocale> locales;
    QLocale locale = QLocale::c();
    bool hasVoice = false;
    bool speaking = false;
};

/**
 * Runs another speech engine in a thread of its own, so the GUI thread never waits for it. The
 * engine is made, used and deleted in that thread; calls go to it queued and return at once, and
 * what it reports comes back queued: the answers here are its latest report. A stuck engine (a
 * speechd call that never returns) only holds up its own thread.
 */
class ThreadedSpeechEngine : public SpeechEngine {
    Q_OBJECT
public:
    /** Makes the engine in the speech thread; tests hand in a fake. */
    using Factory = std::function<SpeechEngine *()>;

    explicit ThreadedSpeechEngine(Factory makeEngine, QObject *parent = nullptr);
    /** Waits at most shutdownTimeout() for the engine to finish and be deleted; see the .cpp. */
    ~ThreadedSpeechEngine() override;

    /** True once the engine reported for the first time (made, or failed to). */
    [[nodiscard]] bool hasStarted() const { return m_started; }
    [[nodiscard]] bool isReady() const override { return m_report.ready; }
    [[nodiscard]] QList<QLocale> locales() const override { return m_report.locales; }
    /** For a locale the engine has not taken yet: true until it says otherwise. */
    [[nodiscard]] bool hasVoice() const override;
    [[nodiscard]] bool isSpeaking() const override { return m_speaking; }

    void setLocale(const QLocale &locale) override;
    void setRate(double rate) override;
    /** Speaking from now on, even before the engine says so, so "Stop met voorlezen" shows. */
    void say(const QString &text) override;
    /** Speaking ends when the engine reports that it stopped. */
    void stop() override;

    [[nodiscard]] int shutdownTimeout() const { return m_shutdownTimeout; }
    void setShutdownTimeout(int milliseconds) { m_shutdownTimeout = milliseconds; }

private:
    void post(std::function<void(SpeechWorker &)> job);
    void receive(const SpeechReport &report);

    QThread *m_thread;
    SpeechWorker *m_worker;
    quint64 m_posted = 0;
    quint64 m_lastSay = 0;
    bool m_started = false;
    bool m_speaking = false;
    QLocale m_requestedLocale = QLocale::c();
    SpeechReport m_report;
    int m_shutdownTimeout = 1000;
};

} // namespace mapje

Q_DECLARE_METATYPE(mapje::SpeechReport)
