#pragma once

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <functional>
#include <memory>

#include "storage/kdfcost.h"
#include "ui/composition.h"
#include "ui/settings/languagecontroller.h"
#include "ui/vault/vaultcontroller.h"

/**
 * A real Composition on a fresh temporary folder with its vault created and open, in Dutch, on an
 * Amsterdam wall clock: what the controller tests start from. With Create::Later the vault is made
 * only when the test calls createVault().
 */
class OpenVault {
public:
    static constexpr const char *Pin = "24680";

    /** When the vault is made: at once, or when the test calls createVault(), having looked at
     * (or attached its model testers to) the app before. */
    enum class Create { Now, Later };

    /** Options the test may change before the vault is made; data and settings are filled in. */
    explicit OpenVault(const mapje::Clock &clock,
        const std::function<void(mapje::Composition::Options &)> &adjust = {},
        Create create = Create::Now)
    {
        mapje::Composition::Options options {m_dir.filePath(QStringLiteral("data")),
            m_dir.filePath(QStringLiteral("settings.json")), &clock,
            mapje::KdfCost::fastForTests()};
        options.timeZone = QTimeZone("Europe/Amsterdam");
        options.exportDirectory = m_dir.filePath(QStringLiteral("export"));
        if (adjust)
            adjust(options);
        m_composition = std::make_unique<mapje::Composition>(options);
        m_composition->languageController()->choose(QStringLiteral("nl"));
        if (create == Create::Now)
            (void)createVault();
    }

    /** Makes the vault with Pin and waits until it is open; true when it is. */
    bool createVault()
    {
        m_composition->vaultController()->createVault(QString::fromLatin1(Pin));
        return QTest::qWaitFor([this] { return isOpen(); });
    }

    [[nodiscard]] bool isOpen() const
    {
        return m_composition->vaultController()->stage() == mapje::VaultController::Open;
    }
    /** False when the temporary folder could not be made. */
    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    mapje::Composition *operator->() const { return m_composition.get(); }

    /** Locks, starts the app again on the same folder and unlocks, as the citizen would. */
    bool restart()
    {
        mapje::VaultController *vault = m_composition->vaultController();
        vault->lock();
        if (vault->stage() != mapje::VaultController::Locked)
            return false;
        m_composition->reopen();
        vault->unlock(QString::fromLatin1(Pin));
        return QTest::qWaitFor([this] { return isOpen(); });
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<mapje::Composition> m_composition;
};
