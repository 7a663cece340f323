#pragma once

#include "ui/speechengine.h"

class QTextToSpeech;

/** The real speech engine: Qt's QTextToSpeech with one of its plugins (speechd on Debian). */
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
