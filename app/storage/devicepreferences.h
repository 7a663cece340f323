#pragma once

#include "storage/filewriteresult.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace mapje {

/** The few plain choices needed before the vault is unlocked (language, display, reading speed):
 * kept in memory and written whole as one private JSON file on each change. A disk that refuses
 * the file never takes a choice away: it stays in effect and is written at the next chance. */
class DevicePreferences : public QObject {
    Q_OBJECT

public:
    /** Reads file (JSON). When it is not there yet, reads the settings.ini an older Mapje kept
     * beside it, once. A damaged or unreadable file gives the defaults. An empty file name keeps
     * the choices in memory only (a kiosk session leaves no file behind). */
    explicit DevicePreferences(QString file, QObject *parent = nullptr);

    [[nodiscard]] QString file() const { return m_file; }
    /** The INI file an older Mapje wrote these choices to: file's folder, "settings.ini". */
    [[nodiscard]] static QString legacyFileFor(const QString &file);

    /** Empty until the citizen chose a language. */
    [[nodiscard]] QString language() const;
    [[nodiscard]] bool highContrast() const;
    /** As stored (1.0 when nothing is); the caller decides which sizes it accepts. */
    [[nodiscard]] double textScale() const;
    [[nodiscard]] bool reducedMotion() const;
    /** "slow", "normal", "fast" as stored; empty until chosen. */
    [[nodiscard]] QString readAloudSpeed() const;
    /** Seconds away from Mapje's window before a conversation pauses itself; 0 (the default):
     * never. */
    [[nodiscard]] int pauseWhenAwaySeconds() const;

    /** Each setter keeps the value at once and writes the whole file; the result says whether the
     * file has it too. Setting the value it already has writes only when a write is pending. */
    FileWriteResult setLanguage(const QString &code);
    FileWriteResult setHighContrast(bool on);
    FileWriteResult setTextScale(double scale);
    FileWriteResult setReducedMotion(bool on);
    FileWriteResult setReadAloudSpeed(const QString &speed);
    FileWriteResult setPauseWhenAwaySeconds(int seconds);

    /** True while a choice is only in memory because the disk refused the file. */
    [[nodiscard]] bool hasUnsavedChanges() const { return m_unsaved; }
    /** The last write's result: why the file could not be written, for a page or a log. */
    [[nodiscard]] FileWriteResult lastResult() const { return m_lastResult; }
    /** Writes a pending file again (a timer or a button); true when nothing is pending any more.
     */
    bool retryPendingSaves();

signals:
    void hasUnsavedChangesChanged(bool unsaved);

private:
    FileWriteResult set(const QString &key, const QJsonValue &value);
    FileWriteResult write();
    void read();

    QString m_file;
    QJsonObject m_values;
    bool m_unsaved = false;
    bool m_readLegacy = false;
    FileWriteResult m_lastResult;
};

} // namespace mapje
