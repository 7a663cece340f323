#pragma once

#include <QObject>
#include <QTimeZone>
#include <QTimer>
#include <array>
#include <memory>

#include "core/clock.h"
#include "core/sharerecord.h"
#include "export/exportplace.h"
#include "kiosk/kioskconfig.h"
#include "storage/kdfcost.h"
#include "sync/engine/syncconfig.h"
#include "ui/kiosk/kioskcontroller.h"

namespace mapje {

class Vault;
class RecordRepositoryBase;
class NoteStore;
class BoardRepository;
class UuidIdGenerator;
class CheckInRepository;
class ConversationRepository;
class ExperienceNoteRepository;
class GoalRepository;
class AppointmentRepository;
class ReminderStateRepository;
class SettingsStore;
class DevicePreferences;
class Notifier;
class CheckInsController;
class ConversationController;
class AppointmentsController;
class RemindersController;
class CalendarController;
class TimelineController;
class SummaryController;
class BoardController;
class GoalsController;
class VaultController;
class NotesController;
class LanguageController;
class DisplaySettings;
class GlossaryController;
class ReadAloudController;
class SaveRetry;
class SyncEngine;
class SyncController;
class PairingRepository;
class SharedItemRepository;
class ProposalRepository;
class RescheduleRequestRepository;
class ConsentLogRepository;
class HandoffSender;
class HandoffReceiver;

/** Builds the vault, stores and controllers and wires them; main.cpp and the tests each make one.
 */
class Composition : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString dataDirectory;
        QString preferencesFile; // the plain JSON file of choices needed before unlock
        const Clock *clock = nullptr;
        std::optional<KdfCost> kdfCost; // empty: calibrated on this device
        QByteArray vfsName; // empty: SQLite's own; tests pass one that fakes a full disk
        QTimeZone timeZone = QTimeZone::systemTimeZone(); // the citizen's wall clock
        QString exportDirectory; // where "Zet in je agenda" writes its file
        // Where the mapje PDF may go; empty: only exportDirectory, named as the documents folder.
        QList<ExportPlace> savePlaces;
        Notifier *notifier = nullptr; // nullptr: reminders only inside the app
        // Which municipality this Mapje may pair with (SyncConfig); empty or absent: none, and
        // Mapje offers no pairing and never connects to a network.
        QString municipalityConfig;
        // The municipality as a kiosk's config names it; when set, municipalityConfig is not read.
        std::optional<SyncConfig> municipality;
        // A kiosk visitor's session: the vault lives only in memory (Vault::inMemory) and is open
        // at once, without a PIN; pass an empty preferencesFile so no choice reaches a file.
        bool sessionInMemory = false;
        // Makes this Mapje a lobby kiosk (implies sessionInMemory); empty: personal mode.
        std::optional<KioskConfig> kiosk;
        // Wrong admin PINs carried over from the previous visitor's process.
        KioskController::AdminTries kioskAdminTries;
    };

    explicit Composition(Options options, QObject *parent = nullptr);
    ~Composition() override;

    /** Publishes the controllers as QML singletons; call before the engine loads QML. */
    void publish();
    /** Drops the vault and opens a new one on the same folder, as a fresh start of the app would.
     */
    void reopen();

    /** What the minute timer does: moments that came are shown as such, due reminders show. */
    void tick();

    /** How often the notepad and the other stores retry a failed save; tests shorten it. */
    void setNotesRetryInterval(int milliseconds);

    [[nodiscard]] QString dataDirectory() const { return m_options.dataDirectory; }
    [[nodiscard]] Vault *vault() const { return m_vault.get(); }
    [[nodiscard]] DevicePreferences *preferences() const { return m_preferences.get(); }
    [[nodiscard]] VaultController *vaultController() const { return m_vaultController; }
    [[nodiscard]] NotesController *notesController() const { return m_notesController; }
    [[nodiscard]] LanguageController *languageController() const { return m_languageController; }
    [[nodiscard]] DisplaySettings *displaySettings() const { return m_displaySettings; }
    [[nodiscard]] BoardController *boardController() const { return m_boardController; }
    [[nodiscard]] GoalsController *goalsController() const { return m_goalsController; }
    [[nodiscard]] GlossaryController *glossaryController() const { return m_glossaryController; }
    [[nodiscard]] ReadAloudController *readAloudController() const { return m_readAloudController; }
    [[nodiscard]] CheckInsController *checkInsController() const { return m_checkInsController; }
    [[nodiscard]] AppointmentsController *appointmentsController() const
    {
        return m_appointmentsController;
    }
    [[nodiscard]] RemindersController *remindersController() const { return m_remindersController; }
    [[nodiscard]] CalendarController *calendarController() const { return m_calendarController; }
    [[nodiscard]] TimelineController *timelineController() const { return m_timelineController; }
    [[nodiscard]] SummaryController *summaryController() const { return m_summaryController; }
    [[nodiscard]] ConversationController *conversationController() const
    {
        return m_conversationController;
    }
    [[nodiscard]] SyncController *syncController() const { return m_syncController; }
    [[nodiscard]] SyncEngine *syncEngine() const { return m_syncEngine; }
    [[nodiscard]] KioskController *kioskController() const { return m_kioskController; }
    [[nodiscard]] HandoffSender *handoffSender() const { return m_handoffSender; }
    [[nodiscard]] HandoffReceiver *handoffReceiver() const { return m_handoffReceiver; }

private:
    void connectStores();
    void disconnectStores();
    void connectReminders();
    void connectSync();
    void disconnectSync();
    void logMapjeLeft(ShareRecord::Channel channel, const QString &where, const QString &what);
    /** Every store that keeps what the disk refused in memory (none while the vault is shut). */
    [[nodiscard]] std::array<RecordRepositoryBase *, 14> stores() const;

    Options m_options;
    // Before the controllers that read it; every plain choice lives in this one file.
    std::unique_ptr<DevicePreferences> m_preferences;
    SaveRetry *m_preferencesRetry;
    QTimer m_tick;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<NoteStore> m_noteStore;
    std::unique_ptr<BoardRepository> m_boardRepository;
    std::unique_ptr<UuidIdGenerator> m_ids;
    std::unique_ptr<CheckInRepository> m_checkInRepository;
    std::unique_ptr<GoalRepository> m_goalRepository;
    std::unique_ptr<AppointmentRepository> m_appointmentRepository;
    std::unique_ptr<ReminderStateRepository> m_reminderStateRepository;
    std::unique_ptr<SettingsStore> m_settingsStore;
    std::unique_ptr<ConversationRepository> m_conversationRepository;
    std::unique_ptr<ExperienceNoteRepository> m_experienceNoteRepository;
    std::unique_ptr<PairingRepository> m_pairingRepository;
    std::unique_ptr<SharedItemRepository> m_sharedItemRepository;
    std::unique_ptr<ProposalRepository> m_proposalRepository;
    std::unique_ptr<RescheduleRequestRepository> m_rescheduleRequestRepository;
    std::unique_ptr<ConsentLogRepository> m_consentLogRepository;
    std::array<SaveRetry *, 5> m_syncRetries {};
    VaultController *m_vaultController;
    NotesController *m_notesController;
    LanguageController *m_languageController;
    BoardController *m_boardController;
    GoalsController *m_goalsController;
    DisplaySettings *m_displaySettings;
    GlossaryController *m_glossaryController;
    ReadAloudController *m_readAloudController;
    CheckInsController *m_checkInsController;
    AppointmentsController *m_appointmentsController;
    RemindersController *m_remindersController;
    CalendarController *m_calendarController;
    TimelineController *m_timelineController;
    SummaryController *m_summaryController;
    ConversationController *m_conversationController;
    SyncEngine *m_syncEngine;
    SyncController *m_syncController;
    KioskController *m_kioskController;
    HandoffSender *m_handoffSender;
    HandoffReceiver *m_handoffReceiver;
};

} // namespace mapje
