#pragma once

#include <QObject>
#include <memory>

#include "core/clock.h"
#include "storage/kdfcost.h"

namespace mapje {
class Vault;
class NoteStore;
class BoardRepository;
class UuidIdGenerator;
} // namespace mapje
class BoardController;
class VaultController;
class NotesController;
class LanguageController;
class DisplaySettings;
class GlossaryController;
class ReadAloudController;

/** Builds the vault, stores and controllers and wires them; main.cpp and the tests each make one.
 */
class Composition : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString dataDirectory;
        QString settingsFile;
        const mapje::Clock *clock = nullptr;
        mapje::KdfCost kdfCost = mapje::KdfCost::standard();
        QByteArray vfsName; // empty: SQLite's own; tests pass one that fakes a full disk
    };

    explicit Composition(Options options, QObject *parent = nullptr);
    ~Composition() override;

    /** Publishes the controllers as QML singletons; call before the engine loads QML. */
    void publish();
    /** Drops the vault and opens a new one on the same folder, as a fresh start of the app would.
     */
    void reopen();

    /** How often the notepad retries a failed save; tests shorten it. */
    void setNotesRetryInterval(int milliseconds);

    [[nodiscard]] QString dataDirectory() const { return m_options.dataDirectory; }
    [[nodiscard]] mapje::Vault *vault() const { return m_vault.get(); }
    [[nodiscard]] VaultController *vaultController() const { return m_vaultController; }
    [[nodiscard]] NotesController *notesController() const { return m_notesController; }
    [[nodiscard]] LanguageController *languageController() const { return m_languageController; }
    [[nodiscard]] DisplaySettings *displaySettings() const { return m_displaySettings; }
    [[nodiscard]] BoardController *boardController() const { return m_boardController; }
    [[nodiscard]] GlossaryController *glossaryController() const { return m_glossaryController; }
    [[nodiscard]] ReadAloudController *readAloudController() const { return m_readAloudController; }

private:
    void connectStores();
    void disconnectStores();

    Options m_options;
    std::unique_ptr<mapje::Vault> m_vault;
    std::unique_ptr<mapje::NoteStore> m_noteStore;
    std::unique_ptr<mapje::BoardRepository> m_boardRepository;
    std::unique_ptr<mapje::UuidIdGenerator> m_ids;
    VaultController *m_vaultController;
    NotesController *m_notesController;
    LanguageController *m_languageController;
    BoardController *m_boardController;
    DisplaySettings *m_displaySettings;
    GlossaryController *m_glossaryController;
    ReadAloudController *m_readAloudController;
};
