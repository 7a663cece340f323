#include "ui/vault/vaultcontroller.h"

#include "core/secretpolicy.h"
#include "storage/vault.h"

namespace mapje {

namespace {
// Long enough for the "Even geduld" frame to be drawn before the key derivation blocks.
constexpr int kBusyFrameDelayMs = 40;
} // namespace

VaultController::VaultController(QObject *parent) : QObject(parent)
{
    m_waitTimer.setInterval(1000);
    connect(&m_waitTimer, &QTimer::timeout, this, &VaultController::refreshWait);
}

void VaultController::setVault(Vault *vault)
{
    if (m_vault)
        disconnect(m_vault, nullptr, this, nullptr);
    m_vault = vault;
    if (m_vault)
        connect(m_vault, &Vault::headerWriteProblemChanged, this,
            &VaultController::storageProblemChanged);
    emit storageProblemChanged();
    setMessage({});
    refreshStage();
    refreshWait();
}

QString VaultController::setAsidePath() const
{
    return m_vault ? m_vault->setAsidePath() : QString();
}

QString VaultController::damageText() const
{
    using Damage = Vault::Damage;
    switch (m_vault ? m_vault->damage() : Damage::None) {
    case Damage::DatabaseMissing:
        return tr("Het bestand met je gegevens is weg.");
    case Damage::DatabaseEmpty:
        return tr("Het bestand met je gegevens is leeg.");
    case Damage::Link:
        //: A symbolic link (shortcut) stands where a data file should be.
        return tr("Op de plek van je gegevens staat een snelkoppeling. Die opent Mapje niet.");
    case Damage::Unreadable:
        return tr("Mapje mag het bestand met je gegevens niet lezen.");
    case Damage::None:
    case Damage::Header:
    case Damage::Database:
        break;
    }
    return tr("Het bestand is beschadigd, of het hoort niet bij Mapje.");
}

QString VaultController::storageProblem() const
{
    using Problem = FileWriteResult::Problem;
    switch (m_vault ? m_vault->headerWriteProblem() : Problem::None) {
    case Problem::None:
        return {};
    case Problem::NoSpace:
        return tr("Je apparaat is vol. Mapje kan nu niets bewaren. Maak wat ruimte vrij.");
    case Problem::NotAllowed:
        return tr("Mapje mag nu niets bewaren in de map met je gegevens.");
    case Problem::Other:
        break;
    }
    return tr("Mapje kan nu niets bewaren. Je gegevens zijn veilig.");
}

QString VaultController::secretProblem(const QString &secret) const
{
    switch (SecretPolicy::check(secret)) {
    case SecretPolicy::Result::Ok:
        return {};
    case SecretPolicy::Result::Empty:
        return tr("Typ een pincode van minstens 5 cijfers.");
    case SecretPolicy::Result::TooShortPin:
        return tr("Een pincode heeft minstens 5 cijfers.");
    case SecretPolicy::Result::TooEasyPin:
        return tr("Deze pincode is makkelijk te raden. Kies andere cijfers.");
    case SecretPolicy::Result::TooShortPassphrase:
        return tr("Een wachtzin heeft minstens 8 tekens.");
    }
    return {};
}

QString VaultController::waitText() const
{
    if (m_waitSeconds <= 0)
        return {};
    if (m_waitSeconds <= 90)
        return tr("Je kunt over %n seconden opnieuw proberen.", nullptr, m_waitSeconds);
    const int minutes = (m_waitSeconds + 59) / 60;
    return tr("Je kunt over %n minuten opnieuw proberen.", nullptr, minutes);
}

bool VaultController::isPin(const QString &secret) const
{
    return SecretPolicy::isPin(secret);
}

void VaultController::createVault(const QString &secret)
{
    if (!m_vault || m_busy || !secretProblem(secret).isEmpty())
        return;
    runBusy([this, secret] {
        if (m_vault->create(secret)) {
            setMessage({});
        } else {
            setMessage(tr("Dat ging niet goed. Er is niets opgeslagen. Probeer het nog eens."));
        }
    });
}

void VaultController::unlock(const QString &secret)
{
    if (!m_vault || m_busy)
        return;
    if (secret.isEmpty()) {
        setMessage(tr("Typ eerst je pincode of wachtzin."));
        return;
    }
    runBusy([this, secret] {
        using R = Vault::UnlockResult;
        switch (m_vault->unlock(secret)) {
        case R::Opened:
            setMessage({});
            break;
        case R::WrongSecret:
            setMessage(tr("Deze code klopt niet. Probeer het nog eens."));
            break;
        case R::MustWait:
            setMessage({});
            break;
        case R::Damaged:
        case R::TooNew:
            setMessage({});
            break;
        case R::Failed:
            setMessage(tr("Dat ging niet goed. Je gegevens zijn veilig. Probeer het nog eens."));
            break;
        }
        refreshWait();
    });
}

void VaultController::changeSecret(const QString &current, const QString &next)
{
    if (!m_vault || m_busy)
        return;
    if (const QString problem = secretProblem(next); !problem.isEmpty()) {
        setMessage(problem);
        emit secretChangeFinished(false);
        return;
    }
    // Wrong current codes count like wrong PINs at unlock: the same wait applies here.
    refreshWait();
    if (m_waitSeconds > 0) {
        setMessage(waitText());
        emit secretChangeFinished(false);
        return;
    }
    runBusy([this, current, next] {
        const int failuresBefore = m_vault->failedAttempts();
        const bool changed = m_vault->changeSecret(current, next);
        refreshWait();
        if (changed)
            setMessage(tr("Je nieuwe code is bewaard."));
        else if (m_waitSeconds > 0)
            setMessage(waitText());
        else if (m_vault->failedAttempts() == failuresBefore
            && m_vault->headerWriteProblem() != FileWriteResult::Problem::None)
            setMessage(tr("Je nieuwe code is niet bewaard. Je oude code werkt nog."));
        else
            setMessage(tr("Je huidige code klopt niet. Er is niets veranderd."));
        emit secretChangeFinished(changed);
    });
}

void VaultController::lock()
{
    if (!m_vault || m_stage != Open)
        return;
    if (m_safeToClose && !m_safeToClose()) {
        setMessage(tr("Je tekst is nog niet opgeslagen. Mapje probeert het zo opnieuw. Daarna kun "
                      "je Mapje op slot doen."));
        return;
    }
    emit closing();
    m_vault->lock();
    setMessage({});
    refreshStage();
    refreshWait();
}

void VaultController::startOver()
{
    if (!m_vault)
        return;
    emit closing();
    if (!m_vault->wipe())
        setMessage(tr("Mapje kon niet alles wissen. Probeer het nog eens."));
    else
        setMessage({});
    refreshStage();
    refreshWait();
}

void VaultController::startFresh()
{
    if (!m_vault)
        return;
    m_vault->startFresh();
    setMessage({});
    refreshStage();
}

void VaultController::clearMessage()
{
    setMessage({});
}

void VaultController::runBusy(std::function<void()> work)
{
    m_busy = true;
    emit busyChanged();
    QTimer::singleShot(kBusyFrameDelayMs, this, [this, work = std::move(work)] {
        work();
        m_busy = false;
        emit busyChanged();
        refreshStage();
    });
}

void VaultController::refreshStage()
{
    Stage next = NoVault;
    if (m_vault) {
        using S = Vault::Status;
        switch (m_vault->status()) {
        case S::Empty:
            next = NoVault;
            break;
        case S::Locked:
            next = Locked;
            break;
        case S::Open:
            next = Open;
            break;
        case S::Damaged:
            next = Damaged;
            break;
        case S::TooNew:
            next = TooNew;
            break;
        }
    }
    if (next == m_stage)
        return;
    m_stage = next;
    // Stores are connected before the pages hear of the new stage, so the home page finds its text.
    if (m_stage == Open)
        emit opened();
    emit stageChanged();
}

void VaultController::refreshWait()
{
    // Open counts too: wrong current codes on the change-code page start the same wait.
    const int seconds
        = m_vault && (m_stage == Locked || m_stage == Open) ? int(m_vault->secondsToWait()) : 0;
    if (seconds > 0 && !m_waitTimer.isActive())
        m_waitTimer.start();
    if (seconds == 0)
        m_waitTimer.stop();
    if (seconds != m_waitSeconds) {
        m_waitSeconds = seconds;
        emit waitSecondsChanged();
    }
}

void VaultController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

} // namespace mapje
