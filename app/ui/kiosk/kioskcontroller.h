#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <functional>
#include <memory>

#include "core/kiosk/idlewatch.h"
#include "kiosk/kioskconfig.h"

class QNetworkAccessManager;

namespace mapje {

class Clock;
class ActivityWatcher;
class LanguageController;

/** Wrong admin PINs so far and when the last one was, carried to the next visitor's process so a
 * restart never resets the wait. */
struct KioskAdminTries {
    int failed = 0;
    qint64 lastFailureMs = 0;
};

/**
 * The lobby kiosk for the pages (QML singleton Kiosk): whether this Mapje is one, the welcome,
 * "Ben je er nog?" with its countdown, "Klaar — alles wissen", and the admin PIN that is the
 * only way out. In personal mode active is false and nothing here runs.
 *
 * A session ends by calling the end hook: main.cpp starts a fresh process for the next visitor
 * (docs/kiosk.md); without a hook (tests) the composition opens a new in-memory vault and the
 * pages return to the welcome.
 */
class KioskController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool active READ active CONSTANT)
    Q_PROPERTY(bool started READ started NOTIFY startedChanged)
    Q_PROPERTY(QString municipality READ municipality CONSTANT)
    Q_PROPERTY(QUrl logo READ logo CONSTANT)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(bool asking READ asking NOTIFY idleChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY idleChanged)
    Q_PROPERTY(int countdownSeconds READ countdownSeconds CONSTANT)
    Q_PROPERTY(int idleSeconds READ idleSeconds CONSTANT)
    Q_PROPERTY(bool printing READ printing CONSTANT)
    Q_PROPERTY(QString printerName READ printerName CONSTANT)
    Q_PROPERTY(QString endpointAddress READ endpointAddress CONSTANT)
    Q_PROPERTY(bool handOffAvailable READ handOffAvailable CONSTANT)
    Q_PROPERTY(int adminWaitSeconds READ adminWaitSeconds NOTIFY adminChanged)
    Q_PROPERTY(QString adminMessage READ adminMessage NOTIFY adminChanged)
    Q_PROPERTY(bool adminOpen READ adminOpen NOTIFY adminChanged)
    Q_PROPERTY(QStringList keyboardLocales READ keyboardLocales CONSTANT)
    Q_PROPERTY(QString printerState READ printerState NOTIFY stateChecked)
    Q_PROPERTY(QString endpointState READ endpointState NOTIFY stateChecked)

public:
    using AdminTries = KioskAdminTries;

    /** Personal mode: inactive. */
    explicit KioskController(const Clock &clock, LanguageController &language, QObject *parent);
    ~KioskController() override;

    /** Makes this Mapje a kiosk with config (KioskConfig::canStart() is true). */
    void activate(const KioskConfig &config, AdminTries tries = {});
    /** What ends a session: main.cpp restarts the process; tests leave it empty. */
    void setEndHook(std::function<void()> hook) { m_endHook = std::move(hook); }
    /** What "Kioskmodus beëindigen" does after the admin PIN: main.cpp quits the app. */
    void setLeaveHook(std::function<void()> hook) { m_leaveHook = std::move(hook); }

    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] bool started() const { return m_started; }
    [[nodiscard]] QString municipality() const { return m_config.municipality; }
    [[nodiscard]] QUrl logo() const;
    /** The offered languages in the config's order, each {code, name} with its name in its own
     * script (flags are not languages). */
    [[nodiscard]] QVariantList languages() const;
    [[nodiscard]] bool asking() const { return m_phase == IdleWatch::Phase::Asking; }
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] int countdownSeconds() const { return m_config.countdownSeconds; }
    [[nodiscard]] int idleSeconds() const { return m_config.idleSeconds; }
    [[nodiscard]] bool printing() const { return m_config.printing; }
    [[nodiscard]] QString printerName() const { return m_config.printerName; }
    [[nodiscard]] QString endpointAddress() const;
    [[nodiscard]] bool handOffAvailable() const;
    [[nodiscard]] int adminWaitSeconds() const;
    [[nodiscard]] QString adminMessage() const { return m_adminMessage; }
    [[nodiscard]] bool adminOpen() const { return m_adminOpen; }
    [[nodiscard]] AdminTries adminTries() const { return m_tries; }
    /** The virtual keyboard's layouts for the offered languages, the first one first. */
    [[nodiscard]] QStringList keyboardLocales() const;
    /** The keyboard layout for a language code ("nl" → "nl_NL"). */
    Q_INVOKABLE static QString keyboardLocale(const QString &language);
    [[nodiscard]] const KioskConfig &config() const { return m_config; }

    /** The visitor chose a language and "Beginnen". */
    Q_INVOKABLE void begin(const QString &language);
    /** Someone touched or typed: the quiet time starts again. Not while "Ben je er nog?" is
     * asked: the cover would vanish under the finger at the press, and the release would land on
     * whatever stood beneath it (a key of the keyboard on the screen). Only an answer ends it. */
    Q_INVOKABLE void noteActivity();
    /** "Ja, ik ben er nog", or a tap anywhere on the question. */
    Q_INVOKABLE void stillHere();
    /** "Klaar — alles wissen" after its one question, or the end of the countdown. */
    Q_INVOKABLE void endSession();
    /** True and adminOpen when pin is the admin PIN; a wrong one waits as in personal mode. */
    Q_INVOKABLE bool tryAdminPin(const QString &pin);
    Q_INVOKABLE void closeAdmin();
    /** Leaves kiosk mode (only while adminOpen). */
    Q_INVOKABLE void leaveKiosk();
    /** For the admin page: asks the printer and the endpoint how they are now (the endpoint by
     * fetching its API description, through the same pins as every other request). */
    Q_INVOKABLE void checkState();
    [[nodiscard]] QString printerState() const { return m_printerState; }
    [[nodiscard]] QString endpointState() const { return m_endpointState; }
    /** How long the admin page waits for the endpoint; tests shorten it. */
    void setEndpointTimeout(int milliseconds) { m_endpointTimeoutMs = milliseconds; }

    /** Puts the keyboard on the screen away, before a question covers the page. */
    Q_INVOKABLE void hideKeyboard();
    /** Checks the idle clock now (the timer does this every quarter second). */
    Q_INVOKABLE void tick();

signals:
    void startedChanged();
    void idleChanged();
    void adminChanged();
    /** Without an end hook: the composition opens a fresh in-memory vault. */
    void sessionReset();
    void stateChecked();

private:
    void setPhase(IdleWatch::Phase phase, int secondsLeft);
    void setAdminMessage(const QString &message);

    const Clock &m_clock;
    LanguageController &m_language;
    KioskConfig m_config;
    bool m_active = false;
    bool m_started = false;
    std::unique_ptr<IdleWatch> m_idle;
    IdleWatch::Phase m_phase = IdleWatch::Phase::Active;
    int m_secondsLeft = 0;
    QTimer m_timer;
    ActivityWatcher *m_watcher = nullptr;
    AdminTries m_tries;
    QString m_adminMessage;
    bool m_adminOpen = false;
    std::function<void()> m_endHook;
    std::function<void()> m_leaveHook;
    QString m_printerState;
    QString m_endpointState;
    int m_endpointTimeoutMs = 10000;
    // Made on the admin page's first check: a kiosk makes no connection before that.
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace mapje
