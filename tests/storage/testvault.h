#pragma once

#include "core/clock.h"
#include "storage/kdfcost.h"
#include "storage/vault.h"
#include "vaulttesthelpers.h"

#include <QTemporaryDir>
#include <memory>

namespace mapje::testing {

/** A new Vault object on dir with the fast test KDF, as a restart of the app would make. */
inline std::unique_ptr<Vault> fastVault(const QString &dir, const Clock &clock)
{
    auto vault = std::make_unique<Vault>(dir, clock);
    vault->setKdfCost(KdfCost::fastForTests());
    return vault;
}

/** A vault in its own temporary folder with the fast KDF, optionally on the fault VFS. */
class TestVault {
public:
    static inline const QString Pin = QStringLiteral("1234-5678");

    explicit TestVault(QByteArray vfs = {}) : m_vfs(std::move(vfs)) { open(); }

    [[nodiscard]] Vault &vault() { return *m_vault; }
    [[nodiscard]] QString path() const { return m_dir.path(); }
    [[nodiscard]] ManualClock &clock() { return m_clock; }

    /** Like an app restart: a new Vault object on the same files, on the normal disk. */
    void reopen()
    {
        m_vault.reset();
        m_vfs.clear();
        open();
    }

    /** A second connection that reads the files as they are on disk, bypassing any memory. */
    [[nodiscard]] std::unique_ptr<Vault> other() const
    {
        auto vault = std::make_unique<Vault>(m_dir.path(), m_clock);
        vault->setKdfCost(KdfCost::fastForTests());
        (void)vault->unlock(Pin);
        return vault;
    }

private:
    void open()
    {
        m_vault = std::make_unique<Vault>(m_dir.path(), m_clock);
        m_vault->setKdfCost(KdfCost::fastForTests());
        m_vault->setVfsName(m_vfs);
        if (m_vault->status() == Vault::Status::Empty)
            (void)m_vault->create(Pin);
        else
            (void)m_vault->unlock(Pin);
    }

    QTemporaryDir m_dir;
    QByteArray m_vfs;
    ManualClock m_clock {QDateTime(QDate(2024, 6, 3), QTime(14, 30), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
};

} // namespace mapje::testing
