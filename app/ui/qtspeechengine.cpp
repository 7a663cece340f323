#include "ui/qtspeechengine.h"

#include <QTextToSpeech>

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
