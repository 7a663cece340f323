#include "ui/composition.h"

#include "storage/notestore.h"
#include "storage/vault.h"
#include "ui/languagecontroller.h"
#include "ui/notescontroller.h"
#include "ui/vaultcontroller.h"

Composition::Composition(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_vaultController(new VaultController(this)),
      m_notesController(new NotesController(this)),
      m_languageController(new LanguageController(m_options.settingsFile, this))
{
    connect(m_vaultController, &VaultController::opened, this, &Composition::connectStores);
    connect(m_vaultController, &VaultController::closing, this, &Composition::disconnectStores);
    m_vaultController->setSafeToCloseCheck([this] {
        if (!m_noteStore || !m_noteStore->hasUnsavedChanges())
            return true;
        m_noteStore->retryPendingSaves();
        return !m_noteStore->hasUnsavedChanges();
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
}

void Composition::setNotesRetryInterval(int milliseconds)
{
    m_notesController->setRetryInterval(milliseconds);
}

void Composition::reopen()
{
    disconnectStores();
    m_vaultController->setVault(nullptr);
    m_vault = std::make_unique<mapje::Vault>(m_options.dataDirectory, *m_options.clock);
    m_vault->setKdfCost(m_options.kdfCost);
    m_vault->setVfsName(m_options.vfsName);
    m_vaultController->setVault(m_vault.get());
}

void Composition::connectStores()
{
    m_noteStore = std::make_unique<mapje::NoteStore>(*m_vault);
    m_notesController->setStore(m_noteStore.get());
}

void Composition::disconnectStores()
{
    m_notesController->setStore(nullptr);
    m_noteStore.reset();
}
