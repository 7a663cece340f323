// Runs every tst_*.qml in this folder against the real Mapje module, headless, and fails on any
// QML or Qt warning (but one a test expects: Harness.expectWarning with ignoreWarning).
#include <QPrinter>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

#include "core/clock.h"
#include "fakenotifier.h"
#include "kiosk/adminpin.h"
#include "kiosk/kioskconfig.h"
#include "quotavfs.h"
#include "storage/kdfcost.h"
#include "syncharness.h"
#include "testharness.h"
#include "ui/composition.h"
#include "ui/settings/readaloudcontroller.h"
#include "ui/summary/summarycontroller.h"

using mapje::Composition;

Q_IMPORT_QML_PLUGIN(MapjePlugin)

namespace {
std::atomic_int warningCount {0};
QtMessageHandler previousHandler = nullptr;

void countWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool expected = type == QtWarningMsg && TestHarness::takeExpectedWarning(message);
    if (!expected && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg))
        ++warningCount;
    previousHandler(type, context, message);
}
// QtTest puts its own message handler in place when it starts a test file and does not pass
// warnings on: ours goes on top again (from Harness.reset, at each test's start), so no warning
// goes uncounted.
void countWarningsOnTop()
{
    const QtMessageHandler current = qInstallMessageHandler(countWarnings);
    if (current != countWarnings)
        previousHandler = current;
}
} // namespace

/** Pins the style, enables test mode, builds a fresh composition per engine, counts warnings. */
class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        previousHandler = qInstallMessageHandler(countWarnings);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        TestHarness::countWarningsAgain = countWarningsOnTop;
        engine->addImportPath(QStringLiteral("qrc:/"));
        // Every QML test writes through the fault VFS, normally passing writes on.
        mapje::QuotaVfs::install();
        mapje::QuotaVfs::setMode(mapje::QuotaVfs::Mode::Normal);
        auto dir = std::make_unique<QTemporaryDir>();
        auto clock = std::make_unique<mapje::ManualClock>(
            QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc()));
        auto notifier = std::make_unique<FakeNotifier>();
        Composition::Options options {dir->path(), dir->filePath(QStringLiteral("settings.json")),
            clock.get(), mapje::KdfCost::fastForTests(), mapje::QuotaVfs::Name};
        // The tests read times on an Amsterdam wall clock, whatever the machine's zone.
        options.timeZone = QTimeZone("Europe/Amsterdam");
        options.exportDirectory = dir->filePath(QStringLiteral("export"));
        options.notifier = notifier.get();
        // Set up for a municipality only in the sync pages' run (MAPJE_TEST_ENDPOINT=1).
        options.municipalityConfig = SyncHarness::municipalityConfig(dir->path());
        // The kiosk's run (ctest tst_qml_kiosk, MAPJE_TEST_KIOSK=1): every session in memory,
        // nothing in the test folder, the admin PIN 246810.
        if (qEnvironmentVariableIntValue("MAPJE_TEST_KIOSK") == 1) {
            mapje::KioskConfig kiosk;
            kiosk.municipality = QStringLiteral("Gemeente Voorbeeld");
            kiosk.languages = mapje::KioskConfig::knownLanguages();
            kiosk.adminPinHash = mapje::AdminPin::hash(QStringLiteral("246810"));
            kiosk.printing = false; // a printout would rightly hold what the visitor typed
            options.dataDirectory.clear();
            options.preferencesFile.clear();
            options.exportDirectory.clear();
            // The municipality stays only in the run with an endpoint (tst_qml_kiosk_sync).
            options.kiosk = kiosk;
        }
        auto composition = std::make_unique<Composition>(options);
        composition->setNotesRetryInterval(200);
        // The real speech engine never starts here; tst_readaloud asks the Harness for a fake.
        composition->readAloudController()->setEngine(nullptr);
        // Printing goes to a PDF file in the test folder, never to a real printer.
        const QString printed = dir->filePath(QStringLiteral("printed.pdf"));
        composition->summaryController()->setPrinterFactory([printed] {
            auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(printed);
            return printer;
        });
        composition->publish();
        TestHarness::composition = composition.get();
        TestHarness::clock = clock.get();
        TestHarness::notifier = notifier.get();
        m_notifiers.push_back(std::move(notifier));
        m_compositions.push_back(std::move(composition));
        m_clocks.push_back(std::move(clock));
        m_dirs.push_back(std::move(dir));
    }

    void cleanupTestCase()
    {
        if (warningCount > 0) {
            std::fprintf(stderr,
                "FAIL: %d Qt/QML warnings were printed; the QML tests fail on any.\n",
                int(warningCount));
            std::fflush(stderr);
            std::_Exit(1);
        }
    }

private:
    // Kept until the end: an engine may still refer to its singletons while it is torn down.
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
    std::vector<std::unique_ptr<mapje::ManualClock>> m_clocks;
    std::vector<std::unique_ptr<FakeNotifier>> m_notifiers;
    std::vector<std::unique_ptr<Composition>> m_compositions;
};

QUICK_TEST_MAIN_WITH_SETUP(mapje_qml, Setup)

#include "main.moc"
