#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

namespace mapje {

class Vault;

/** Lets the pages create, unlock, change and wipe the vault, and tells them in calm words how it
 * went. */
class VaultController : public QObject {
    Q_OBJECT
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitSecondsChanged)
    Q_PROPERTY(QString waitText READ waitText NOTIFY waitSecondsChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString setAsidePath READ setAsidePath NOTIFY stageChanged)
    Q_PROPERTY(QString damageText READ damageText NOTIFY stageChanged)
    Q_PROPERTY(QString storageProblem READ storageProblem NOTIFY storageProblemChanged)

public:
    enum Stage { NoVault, Locked, Open, Damaged, TooNew };
    Q_ENUM(Stage)

    explicit VaultController(QObject *parent);

    /** The composition root hands over the vault; tests hand over a new one to simulate a restart.
     */
    void setVault(Vault *vault);
    /** Asked before locking: false while typed text is not yet saved, so locking cannot lose it. */
    void setSafeToCloseCheck(std::function<bool()> check) { m_safeToClose = std::move(check); }

    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] int waitSeconds() const { return m_waitSeconds; }
    [[nodiscard]] QString message() const { return m_message; }
    /** "Je kunt over 30 seconden opnieuw proberen", or "" when there is no wait. */
    [[nodiscard]] QString waitText() const;
    [[nodiscard]] QString setAsidePath() const;
    /** In words, why the files could not be opened (for the damaged page). */
    [[nodiscard]] QString damageText() const;
    /** "" or a calm sentence saying that Mapje cannot save right now (a full disk, a folder it
     * may not write), so a wrong-PIN wait is only kept while Mapje is open. */
    [[nodiscard]] QString storageProblem() const;

    /** A short B1 hint on why a new PIN or passphrase is not good enough, or "" when it is. */
    Q_INVOKABLE QString secretProblem(const QString &secret) const;
    /** True when the text is a PIN (digits only), so the page can talk about "pincode". */
    Q_INVOKABLE bool isPin(const QString &secret) const;
    /** Makes a new vault locked with this secret; the page shows "busy" while the key is derived.
     */
    Q_INVOKABLE void createVault(const QString &secret);
    Q_INVOKABLE void unlock(const QString &secret);
    /**
     * Re-locks the same data under a new secret. Runs busy like unlock (two key derivations);
     * secretChangeFinished() tells whether it worked, and message() says so in words.
     */
    Q_INVOKABLE void changeSecret(const QString &current, const QString &next);
    Q_INVOKABLE void lock();
    /** "PIN vergeten? Begin opnieuw": wipes everything, after the page asked once. */
    Q_INVOKABLE void startOver();
    /** After damaged files were set aside: begin with an empty vault, leaving those files alone. */
    Q_INVOKABLE void startFresh();
    Q_INVOKABLE void clearMessage();

signals:
    void stageChanged();
    void busyChanged();
    void waitSecondsChanged();
    void messageChanged();
    void storageProblemChanged();
    void secretChangeFinished(bool changed);
    /** The vault just opened; the composition root connects the stores. */
    void opened();
    /** The vault is about to close; stores must let go of it. */
    void closing();

private:
    void runBusy(std::function<void()> work);
    void refreshStage();
    void refreshWait();
    void setMessage(const QString &message);

    Vault *m_vault = nullptr;
    Stage m_stage = NoVault;
    bool m_busy = false;
    int m_waitSeconds = 0;
    QString m_message;
    QTimer m_waitTimer;
    std::function<bool()> m_safeToClose;
};

} // namespace mapje
