#include "ui/composition.h"

#include "core/uuididgenerator.h"
#include "storage/boardrepository.h"
#include "storage/notestore.h"
#include "storage/vault.h"
#include "ui/boardcontroller.h"
#include "ui/displaysettings.h"
#include "ui/glossarycontroller.h"
#include "ui/languagecontroller.h"
#include "ui/notescontroller.h"
#include "ui/readaloudcontroller.h"
#include "ui/vaultcontroller.h"

Composition::Composition(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_vaultController(new VaultController(this)),
      m_notesController(new NotesController(this)),
      m_languageController(new LanguageController(m_options.settingsFile, this)),
      m_ids(std::make_unique<mapje::UuidIdGenerator>())
{
    m_boardController = new BoardController(*m_options.clock, *m_ids, this);
    // Read before any page shows: the unlock page needs the chosen contrast and text size too.
    m_displaySettings = new DisplaySettings(m_options.settingsFile, this);
    // Follows the language; speechd (DESIGN.md §8) starts only when someone first asks to listen.
    m_readAloudController = new ReadAloudController(
        m_options.settingsFile, *m_languageController, QStringLiteral("speechd"), this);
    connect(m_languageController, &LanguageController::currentChanged, m_boardController,
        &BoardController::retranslate);
    m_glossaryController = new GlossaryController(this);
    connect(m_languageController, &LanguageController::currentChanged, m_glossaryController,
        &GlossaryController::retranslate);
    connect(m_vaultController, &VaultController::opened, this, &Composition::connectStores);
    connect(m_vaultController, &VaultController::closing, this, &Composition::disconnectStores);
    m_vaultController->setSafeToCloseCheck([this] {
        // Locking drops what is only in memory, so every store must have written its changes.
        bool saved = true;
        if (m_noteStore && m_noteStore->hasUnsavedChanges())
            saved = m_noteStore->retryPendingSaves() && saved;
        if (m_boardRepository && m_boardRepository->hasUnsavedChanges())
            saved = m_boardRepository->retryPendingSaves() && saved;
        return saved;
    });
    m_languageController->loadInitial();
    reopen();
}

Composition::~Composition()
{
    disconnectStores();
}

void Composition::publish()
{
    VaultController::published = m_vaultController;
    NotesController::published = m_notesController;
    LanguageController::published = m_languageController;
    BoardController::published = m_boardController;
    DisplaySettings::published = m_displaySettings;
    GlossaryController::published = m_glossaryController;
    ReadAloudController::published = m_readAloudController;
}

void Composition::setNotesRetryInterval(int milliseconds)
{
    m_notesController->setRetryInterval(milliseconds);
    m_boardController->setRetryInterval(milliseconds);
}

void Composition::reopen()
{
    disconnectStores();
    if (m_vault)
        m_vault->lock();
    auto next = std::make_unique<mapje::Vault>(m_options.dataDirectory, *m_options.clock);
    next->setKdfCost(m_options.kdfCost);
    next->setVfsName(m_options.vfsName);
    // Hand over the new vault before the old one goes, so no page sees a moment without one.
    m_vaultController->setVault(next.get());
    m_vault = std::move(next);
}

void Composition::connectStores()
{
    m_noteStore = std::make_unique<mapje::NoteStore>(*m_vault);
    m_notesController->setStore(m_noteStore.get());
    m_boardRepository = std::make_unique<mapje::BoardRepository>(*m_vault);
    m_boardController->setRepository(m_boardRepository.get());
}

void Composition::disconnectStores()
{
    m_notesController->setStore(nullptr);
    m_noteStore.reset();
    m_boardController->setRepository(nullptr);
    m_boardRepository.reset();
}
