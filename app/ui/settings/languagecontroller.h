#pragma once

#include <QObject>
#include <QVariantList>

#include "ui/shared/righttolefttranslator.h"

class QQmlEngine;

namespace mapje {

class DevicePreferences;

/** Chooses the language of every text at run time and remembers the choice outside the vault. */
class LanguageController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString current READ current NOTIFY currentChanged)
    Q_PROPERTY(QString currentName READ currentName NOTIFY currentChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY currentChanged)
    Q_PROPERTY(bool unsaved READ unsaved NOTIFY unsavedChanged)

public:
    /** The choice lives in the plain preferences: it must be readable before the vault is
     * unlocked. */
    explicit LanguageController(DevicePreferences &preferences, QObject *parent = nullptr);

    /** The engine whose texts follow the language; handed over when QML first asks for it. */
    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    /** Loads the remembered language, or the system's when Mapje has it, or Dutch. */
    void loadInitial();

    [[nodiscard]] QString current() const { return m_current; }
    [[nodiscard]] QString currentName() const;
    /** Arabic reads from right to left: the pages mirror their layout. */
    [[nodiscard]] bool rightToLeft() const;
    /** Each entry: { code, name } with the name written in its own language. */
    [[nodiscard]] QVariantList languages() const;
    /** True while the chosen language holds only until Mapje closes: the disk refused it. */
    [[nodiscard]] bool unsaved() const;

    Q_INVOKABLE void choose(const QString &code);

signals:
    void currentChanged();
    void unsavedChanged();

private:
    bool apply(const QString &code);

    DevicePreferences &m_preferences;
    QString m_current;
    RightToLeftTranslator m_translator;
    QQmlEngine *m_engine = nullptr;
};

} // namespace mapje
