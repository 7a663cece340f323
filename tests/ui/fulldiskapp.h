#pragma once

#include <QDir>
#include <QFile>
#include <memory>

#include "openvault.h"
#include "privatemounts.h"
#include "ui/checkins/checkinscontroller.h"
#include "ui/home/notescontroller.h"
#include "ui/reminders/calendarcontroller.h"

/**
 * A real Composition whose vault, plain preferences and exports all live on one small tmpfs, with
 * a note and a coming check-in saved: where every full-disk test of the controllers starts.
 */
class FullDiskApp {
public:
    static inline const QString Note = QStringLiteral("Vrijdag de huur betalen.");
    static inline const QString WithWhom = QStringLiteral("Sanne");

    FullDiskApp(mapje::testing::PrivateMounts &mounts, const mapje::Clock &clock)
        : m_disk(mounts.smallDisk(1024 * 1024))
    {
        if (m_disk.isEmpty() || !mapje::testing::PrivateMounts::isTmpfs(m_disk))
            return;
        m_app = std::make_unique<OpenVault>(clock, [this](mapje::Composition::Options &options) {
            options.dataDirectory = m_disk + QStringLiteral("/data");
            options.preferencesFile = preferencesFile();
            options.exportDirectory = exportDirectory();
        });
        if (!m_app->isOpen())
            return;
        (*m_app)->setNotesRetryInterval(50);
        (*m_app)->notesController()->save(Note);
        mapje::CheckInsController *checkIns = (*m_app)->checkInsController();
        checkIns->addCheckIn();
        checkIns->setDate(QStringLiteral("2026-12-01"));
        checkIns->setTime(QStringLiteral("14:30"));
        checkIns->setWithWhom(WithWhom);
        m_ready = !(*m_app)->notesController()->unsaved() && !checkIns->unsaved();
    }

    /** False when the disk could not be made or the data not saved: the test cannot start. */
    [[nodiscard]] bool ready() const { return m_ready; }
    [[nodiscard]] QString disk() const { return m_disk; }
    [[nodiscard]] QString preferencesFile() const
    {
        return m_disk + QStringLiteral("/settings.json");
    }
    [[nodiscard]] QString exportDirectory() const { return m_disk + QStringLiteral("/export"); }
    mapje::Composition *operator->() const { return m_app->operator->(); }

    /** Fills the disk to the last byte; false when some room is left. */
    [[nodiscard]] bool fill()
    {
        m_filler = mapje::testing::PrivateMounts::fill(m_disk);
        return !m_filler.isEmpty() && mapje::testing::PrivateMounts::freeBytes(m_disk) == 0;
    }
    [[nodiscard]] QString fillerName() const { return QFileInfo(m_filler).fileName(); }
    /** Room again. */
    [[nodiscard]] bool free() { return QFile::remove(m_filler); }

    /** Locks, starts again on the same disk and opens with the right PIN: the note and the
     * check-in are all there. */
    [[nodiscard]] bool restartWithAllData()
    {
        if (!m_app->restart() || (*m_app)->notesController()->text() != Note)
            return false;
        const QList<mapje::CalendarEntry> coming = (*m_app)->calendarController()->entries();
        return coming.size() == 1 && coming.constFirst().withWhom == WithWhom;
    }

private:
    QString m_disk;
    QString m_filler;
    std::unique_ptr<OpenVault> m_app;
    bool m_ready = false;
};
