#pragma once

#include "core/clock.h"
#include "storage/kdfcost.h"
#include "storage/keytextstore.h"
#include "storage/vault.h"

#include <QMap>
#include <memory>

namespace mapje::testing {

/** A vault made with the fast KDF in a folder the test chooses (on a small tmpfs), holding a few
 * notes: a test that fills that disk checks afterwards that the vault lost nothing. */
class VaultOnDisk {
public:
    static inline const QString Pin = QStringLiteral("1234-5678");

    explicit VaultOnDisk(QString folder) : m_folder(std::move(folder)) { }

    /** Makes the vault and saves the notes; false when any step failed. */
    [[nodiscard]] bool createWithNotes()
    {
        m_vault = open();
        if (!m_vault->create(Pin))
            return false;
        NoteStore notes(*m_vault);
        for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
            if (!notes.save(it.key(), it.value()))
                return false;
        }
        return true;
    }

    /** Closes the vault's files, as when the citizen locks it (a disk can then be made read-only).
     */
    void lock()
    {
        if (m_vault)
            m_vault->lock();
    }

    /** Like a restart: the vault is locked, a new one opens the same files with the PIN, and every
     * note is there. */
    [[nodiscard]] bool reopensWithAllNotes()
    {
        lock();
        m_vault = open();
        if (m_vault->unlock(Pin) != Vault::UnlockResult::Opened)
            return false;
        const NoteStore notes(*m_vault);
        for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
            if (notes.note(it.key()) != it.value())
                return false;
        }
        return true;
    }

private:
    [[nodiscard]] std::unique_ptr<Vault> open() const
    {
        auto vault = std::make_unique<Vault>(m_folder, m_clock);
        vault->setKdfCost(KdfCost::fastForTests());
        return vault;
    }

    QString m_folder;
    ManualClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    const QMap<QString, QString> m_notes {
        {QStringLiteral("home"), QStringLiteral("Vrijdag de huur betalen.")},
        {QStringLiteral("money"), QStringLiteral("Bel Sanne over de brief van de gemeente.")},
    };
    std::unique_ptr<Vault> m_vault;
};

} // namespace mapje::testing
