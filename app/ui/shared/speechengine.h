#pragma once

#include <QList>
#include <QLocale>
#include <QObject>

namespace mapje {

/** What Mapje needs from a speech engine, so tests can put a fake in place of the real one. */
class SpeechEngine : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /** True when the engine started and can take text; false after a start-up or playback error.
     */
    [[nodiscard]] virtual bool isReady() const = 0;
    /** The languages the engine has a voice for. */
    [[nodiscard]] virtual QList<QLocale> locales() const = 0;
    /** True when the current locale has at least one voice. */
    [[nodiscard]] virtual bool hasVoice() const = 0;
    [[nodiscard]] virtual bool isSpeaking() const = 0;

    virtual void setLocale(const QLocale &locale) = 0;
    /** -1.0 (slow) to 1.0 (fast); 0 is the engine's normal speed. */
    virtual void setRate(double rate) = 0;
    virtual void say(const QString &text) = 0;
    virtual void stop() = 0;

signals:
    void speakingChanged();
    void readyChanged();
};

} // namespace mapje
