#pragma once

// Publishes the instances that the composition root made as QML singletons
// (QML_FOREIGN + QML_SINGLETON + create(), never context properties).

#include <QQmlEngine>

#include "ui/languagecontroller.h"
#include "ui/notescontroller.h"
#include "ui/vaultcontroller.h"

namespace singletons {
template<typename T>
T *publish(T *instance, QJSEngine *engine)
{
    Q_ASSERT_X(instance, "singletons", "the composition root must create this before QML loads");
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    Q_UNUSED(engine)
    return instance;
}
} // namespace singletons

/** QML's "Vault": the vault's state and actions. */
struct VaultSingleton
{
    Q_GADGET
    QML_FOREIGN(VaultController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Vault)
public:
    static inline VaultController *instance = nullptr;
    static VaultController *create(QQmlEngine *, QJSEngine *engine)
    {
        return singletons::publish(instance, engine);
    }
};

/** QML's "Notes": the home notepad. */
struct NotesSingleton
{
    Q_GADGET
    QML_FOREIGN(NotesController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Notes)
public:
    static inline NotesController *instance = nullptr;
    static NotesController *create(QQmlEngine *, QJSEngine *engine)
    {
        return singletons::publish(instance, engine);
    }
};

/** QML's "Language": the language of every text. */
struct LanguageSingleton
{
    Q_GADGET
    QML_FOREIGN(LanguageController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Language)
public:
    static inline LanguageController *instance = nullptr;
    static LanguageController *create(QQmlEngine *qmlEngine, QJSEngine *engine)
    {
        instance->setEngine(qmlEngine);
        return singletons::publish(instance, engine);
    }
};
