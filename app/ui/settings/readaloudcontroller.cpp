#include "ui/settings/readaloudcontroller.h"

#include "storage/devicepreferences.h"
#include "ui/settings/languagecontroller.h"
#include "ui/shared/qtspeechengine.h"
#include "ui/shared/speechengine.h"

#include <QTextToSpeech>

namespace mapje {

namespace {
constexpr const char *kSpeedKeys[] = {"slow", "normal", "fast"};

/** The engine's locale for a language code: the same country first, then any of the language. */
QLocale pickLocale(const QList<QLocale> &offered, const QString &code)
{
    const QLocale wanted(code);
    for (const QLocale &locale : offered) {
        if (locale.language() == wanted.language() && locale.territory() == wanted.territory())
            return locale;
    }
    for (const QLocale &locale : offered) {
        if (locale.language() == wanted.language())
            return locale;
    }
    return QLocale::c();
}
} // namespace

ReadAloudController::ReadAloudController(DevicePreferences &preferences,
    LanguageController &language, QString engineName, QObject *parent)
    : QObject(parent),
      m_preferences(preferences),
      m_language(language),
      m_engineName(std::move(engineName))
{
    const QString stored = m_preferences.readAloudSpeed();
    for (int speed = Slow; speed <= Fast; ++speed) {
        if (stored == QLatin1String(kSpeedKeys[speed]))
            m_rate = Speed(speed);
    }
    connect(&m_language, &LanguageController::currentChanged, this, [this] {
        if (m_engine) {
            stop(); // also what waited for the engine to start: it is in the other language
            applyLanguage();
        }
        // The message is C++ text: QML's retranslate does not reach it.
        emit unavailableMessageChanged();
    });
}

ReadAloudController::~ReadAloudController() = default;

void ReadAloudController::setEngine(SpeechEngine *engine)
{
    const bool wasSpeaking = speaking();
    m_pendingText.clear();
    delete m_engine.data();
    m_engine = engine;
    m_engineTried = true;
    if (m_engine) {
        m_engine->setParent(this);
        connect(
            m_engine, &SpeechEngine::speakingChanged, this, &ReadAloudController::speakingChanged);
        connect(m_engine, &SpeechEngine::readyChanged, this, &ReadAloudController::applyLanguage);
        m_engine->setRate(engineRate(m_rate));
    }
    applyLanguage();
    if (wasSpeaking != speaking())
        emit speakingChanged();
}

bool ReadAloudController::speaking() const
{
    return m_engine && (m_engine->isSpeaking() || !m_pendingText.isEmpty());
}

QString ReadAloudController::unavailableMessage() const
{
    switch (m_state) {
    case State::Ready:
    case State::Starting:
        return {};
    case State::NoVoiceForLanguage:
        //: Shown after "Lees voor" when no voice speaks the chosen language.
        return tr(
            "Voorlezen in deze taal lukt niet op dit apparaat. Er is geen stem voor deze taal.");
    case State::NotTried:
    case State::NoEngine:
        break;
    }
    //: Shown after "Lees voor" when the device has no speech voice at all.
    return tr("Voorlezen lukt niet op dit apparaat. Er is geen stem geïnstalleerd.");
}

double ReadAloudController::engineRate(Speed speed)
{
    switch (speed) {
    case Slow:
        return -0.4;
    case Fast:
        return 0.3;
    case Normal:
        break;
    }
    return 0.0;
}

bool ReadAloudController::prepare()
{
    if (!m_engineTried)
        startEngine();
    return available();
}

bool ReadAloudController::say(const QString &text)
{
    if (!m_engineTried)
        startEngine();
    if (m_state == State::Starting) {
        if (!text.trimmed().isEmpty())
            setPendingText(text);
        return true;
    }
    if (!available()) {
        emit refused();
        return false;
    }
    if (!text.trimmed().isEmpty())
        m_engine->say(text);
    return true;
}

void ReadAloudController::stop()
{
    setPendingText({});
    if (m_engine)
        m_engine->stop();
}

void ReadAloudController::setRate(int speed)
{
    if (speed < Slow || speed > Fast || speed == m_rate)
        return;
    m_rate = Speed(speed);
    if (m_engine)
        m_engine->setRate(engineRate(m_rate));
    // In effect even when the disk refuses it; Display.unsaved tells the page.
    (void)m_preferences.setReadAloudSpeed(QString::fromLatin1(kSpeedKeys[m_rate]));
    emit rateChanged();
}

QVariantMap ReadAloudController::accessibilityOf(QObject *item)
{
    // Accessible.* lives in an attached object that is a child of its item, created on first use.
    const QObjectList children = item ? item->children() : QObjectList {};
    for (QObject *child : children) {
        if (child->inherits("QQuickAccessibleAttached")) {
            return {{QStringLiteral("exists"), true},
                {QStringLiteral("ignored"), child->property("ignored")},
                {QStringLiteral("name"), child->property("name")},
                {QStringLiteral("description"), child->property("description")}};
        }
    }
    return {{QStringLiteral("exists"), false}, {QStringLiteral("ignored"), false}};
}

void ReadAloudController::startEngine()
{
    // Asking for a plugin that is not installed only makes Qt warn; without it there is no voice.
    // The plugin is made, used and deleted in a thread of its own: speechd's client library waits
    // for its daemon's answer, which on a device without sound never comes (the app froze when
    // "Stop met voorlezen" was pressed).
    if (QTextToSpeech::availableEngines().contains(m_engineName)) {
        setEngine(new ThreadedSpeechEngine(
            [name = m_engineName]() -> SpeechEngine * { return new QtSpeechEngine(name); }));
    } else
        setEngine(nullptr);
}

void ReadAloudController::applyLanguage()
{
    if (!m_engineTried)
        return;
    const auto *threaded = qobject_cast<ThreadedSpeechEngine *>(m_engine.data());
    if (threaded && !threaded->hasStarted()) {
        setState(State::Starting);
        return;
    }
    if (!m_engine || !m_engine->isReady()) {
        setState(State::NoEngine);
        return;
    }
    const QList<QLocale> offered = m_engine->locales();
    if (offered.isEmpty()) {
        setState(State::NoEngine);
        return;
    }
    const QString code
        = m_language.current().isEmpty() ? QStringLiteral("nl") : m_language.current();
    const QLocale locale = pickLocale(offered, code);
    if (locale == QLocale::c()) {
        setState(State::NoVoiceForLanguage);
        return;
    }
    m_engine->setLocale(locale);
    setState(m_engine->hasVoice() ? State::Ready : State::NoVoiceForLanguage);
}

void ReadAloudController::setPendingText(const QString &text)
{
    const bool wasSpeaking = speaking();
    m_pendingText = text;
    if (wasSpeaking != speaking())
        emit speakingChanged();
}

void ReadAloudController::setState(State state)
{
    if (state == m_state)
        return;
    const bool wasAvailable = available();
    m_state = state;
    if (wasAvailable != available())
        emit availableChanged();
    emit unavailableMessageChanged();
    // Said while the engine started: read it now, or drop it when there is no voice after all.
    if (state == State::Starting || m_pendingText.isEmpty())
        return;
    const bool ready = state == State::Ready;
    if (ready)
        m_engine->say(m_pendingText);
    setPendingText({});
    // The page that asked has had its answer (true) already: it learns only now that there is
    // no voice after all.
    if (!ready)
        emit refused();
}

} // namespace mapje
