#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <memory>

#include "core/clock.h"
#include "openvault.h"
#include "quotavfs.h"
#include "ui/home/notescontroller.h"
#include "ui/vault/vaultcontroller.h"

using mapje::Composition;
using mapje::NotesController;
using mapje::QuotaVfs;
using mapje::VaultController;

/** NotesController through a real Composition: the notepad text is kept, also on a full disk. */
class TestNotesController : public QObject {
    Q_OBJECT

private:
    const QString m_pin = QString::fromLatin1(OpenVault::Pin);
    mapje::ManualClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<OpenVault> m_app;

    VaultController *vault() const { return (*m_app)->vaultController(); }
    NotesController *notes() const { return (*m_app)->notesController(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    /** Every test starts with a fresh, open vault writing through the fault VFS. */
    void init()
    {
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        m_app = std::make_unique<OpenVault>(
            m_clock, [](Composition::Options &options) { options.vfsName = QuotaVfs::Name; },
            OpenVault::Create::Later);
        QVERIFY(m_app->isValid());
        QVERIFY(!notes()->available());
        m_app->createVault();
        QTRY_COMPARE(vault()->stage(), VaultController::Open);
        QVERIFY(notes()->available());
        QCOMPARE(notes()->text(), QString());
        QVERIFY(!notes()->unsaved());
    }

    void cleanup()
    {
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        m_app.reset();
    }

    void textSurvivesLockAndUnlock()
    {
        QSignalSpy textSpy(notes(), &NotesController::textChanged);
        notes()->save(QStringLiteral("Bel de gemeente over de toeslag"));
        QVERIFY(!notes()->unsaved());
        QCOMPARE(notes()->text(), QStringLiteral("Bel de gemeente over de toeslag"));

        vault()->lock();
        QCOMPARE(vault()->stage(), VaultController::Locked);
        QVERIFY(!notes()->available());
        QCOMPARE(notes()->text(), QString()); // nothing readable while locked
        QVERIFY(!textSpy.isEmpty());

        vault()->unlock(m_pin);
        QTRY_COMPARE(vault()->stage(), VaultController::Open);
        QCOMPARE(notes()->text(), QStringLiteral("Bel de gemeente over de toeslag"));

        // Also after a restart of the app.
        vault()->lock();
        (*m_app)->reopen();
        QCOMPARE(vault()->stage(), VaultController::Locked);
        vault()->unlock(m_pin);
        QTRY_COMPARE(vault()->stage(), VaultController::Open);
        QCOMPARE(notes()->text(), QStringLiteral("Bel de gemeente over de toeslag"));
    }

    void fullDiskKeepsTheTextAndRetries()
    {
        (*m_app)->setNotesRetryInterval(50);
        notes()->save(QStringLiteral("eerste"));
        QVERIFY(!notes()->unsaved());

        QSignalSpy unsavedSpy(notes(), &NotesController::unsavedChanged);
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        notes()->save(QStringLiteral("eerste en tweede"));
        QVERIFY(notes()->unsaved());
        QCOMPARE(notes()->text(), QStringLiteral("eerste en tweede"));
        QVERIFY(!unsavedSpy.isEmpty());

        // Retries on a still-full disk keep the text and the warning.
        QTest::qWait(200);
        QVERIFY(notes()->unsaved());
        QCOMPARE(notes()->text(), QStringLiteral("eerste en tweede"));
        QVERIFY(QuotaVfs::refusedWrites() > 0);

        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QTRY_VERIFY(!notes()->unsaved());
        QCOMPARE(notes()->text(), QStringLiteral("eerste en tweede"));

        // It really reached the disk: a restart finds it.
        vault()->lock();
        QCOMPARE(vault()->stage(), VaultController::Locked);
        (*m_app)->reopen();
        vault()->unlock(m_pin);
        QTRY_COMPARE(vault()->stage(), VaultController::Open);
        QCOMPARE(notes()->text(), QStringLiteral("eerste en tweede"));
    }

    void noRetryWithoutAFasterInterval()
    {
        // The default retry waits seconds, so a short wait proves the 50 ms test above used its
        // own.
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        notes()->save(QStringLiteral("wacht"));
        QVERIFY(notes()->unsaved());
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QTest::qWait(300);
        QVERIFY(notes()->unsaved());
    }

    void identicalTextIsNotWritten()
    {
        notes()->save(QStringLiteral("zelfde tekst"));
        QVERIFY(!notes()->unsaved());

        QSignalSpy unsavedSpy(notes(), &NotesController::unsavedChanged);
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        notes()->save(QStringLiteral("zelfde tekst"));
        QVERIFY(!notes()->unsaved());
        QCOMPARE(QuotaVfs::refusedWrites(), 0);
        QVERIFY(unsavedSpy.isEmpty());
        QCOMPARE(notes()->text(), QStringLiteral("zelfde tekst"));

        // A different text on the same full disk does try, and is kept.
        notes()->save(QStringLiteral("andere tekst"));
        QVERIFY(notes()->unsaved());
        QVERIFY(QuotaVfs::refusedWrites() > 0);
    }

    void saveWhileLockedIsIgnored()
    {
        vault()->lock();
        notes()->save(QStringLiteral("niet bewaren"));
        QVERIFY(!notes()->unsaved());
        vault()->unlock(m_pin);
        QTRY_COMPARE(vault()->stage(), VaultController::Open);
        QCOMPARE(notes()->text(), QString());
    }
};

QTEST_GUILESS_MAIN(TestNotesController)

#include "tst_notescontroller.moc"
