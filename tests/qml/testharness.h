#pragma once

#include <QFont>
#include <QObject>
#include <QPointer>
#include <QTranslator>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class FakeNotifier;
class FakeSpeechEngine;
namespace mapje {
class Composition;
class ManualClock;
} // namespace mapje

/** What a Qt Quick test may do that a citizen cannot: restart the app, move the clock, start clean.
 */
class TestHarness : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Harness)
    QML_SINGLETON
    Q_PROPERTY(QString dataDirectory READ dataDirectory CONSTANT)
    /** The pseudo-translation (every text 40 % longer) the build makes for the clipping test. */
    Q_PROPERTY(QString pseudoTranslation READ pseudoTranslation CONSTANT)
    // The kiosk's run (MAPJE_TEST_KIOSK=1): the text its test types everywhere, which no file may
    // hold afterwards (tests/kiosk/session/leave_no_trace.py scans the folders).
    Q_PROPERTY(QString kioskMarker READ kioskMarker CONSTANT)

public:
    explicit TestHarness(QObject *parent = nullptr) : QObject(parent) { }

    /** Set by the test set-up for the engine that is about to load the tests. */
    static inline mapje::Composition *composition = nullptr;
    static inline mapje::ManualClock *clock = nullptr;
    static inline FakeNotifier *notifier = nullptr;
    // Called at every reset (each test's start): the runner puts its warning counter back on top
    // of the message handler QtTest installed for the file.
    static inline void (*countWarningsAgain)() = nullptr;

    /** True, once, for a warning a test said it expects (expectWarning): the runner does not
     * count it. Called from the message handler, on any thread. */
    static bool takeExpectedWarning(const QString &message);

    [[nodiscard]] QString dataDirectory() const;
    [[nodiscard]] QString pseudoTranslation() const;

    /** Drops the vault and opens the same folder again, as quitting and starting the app does. */
    Q_INVOKABLE void restart();
    /** Wipes everything and starts on the welcome page, so each test begins the same way. */
    Q_INVOKABLE void reset();
    Q_INVOKABLE void advanceClock(int seconds);
    /** Sets the test clock to a moment such as "2026-11-23T08:00:00Z". */
    Q_INVOKABLE void setClock(const QString &isoUtc);
    /** Makes every write fail as on a full disk, or lets writes through again. */
    Q_INVOKABLE void setDiskFull(bool full);
    /** The plain preferences file cannot be replaced (a folder stands in its place), as on a
     * locked disk; or it can again, with the file as it was. */
    Q_INVOKABLE void setPreferencesRefused(bool refused);
    /** Spoils the key file and starts again, as a broken disk would: Mapje shows the damaged page.
     */
    Q_INVOKABLE void damageVault();
    /** Marks the key file as made by a newer Mapje and starts again: Mapje asks for an update. */
    Q_INVOKABLE void makeVaultTooNew();
    /** Reading aloud goes to a fake engine with a voice for each of these language codes. */
    Q_INVOKABLE void useFakeSpeech(const QStringList &languages);
    /** Reading aloud has no engine at all, as on a device without speech. */
    Q_INVOKABLE void useNoSpeech();
    /** What the fake engine was last asked to say, and in which language (code such as "nl"). */
    Q_INVOKABLE QString lastSpokenText() const;
    Q_INVOKABLE QString lastSpokenLanguage() const;
    /** Puts a .qm file from disk above the app's own language, so a test can show a language that
     * Mapje does not ship; false if it does not load. */
    Q_INVOKABLE bool installTranslation(const QString &path);
    /** Takes that .qm away again. */
    Q_INVOKABLE void removeTranslation();
    /** What the app's 30-second tick does: look at the (test) clock and show what is due. */
    Q_INVOKABLE void tick();
    /** The desktop notifications shown so far, as "title|body" texts, oldest first. */
    Q_INVOKABLE QStringList notifications() const;
    /** The widest piece of text that a line may not be broken inside (a word, with what sticks
     * to it), in pixels in this font; tags are left out when the text is rich, file paths too. */
    /** The next warning with exactly this text is part of the test (use with ignoreWarning): the
     * runner, which fails on any warning, does not count it. */
    Q_INVOKABLE void expectWarning(const QString &message);
    /** The text of every QML file in the module "Mapje", by its path in the module. */
    Q_INVOKABLE QVariantMap qmlSources() const;
    /** The files under the data folder that hold this text as plain UTF-8 or UTF-16 bytes: a
     * removed word must be in none of them. */
    Q_INVOKABLE QStringList filesHolding(const QString &text) const;
    /** Every file this process has open now (deleted ones and memfd too) that holds text in UTF-8
     * or UTF-16. */
    Q_INVOKABLE QStringList openFilesHolding(const QString &text) const;
    /** Checks the kiosk's idle clock now (after advanceClock). */
    Q_INVOKABLE void kioskTick();
    [[nodiscard]] QString kioskMarker() const;
    Q_INVOKABLE qreal widestWord(const QString &text, const QFont &font, bool rich) const;

private:
    QTranslator m_translator;
    QPointer<FakeSpeechEngine> m_fakeSpeech;
};
