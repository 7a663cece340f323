#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantMap>

namespace mapje {

class DevicePreferences;
class LanguageController;
class SpeechEngine;

/** Reads a page's text aloud in the chosen language, at a calm speed the citizen picks. */
class ReadAloudController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    Q_PROPERTY(Speed rate READ rate NOTIFY rateChanged)
    Q_PROPERTY(QString unavailableMessage READ unavailableMessage NOTIFY unavailableMessageChanged)

public:
    /** Three speeds are enough to choose from; each maps to one QTextToSpeech rate. */
    enum Speed { Slow, Normal, Fast };
    Q_ENUM(Speed)

    /** The speed is kept in the plain preferences outside the vault. The engine (a QTextToSpeech
     * plugin) starts only on first use, in a thread of its own: neither starting Mapje nor any
     * call here ever waits for it. */
    explicit ReadAloudController(DevicePreferences &preferences, LanguageController &language,
        QString engineName = QStringLiteral("speechd"), QObject *parent = nullptr);
    ~ReadAloudController() override;

    /** Puts another engine in place (tests use a fake); takes ownership. nullptr means none. A
     * ThreadedSpeechEngine answers later: until its first report reading aloud is "starting". */
    void setEngine(SpeechEngine *engine);

    /** True when there is a voice for the current language; known shortly after the first use. */
    [[nodiscard]] bool available() const { return m_state == State::Ready; }
    /** True from "Lees voor" (also while the engine starts) until the engine reports it stopped. */
    [[nodiscard]] bool speaking() const;
    [[nodiscard]] Speed rate() const { return m_rate; }
    /** Why reading aloud does not work here, kindly; empty when it works. */
    [[nodiscard]] QString unavailableMessage() const;
    /** The QTextToSpeech rate of a speed: -0.4, 0 or 0.3. */
    [[nodiscard]] static double engineRate(Speed speed);

    /** Starts the engine if needed and picks a voice; false when reading aloud cannot work, or
     * cannot work yet because the engine is still starting (availableChanged follows). */
    Q_INVOKABLE bool prepare();
    /** Reads the text aloud; false (and nothing happens) when there is no voice, so the page can
     * say why. While the engine starts, the text waits and is read once it is ready, or dropped
     * with refused() when there turns out to be no voice. Returns at once: the engine speaks in
     * its own thread. */
    Q_INVOKABLE bool say(const QString &text);
    /** Asks the engine to stop and returns at once; speaking turns false when it has stopped. */
    Q_INVOKABLE void stop();
    /** Slow, normal or fast; remembered for the next start. Other values are ignored. */
    Q_INVOKABLE void setRate(int speed);
    /** What Accessible.* says about an item ({ exists, ignored, name, description }), read without
     * attaching an Accessible to it: attaching one from QML would change what screen readers see.
     */
    Q_INVOKABLE static QVariantMap accessibilityOf(QObject *item);

signals:
    void availableChanged();
    void speakingChanged();
    void rateChanged();
    void unavailableMessageChanged();
    /** A text to read was refused: say() found no voice, or the text said while the engine was
     * starting was dropped because the engine then had none. The page that asked shows
     * unavailableMessage, also when the answer came only after "Lees voor" returned. */
    void refused();

private:
    enum class State { NotTried, Starting, NoEngine, NoVoiceForLanguage, Ready };

    void startEngine();
    void applyLanguage();
    void setState(State state);
    void setPendingText(const QString &text);

    DevicePreferences &m_preferences;
    LanguageController &m_language;
    QString m_engineName;
    QPointer<SpeechEngine> m_engine;
    bool m_engineTried = false;
    State m_state = State::NotTried;
    Speed m_rate = Normal;
    /** Said while the engine was starting; read once it is ready. */
    QString m_pendingText;
};

} // namespace mapje
