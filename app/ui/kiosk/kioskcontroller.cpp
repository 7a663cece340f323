#include "ui/kiosk/kioskcontroller.h"

#include "core/clock.h"
#include "export/mapjeoutput.h"
#include "kiosk/adminpin.h"
#include "storage/unlockthrottle.h"
#include "sync/client/endpointhttp.h"
#include "ui/kiosk/activitywatcher.h"
#include "ui/settings/languagecontroller.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHash>
#include <QInputMethod>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcKiosk, "mapje.kiosk")

namespace mapje {

namespace {
// Often enough that the countdown on screen never skips a second.
constexpr int TickMs = 250;
} // namespace

KioskController::KioskController(const Clock &clock, LanguageController &language, QObject *parent)
    : QObject(parent), m_clock(clock), m_language(language)
{
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &KioskController::tick);
}

KioskController::~KioskController() = default;

void KioskController::activate(const KioskConfig &config, AdminTries tries)
{
    m_config = config;
    m_tries = tries;
    m_active = true;
    m_idle
        = std::make_unique<IdleWatch>(config.idleSeconds, config.countdownSeconds, m_clock.now());
    m_secondsLeft = config.countdownSeconds;
    m_watcher = new ActivityWatcher(this);
    connect(m_watcher, &ActivityWatcher::activity, this, &KioskController::noteActivity);
    m_watcher->watchApplication();
    m_language.choose(config.languages.constFirst());
    m_timer.start();
}

QUrl KioskController::logo() const
{
    return m_config.logoPath.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_config.logoPath);
}

QVariantList KioskController::languages() const
{
    QVariantList offered;
    const QVariantList all = m_language.languages();
    for (const QString &code : m_config.languages) {
        for (const QVariant &language : all) {
            if (language.toMap().value(QStringLiteral("code")).toString() == code)
                offered.append(language);
        }
    }
    return offered;
}

QString KioskController::keyboardLocale(const QString &language)
{
    // The layouts Qt Virtual Keyboard ships for Mapje's languages.
    static const QHash<QString, QString> layouts {{QStringLiteral("nl"), QStringLiteral("nl_NL")},
        {QStringLiteral("en"), QStringLiteral("en_GB")},
        {QStringLiteral("ar"), QStringLiteral("ar_AR")},
        {QStringLiteral("tr"), QStringLiteral("tr_TR")},
        {QStringLiteral("pl"), QStringLiteral("pl_PL")},
        {QStringLiteral("uk"), QStringLiteral("uk_UA")}};
    return layouts.value(language, QStringLiteral("en_GB"));
}

QStringList KioskController::keyboardLocales() const
{
    QStringList locales;
    for (const QString &language : m_config.languages)
        locales.append(keyboardLocale(language));
    return locales;
}

QString KioskController::endpointAddress() const
{
    return m_config.endpoint ? m_config.endpoint->endpoint.toString() : QString();
}

bool KioskController::handOffAvailable() const
{
    return m_config.endpoint && !m_config.kioskToken.isEmpty();
}

int KioskController::adminWaitSeconds() const
{
    return int(UnlockThrottle::secondsToWait(
        m_tries.failed, m_tries.lastFailureMs, m_clock.now().toMSecsSinceEpoch()));
}

void KioskController::begin(const QString &language)
{
    if (!m_active)
        return;
    if (!language.isEmpty() && m_config.languages.contains(language))
        m_language.choose(language);
    m_idle->activity(m_clock.now());
    if (!m_started) {
        m_started = true;
        emit startedChanged();
    }
}

void KioskController::noteActivity()
{
    if (!m_idle || m_phase == IdleWatch::Phase::Asking)
        return;
    m_idle->activity(m_clock.now());
}

void KioskController::stillHere()
{
    if (!m_idle)
        return;
    m_idle->activity(m_clock.now());
    setPhase(IdleWatch::Phase::Active, m_config.countdownSeconds);
}

void KioskController::tick()
{
    if (!m_idle)
        return;
    const QDateTime now = m_clock.now();
    const IdleWatch::Phase phase = m_idle->update(now);
    if (!m_started && !m_adminOpen) {
        // Nobody began: a language chosen and left behind goes back to the first one, quietly.
        if (phase == IdleWatch::Phase::Over) {
            m_language.choose(m_config.languages.constFirst());
            m_idle->activity(now);
        }
        return;
    }
    if (phase == IdleWatch::Phase::Over) {
        qCInfo(lcKiosk, "Nobody answered \"Ben je er nog?\": the session ends");
        endSession();
        return;
    }
    setPhase(phase, m_idle->secondsLeft(now));
}

void KioskController::setPhase(IdleWatch::Phase phase, int secondsLeft)
{
    if (phase == m_phase && secondsLeft == m_secondsLeft)
        return;
    m_phase = phase;
    m_secondsLeft = secondsLeft;
    emit idleChanged();
}

void KioskController::endSession()
{
    if (!m_active)
        return;
    // What the visitor copied must not be pasted by the next one.
    if (auto *clipboard = QGuiApplication::clipboard()) {
        clipboard->clear(QClipboard::Clipboard);
        clipboard->clear(QClipboard::Selection);
    }
    if (m_endHook) {
        m_endHook();
        return;
    }
    m_adminOpen = false;
    setAdminMessage({});
    m_started = false;
    m_idle->activity(m_clock.now());
    setPhase(IdleWatch::Phase::Active, m_config.countdownSeconds);
    m_language.choose(m_config.languages.constFirst());
    emit sessionReset();
    emit startedChanged();
}

bool KioskController::tryAdminPin(const QString &pin)
{
    if (!m_active)
        return false;
    if (adminWaitSeconds() > 0) {
        setAdminMessage(tr("Wacht even. Daarna kun je het opnieuw proberen."));
        return false;
    }
    if (!AdminPin::matches(m_config.adminPinHash, pin)) {
        ++m_tries.failed;
        m_tries.lastFailureMs = m_clock.now().toMSecsSinceEpoch();
        qCInfo(lcKiosk, "A wrong admin PIN (%d in a row)", m_tries.failed);
        setAdminMessage(tr("Deze pincode klopt niet."));
        return false;
    }
    m_tries = {};
    m_adminOpen = true;
    qCInfo(lcKiosk, "The admin page was opened");
    setAdminMessage({});
    return true;
}

void KioskController::closeAdmin()
{
    if (!m_adminOpen)
        return;
    m_adminOpen = false;
    emit adminChanged();
}

void KioskController::leaveKiosk()
{
    if (!m_adminOpen)
        return;
    qCInfo(lcKiosk, "Kiosk mode ended from the admin page");
    if (m_leaveHook)
        m_leaveHook();
}

void KioskController::checkState()
{
    if (!m_adminOpen)
        return;
    // The printer: through the output plugin, which loads Qt Print Support only now.
    if (!m_config.printing) {
        m_printerState = tr("Printen staat uit.");
    } else if (MapjeOutput *output = MapjeOutput::instance()) {
        QString name;
        switch (output->checkPrinter(m_config.printerName, &name)) {
        case MapjeOutput::PrinterStatus::Ready:
            m_printerState = tr("De printer %1 staat klaar.").arg(name);
            break;
        case MapjeOutput::PrinterStatus::Busy:
            m_printerState = tr("De printer %1 is bezig met afdrukken.").arg(name);
            break;
        case MapjeOutput::PrinterStatus::Error:
            m_printerState = tr("De printer %1 meldt een fout. Kijk bij de printer.").arg(name);
            break;
        case MapjeOutput::PrinterStatus::Missing:
            m_printerState = name.isEmpty()
                ? tr("Er is geen printer gevonden. Kijk of hij aan staat en in CUPS staat.")
                : tr("De printer %1 is niet gevonden. Kijk of hij aan staat en in CUPS staat.")
                      .arg(name);
            break;
        }
    } else {
        m_printerState = tr("Printen lukt niet: het onderdeel om af te drukken ontbreekt.");
    }
    // The endpoint: its API description, as any client would read it.
    if (!m_config.endpoint) {
        m_endpointState.clear();
        emit stateChecked();
        return;
    }
    m_endpointState = tr("Het eindpunt wordt geprobeerd …");
    emit stateChecked();
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkReply *reply = m_network->get(EndpointHttp::request(
        m_config.endpoint->endpoint, QStringLiteral("/openapi.json"), m_endpointTimeoutMs));
    EndpointHttp::whenDone(reply, this, m_config.endpoint->pinnedKeys, [this](QNetworkReply *done) {
        const int status = EndpointHttp::statusOf(done);
        if (status == 200)
            m_endpointState = tr("Het eindpunt antwoordt.");
        else if (status == 0)
            m_endpointState = tr("Het eindpunt antwoordt niet. Kijk of het netwerk werkt.");
        else
            m_endpointState = tr("Het eindpunt antwoordt met een fout (%1).").arg(status);
        emit stateChecked();
    });
}

void KioskController::hideKeyboard()
{
    if (auto *inputMethod = QGuiApplication::inputMethod())
        inputMethod->hide();
}

void KioskController::setAdminMessage(const QString &message)
{
    m_adminMessage = message;
    emit adminChanged();
}

} // namespace mapje
