#include "ui/shared/qtspeechengine.h"

#include <QDeadlineTimer>
#include <QTextToSpeech>
#include <QThread>
#include <QtDebug>

namespace mapje {

QtSpeechEngine::QtSpeechEngine(const QString &engineName, QObject *parent)
    : SpeechEngine(parent), m_speech(new QTextToSpeech(engineName, this))
{
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        emit speakingChanged();
        if (state == QTextToSpeech::Error)
            emit readyChanged();
    });
}

bool QtSpeechEngine::isReady() const
{
    return m_speech->state() != QTextToSpeech::Error
        && m_speech->errorReason() != QTextToSpeech::ErrorReason::Initialization;
}

QList<QLocale> QtSpeechEngine::locales() const
{
    return isReady() ? m_speech->availableLocales() : QList<QLocale> {};
}

bool QtSpeechEngine::hasVoice() const
{
    return isReady() && !m_speech->availableVoices().isEmpty();
}

bool QtSpeechEngine::isSpeaking() const
{
    return m_speech->state() == QTextToSpeech::Speaking;
}

void QtSpeechEngine::setLocale(const QLocale &locale)
{
    m_speech->setLocale(locale);
}

void QtSpeechEngine::setRate(double rate)
{
    m_speech->setRate(rate);
}

void QtSpeechEngine::say(const QString &text)
{
    m_speech->say(text);
}

void QtSpeechEngine::stop()
{
    m_speech->stop();
}

/** Lives in the speech thread: owns the engine there, runs the calls and reports after each. */
class SpeechWorker : public QObject {
    Q_OBJECT
public:
    void start(const ThreadedSpeechEngine::Factory &makeEngine)
    {
        m_engine = makeEngine ? makeEngine() : nullptr;
        if (m_engine) {
            m_engine->setParent(this);
            connect(m_engine, &SpeechEngine::speakingChanged, this, [this] {
                // The engine took the text (or stopped): from now on its own word counts.
                m_saidNotStarted = false;
                report();
            });
            connect(m_engine, &SpeechEngine::readyChanged, this, &SpeechWorker::report);
        }
        report();
    }

    void run(quint64 call, const std::function<void(SpeechWorker &)> &job)
    {
        if (m_engine)
            job(*this);
        m_done = call;
        report();
    }

    void setLocale(const QLocale &locale)
    {
        m_locale = locale;
        m_engine->setLocale(locale);
    }
    void setRate(double rate) { m_engine->setRate(rate); }
    void say(const QString &text)
    {
        // speechd says it speaks only when the daemon begins; until then the text is on its way.
        m_saidNotStarted = true;
        m_stopped = false;
        m_engine->say(text);
    }
    void stop()
    {
        m_saidNotStarted = false;
        m_engine->stop();
        // Returned: it stopped. speechd may never send the "cancelled" that would end its Speaking
        // state (seen with a daemon that has no sound), which would keep "Stop met voorlezen".
        m_stopped = true;
    }

signals:
    void reported(const SpeechReport &report);

private:
    void report()
    {
        SpeechReport report;
        report.done = m_done;
        report.locale = m_locale;
        if (m_engine) {
            report.ready = m_engine->isReady();
            report.locales = report.ready ? m_engine->locales() : QList<QLocale> {};
            report.hasVoice = report.ready && m_engine->hasVoice();
            report.speaking = (m_engine->isSpeaking() && !m_stopped) || m_saidNotStarted;
        }
        emit reported(report);
    }

    SpeechEngine *m_engine = nullptr;
    quint64 m_done = 0;
    QLocale m_locale = QLocale::c();
    bool m_saidNotStarted = false;
    bool m_stopped = false;
};

ThreadedSpeechEngine::ThreadedSpeechEngine(Factory makeEngine, QObject *parent)
    : SpeechEngine(parent), m_thread(new QThread), m_worker(new SpeechWorker)
{
    qRegisterMetaType<SpeechReport>();
    m_thread->setObjectName(QStringLiteral("Mapje speech"));
    // Deleted here after a clean stop; after a stuck one, once the engine returns (see below).
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_worker->moveToThread(m_thread);
    // Queued: the worker emits in its thread, this object lives in the GUI thread.
    connect(m_worker, &SpeechWorker::reported, this, &ThreadedSpeechEngine::receive);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, make = std::move(makeEngine)] { worker->start(make); },
        Qt::QueuedConnection);
}

ThreadedSpeechEngine::~ThreadedSpeechEngine()
{
    disconnect(m_worker, nullptr, this, nullptr);
    // The engine is deleted in its own thread, after the calls already sent to it; then the
    // thread ends. QThread::quit and deleteLater may be called from any thread.
    connect(m_worker, &QObject::destroyed, m_thread, &QThread::quit, Qt::DirectConnection);
    m_worker->deleteLater();
    if (m_thread->wait(QDeadlineTimer(m_shutdownTimeout))) {
        delete m_thread;
        return;
    }
    // The engine is stuck in a call (speechd waiting for a daemon that does not answer). Waiting
    // longer would freeze the closing window, and a running QThread must not be deleted: leave it.
    // When the call returns, the engine is deleted, the thread ends and deletes itself (if the
    // event loop still runs); when Mapje quits first, the process ends the thread with it.
    qWarning("Read aloud: the speech engine did not stop within %d ms; leaving it behind.",
        m_shutdownTimeout);
}

bool ThreadedSpeechEngine::hasVoice() const
{
    return m_report.locale == m_requestedLocale ? m_report.hasVoice : m_report.ready;
}

void ThreadedSpeechEngine::setLocale(const QLocale &locale)
{
    if (locale == m_requestedLocale)
        return;
    m_requestedLocale = locale;
    post([locale](SpeechWorker &worker) { worker.setLocale(locale); });
}

void ThreadedSpeechEngine::setRate(double rate)
{
    post([rate](SpeechWorker &worker) { worker.setRate(rate); });
}

void ThreadedSpeechEngine::say(const QString &text)
{
    post([text](SpeechWorker &worker) { worker.say(text); });
    m_lastSay = m_posted;
    if (!m_speaking) {
        m_speaking = true;
        emit speakingChanged();
    }
}

void ThreadedSpeechEngine::stop()
{
    post([](SpeechWorker &worker) { worker.stop(); });
}

void ThreadedSpeechEngine::post(std::function<void(SpeechWorker &)> job)
{
    const quint64 call = ++m_posted;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, call, job = std::move(job)] { worker->run(call, job); },
        Qt::QueuedConnection);
}

void ThreadedSpeechEngine::receive(const SpeechReport &report)
{
    const bool readyChanges = !m_started || report.ready != m_report.ready
        || report.locales != m_report.locales || report.hasVoice != m_report.hasVoice
        || report.locale != m_report.locale;
    m_started = true;
    m_report = report;
    // A report from before the last say still has the engine silent: the text is on its way.
    const bool speaking = report.done >= m_lastSay ? report.speaking : true;
    if (speaking != m_speaking) {
        m_speaking = speaking;
        emit speakingChanged();
    }
    if (readyChanges)
        emit readyChanged();
}

} // namespace mapje

#include "qtspeechengine.moc"
