#include "ui/composition.h"

#include "core/uuididgenerator.h"
#include "storage/appointmentrepository.h"
#include "storage/boardrepository.h"
#include "storage/checkinrepository.h"
#include "storage/conversation/conversationrepository.h"
#include "storage/conversation/experiencenoterepository.h"
#include "storage/devicepreferences.h"
#include "storage/goalrepository.h"
#include "storage/keytextstore.h"
#include "storage/reminderstaterepository.h"
#include "storage/sync/consentlogrepository.h"
#include "storage/sync/pairingrepository.h"
#include "storage/sync/proposalrepository.h"
#include "storage/sync/reschedulerequestrepository.h"
#include "storage/sync/shareditemrepository.h"
#include "storage/vault.h"
#include "sync/engine/syncengine.h"
#include "ui/appointments/appointmentscontroller.h"
#include "ui/board/boardcontroller.h"
#include "ui/checkins/checkinscontroller.h"
#include "ui/conversation/conversationcontroller.h"
#include "ui/glossary/glossarycontroller.h"
#include "ui/goals/goalscontroller.h"
#include "ui/handoff/handoffreceiver.h"
#include "ui/handoff/handoffsender.h"
#include "ui/handoff/handoffsession.h"
#include "ui/home/notescontroller.h"
#include "ui/qmlsingletons.h"
#include "ui/reminders/calendarcontroller.h"
#include "ui/reminders/reminderscontroller.h"
#include "ui/settings/displaysettings.h"
#include "ui/settings/languagecontroller.h"
#include "ui/settings/readaloudcontroller.h"
#include "ui/shared/saveretry.h"
#include "ui/summary/summarycontroller.h"
#include "ui/sync/synccontroller.h"
#include "ui/timeline/timelinecontroller.h"
#include "ui/vault/vaultcontroller.h"

namespace mapje {

Composition::Composition(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_preferences(std::make_unique<DevicePreferences>(m_options.preferencesFile)),
      m_preferencesRetry(new SaveRetry(this)),
      m_vaultController(new VaultController(this)),
      m_notesController(new NotesController(this)),
      m_languageController(new LanguageController(*m_preferences, this)),
      m_ids(std::make_unique<UuidIdGenerator>())
{
    // A choice the disk refused is written again every few seconds, and at the next choice.
    m_preferencesRetry->follow(m_preferences.get());
    m_boardController = new BoardController(*m_options.clock, *m_ids, this);
    // Goals are written on the domains the citizen chose, in the board's order.
    m_goalsController = new GoalsController(*m_options.clock, *m_ids, this);
    m_goalsController->setTimeZone(m_options.timeZone);
    m_goalsController->setBoardOrder([this] { return m_boardController->chosenKeys(); });
    connect(m_boardController, &BoardController::chosenChanged, m_goalsController,
        &GoalsController::refreshBoardOrder);
    connect(m_languageController, &LanguageController::currentChanged, m_goalsController,
        &GoalsController::retranslate);
    // Read before any page shows: the unlock page needs the chosen contrast and text size too.
    m_displaySettings = new DisplaySettings(*m_preferences, this);
    // Follows the language; speechd starts only when someone first asks to listen (it is slow to
    // start and most people never use it).
    m_readAloudController = new ReadAloudController(
        *m_preferences, *m_languageController, QStringLiteral("speechd"), this);
    connect(m_languageController, &LanguageController::currentChanged, m_boardController,
        &BoardController::retranslate);
    m_glossaryController = new GlossaryController(this);
    connect(m_languageController, &LanguageController::currentChanged, m_glossaryController,
        &GlossaryController::retranslate);
    m_checkInsController
        = new CheckInsController(*m_options.clock, *m_ids, m_options.timeZone, this);
    // Appointments: reminders read the same repository and follow its appointmentChanged.
    m_appointmentsController
        = new AppointmentsController(*m_options.clock, *m_ids, m_options.timeZone, this);
    connect(m_languageController, &LanguageController::currentChanged, m_appointmentsController,
        &AppointmentsController::retranslate);
    m_remindersController = new RemindersController(*m_options.clock, m_options.timeZone, this);
    m_remindersController->setNotifier(m_options.notifier);
    m_calendarController = new CalendarController(
        *m_options.clock, m_options.timeZone, m_options.exportDirectory, this);
    m_timelineController = new TimelineController(*m_options.clock, m_options.timeZone, this);
    // A kiosk session keeps no file: it has no place to save to at all.
    const QList<ExportPlace> savePlaces = m_options.kiosk ? QList<ExportPlace> {}
        : m_options.savePlaces.isEmpty()
        ? QList<ExportPlace> {{ExportPlace::Kind::Documents, m_options.exportDirectory}}
        : m_options.savePlaces;
    m_summaryController = new SummaryController(
        *m_options.clock, m_options.timeZone, savePlaces, *m_languageController, this);
    // A conversation at one screen writes its fiches through the board, under the speaker.
    m_conversationController = new ConversationController(*m_options.clock, *m_ids,
        {*m_boardController, *m_goalsController, *m_checkInsController}, this);
    connect(m_languageController, &LanguageController::currentChanged, m_conversationController,
        &ConversationController::changed);
    // Removed words leave no copy in the write-ahead log either.
    connect(m_conversationController, &ConversationController::conversationClosed, this, [this] {
        if (m_vault)
            (void)m_vault->checkpoint();
    });
    // The folder names are words in the citizen's language.
    connect(m_languageController, &LanguageController::currentChanged, m_summaryController,
        &SummaryController::placeChanged);
    m_summaryController->setBoardSource([this] { return m_boardController->board(); });
    connect(m_languageController, &LanguageController::currentChanged, m_checkInsController,
        &CheckInsController::retranslate);
    connect(m_languageController, &LanguageController::currentChanged, m_remindersController,
        &RemindersController::retranslate);
    connect(m_vaultController, &VaultController::opened, this, &Composition::connectStores);
    connect(m_vaultController, &VaultController::closing, this, &Composition::disconnectStores);
    // Sharing with the municipality: only when this Mapje names one, and only after a pairing.
    m_syncEngine = new SyncEngine(*m_options.clock,
        m_options.municipality ? m_options.municipality
                               : SyncConfig::read(m_options.municipalityConfig),
        this);
    m_syncController
        = new SyncController(*m_options.clock, *m_ids, m_options.timeZone, *m_syncEngine, this);
    m_syncController->setBoardSource([this] { return m_boardController->board(); });
    // Every change of the board (chosenChanged follows each one) may differ from what she shared.
    connect(m_boardController, &BoardController::chosenChanged, m_syncController,
        &SyncController::itemsChanged);
    connect(m_goalsController, &GoalsController::currentChanged, m_syncController,
        &SyncController::itemsChanged);
    connect(m_appointmentsController, &AppointmentsController::currentChanged, m_syncController,
        &SyncController::itemsChanged);
    connect(m_checkInsController, &CheckInsController::currentChanged, m_syncController,
        &SyncController::itemsChanged);
    connect(m_syncController, &SyncController::appointmentsChanged, m_appointmentsController,
        &AppointmentsController::reload);
    connect(m_syncController, &SyncController::checkInsChanged, m_checkInsController,
        &CheckInsController::reload);
    connect(m_languageController, &LanguageController::currentChanged, m_syncController,
        &SyncController::reload);
    for (SaveRetry *&retry : m_syncRetries)
        retry = new SaveRetry(this);
    // "Wat heb ik gedeeld?" also lists every PDF saved and every printout of the mapje.
    connect(m_summaryController, &SummaryController::pdfSaved, this,
        [this](const QString &where, const QString &fileName) {
            logMapjeLeft(ShareRecord::Channel::PdfSaved, where, fileName);
        });
    connect(m_summaryController, &SummaryController::sentToPrinter, this,
        [this](const QString &printerName) {
            logMapjeLeft(ShareRecord::Channel::Printed, printerName, {});
        });
    m_vaultController->setSafeToCloseCheck([this] {
        // Locking drops what is only in memory, so every store must have written its changes.
        bool saved = true;
        for (RecordRepositoryBase *store : stores()) {
            if (store && store->hasUnsavedChanges())
                saved = store->retryPendingSaves() && saved;
        }
        return saved;
    });
    m_languageController->loadInitial();
    m_kioskController = new KioskController(*m_options.clock, *m_languageController, this);
    if (m_options.kiosk) {
        m_options.sessionInMemory = true;
        m_kioskController->activate(*m_options.kiosk, m_options.kioskAdminTries);
        m_summaryController->setPrinting(m_options.kiosk->printing, m_options.kiosk->printerName);
        // Without a process restart (tests), the next visitor gets a fresh in-memory vault.
        connect(m_kioskController, &KioskController::sessionReset, this, &Composition::reopen);
    }
    // Taking a kiosk session along: the kiosk sends its board and goals as they are at "Ja"; a
    // personal Mapje that knows its municipality receives.
    m_handoffSender = new HandoffSender(*m_kioskController, this);
    m_handoffSender->setSessionSource([this] {
        return HandoffSession::compose(
            m_boardController->board(), m_goalRepository ? m_goalRepository->all() : QList<Goal>());
    });
    m_handoffReceiver = new HandoffReceiver(*m_options.clock, *m_ids,
        m_options.kiosk ? std::nullopt
                        : (m_options.municipality ? m_options.municipality
                                                  : SyncConfig::read(m_options.municipalityConfig)),
        *m_boardController, this);
    // Often enough that a reminder or a moment that came is never late by much; costs nothing.
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &Composition::tick);
    m_tick.start();
    reopen();
}

void Composition::tick()
{
    m_checkInsController->refresh();
    m_appointmentsController->refresh();
    m_remindersController->checkNow();
}

Composition::~Composition()
{
    disconnectStores();
}

void Composition::publish()
{
    publishToQml(m_vaultController, m_notesController, m_languageController, m_boardController,
        m_goalsController, m_displaySettings, m_glossaryController, m_readAloudController,
        m_checkInsController, m_appointmentsController, m_remindersController, m_calendarController,
        m_timelineController, m_summaryController, m_conversationController, m_syncController,
        m_kioskController, m_handoffSender, m_handoffReceiver);
}

void Composition::setNotesRetryInterval(int milliseconds)
{
    m_notesController->setRetryInterval(milliseconds);
    m_preferencesRetry->setInterval(milliseconds);
    m_boardController->setRetryInterval(milliseconds);
    m_goalsController->setRetryInterval(milliseconds);
    m_checkInsController->setRetryInterval(milliseconds);
    m_appointmentsController->setRetryInterval(milliseconds);
}

void Composition::reopen()
{
    disconnectStores();
    if (m_vault)
        m_vault->lock();
    if (m_options.sessionInMemory) {
        // A new visitor: the stores let go of the last session before the new one opens.
        m_vaultController->setVault(nullptr);
        m_vault = Vault::inMemory(*m_options.clock);
        m_vaultController->setVault(m_vault.get()); // open at once: the stores connect now
        return;
    }
    auto next = std::make_unique<Vault>(m_options.dataDirectory, *m_options.clock);
    if (m_options.kdfCost)
        next->setKdfCost(*m_options.kdfCost);
    next->setVfsName(m_options.vfsName);
    // Hand over the new vault before the old one goes, so no page sees a moment without one.
    m_vaultController->setVault(next.get());
    m_vault = std::move(next);
}

void Composition::connectStores()
{
    m_noteStore = std::make_unique<NoteStore>(*m_vault);
    m_notesController->setStore(m_noteStore.get());
    m_boardRepository = std::make_unique<BoardRepository>(*m_vault);
    m_boardController->setRepository(m_boardRepository.get());
    m_checkInRepository = std::make_unique<CheckInRepository>(*m_vault);
    m_checkInsController->setRepository(m_checkInRepository.get());
    m_goalRepository = std::make_unique<GoalRepository>(*m_vault);
    m_goalsController->setRepository(m_goalRepository.get());
    m_goalsController->setDraftStore(m_noteStore.get());
    m_appointmentRepository = std::make_unique<AppointmentRepository>(*m_vault);
    m_appointmentsController->setRepository(m_appointmentRepository.get());
    m_reminderStateRepository = std::make_unique<ReminderStateRepository>(*m_vault);
    m_settingsStore = std::make_unique<SettingsStore>(*m_vault);
    // After the board: a conversation left open goes on with the board it was held on.
    m_conversationRepository = std::make_unique<ConversationRepository>(*m_vault);
    m_experienceNoteRepository = std::make_unique<ExperienceNoteRepository>(*m_vault);
    m_conversationController->setStores(
        m_conversationRepository.get(), m_experienceNoteRepository.get(), m_noteStore.get());
    connectReminders();
    connectSync();
    m_handoffReceiver->setStores(m_boardRepository.get(), m_goalRepository.get());
}

void Composition::connectSync()
{
    m_pairingRepository = std::make_unique<PairingRepository>(*m_vault);
    m_sharedItemRepository = std::make_unique<SharedItemRepository>(*m_vault);
    m_proposalRepository = std::make_unique<ProposalRepository>(*m_vault);
    m_rescheduleRequestRepository = std::make_unique<RescheduleRequestRepository>(*m_vault);
    m_consentLogRepository = std::make_unique<ConsentLogRepository>(*m_vault);
    // What the disk refused (a full disk) is written again every few seconds; nothing is lost.
    m_syncRetries[0]->follow(m_pairingRepository.get());
    m_syncRetries[1]->follow(m_sharedItemRepository.get());
    m_syncRetries[2]->follow(m_proposalRepository.get());
    m_syncRetries[3]->follow(m_rescheduleRequestRepository.get());
    m_syncRetries[4]->follow(m_consentLogRepository.get());
    m_syncEngine->setStores(
        {m_pairingRepository.get(), m_sharedItemRepository.get(), m_proposalRepository.get(),
            m_rescheduleRequestRepository.get(), m_consentLogRepository.get()});
    m_syncController->setStores({m_goalRepository.get(), m_appointmentRepository.get(),
        m_checkInRepository.get(), m_consentLogRepository.get(), m_noteStore.get()});
}

void Composition::logMapjeLeft(
    ShareRecord::Channel channel, const QString &where, const QString &what)
{
    if (!m_consentLogRepository)
        return;
    ShareRecord record(Consent::ItemKind::Mapje, {}, m_options.clock->now(), where);
    record.setChannel(channel);
    record.setWhat(what);
    m_consentLogRepository->append(record);
    m_syncController->reload();
}

void Composition::disconnectSync()
{
    // Nothing is sent or fetched while the vault is locked.
    m_syncController->setStores({});
    m_syncEngine->setStores({});
    for (SaveRetry *retry : m_syncRetries)
        retry->follow<PairingRepository>(nullptr);
    m_consentLogRepository.reset();
    m_rescheduleRequestRepository.reset();
    m_proposalRepository.reset();
    m_sharedItemRepository.reset();
    m_pairingRepository.reset();
}

std::array<RecordRepositoryBase *, 14> Composition::stores() const
{
    return {m_noteStore.get(), m_boardRepository.get(), m_goalRepository.get(),
        m_checkInRepository.get(), m_appointmentRepository.get(), m_reminderStateRepository.get(),
        m_settingsStore.get(), m_conversationRepository.get(), m_experienceNoteRepository.get(),
        m_pairingRepository.get(), m_sharedItemRepository.get(), m_proposalRepository.get(),
        m_rescheduleRequestRepository.get(), m_consentLogRepository.get()};
}

void Composition::connectReminders()
{
    // The goals' repository comes and goes with the vault like the others.
    m_remindersController->setStores({m_checkInRepository.get(), m_appointmentRepository.get(),
        m_goalRepository.get(), m_reminderStateRepository.get(), m_settingsStore.get()});
    m_calendarController->setStores(m_checkInRepository.get(), m_appointmentRepository.get());
    m_timelineController->setStores(
        m_boardRepository.get(), m_goalRepository.get(), m_checkInRepository.get());
    m_summaryController->setStores(
        m_goalRepository.get(), m_appointmentRepository.get(), m_settingsStore.get());
}

void Composition::disconnectStores()
{
    disconnectSync();
    m_handoffReceiver->setStores(nullptr, nullptr);
    m_conversationController->setStores(nullptr, nullptr, nullptr);
    m_conversationRepository.reset();
    m_experienceNoteRepository.reset();
    m_notesController->setStore(nullptr);
    m_goalsController->setDraftStore(nullptr);
    m_noteStore.reset();
    m_remindersController->setStores({});
    m_calendarController->setStores(nullptr, nullptr);
    m_timelineController->setStores(nullptr, nullptr, nullptr);
    m_summaryController->setStores(nullptr, nullptr, nullptr);
    m_checkInsController->setRepository(nullptr);
    m_checkInRepository.reset();
    m_goalsController->setRepository(nullptr);
    m_goalRepository.reset();
    m_appointmentsController->setRepository(nullptr);
    m_appointmentRepository.reset();
    m_reminderStateRepository.reset();
    m_settingsStore.reset();
    m_boardController->setRepository(nullptr);
    m_boardRepository.reset();
}

} // namespace mapje
