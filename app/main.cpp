// The composition root: reads the command line, builds the parts, loads the QML.
#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <memory>

#include "core/clock.h"
#include "kiosk/kioskconfig.h"
#include "kioskmode.h"
#include "reminders/dbusnotifier.h"
#include "screenshots/screenshotrunner.h"
#include "ui/composition.h"
#include "ui/reminders/reminderscontroller.h"
#include "ui/shared/assetsvgprovider.h"
#include "ui/shared/windowsize.h"

using mapje::AssetSvgProvider;
using mapje::Composition;
using mapje::ScreenshotRunner;
using mapje::WindowSize;

Q_IMPORT_QML_PLUGIN(MapjePlugin)

namespace {
bool hasFlag(int argc, char **argv, const char *flag)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

/** Leaving kiosk mode from the admin page; the kiosk's systemd unit does not restart after it. */
constexpr int LeftKioskExitCode = 80;

/** The folders a citizen knows (documents first), each with a "Mapje" folder inside. A folder
 * that is not there, or is only the home folder, is left out; documents always stay. */
QList<mapje::ExportPlace> savePlaces()
{
    const QString home = QDir::homePath();
    QList<mapje::ExportPlace> places;
    const QList<std::pair<mapje::ExportPlace::Kind, QStandardPaths::StandardLocation>> known {
        {mapje::ExportPlace::Kind::Documents, QStandardPaths::DocumentsLocation},
        {mapje::ExportPlace::Kind::Desktop, QStandardPaths::DesktopLocation},
        {mapje::ExportPlace::Kind::Downloads, QStandardPaths::DownloadLocation},
    };
    for (const auto &[kind, location] : known) {
        const QString base = QStandardPaths::writableLocation(location);
        const bool usable = !base.isEmpty() && QDir(base) != QDir(home) && QDir(base).exists();
        if (usable || kind == mapje::ExportPlace::Kind::Documents)
            places.append({kind, base + QStringLiteral("/Mapje")});
    }
    return places;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}
} // namespace

int main(int argc, char *argv[])
{
    if (hasFlag(argc, argv, "--kiosk-hash-pin"))
        return mapje::kioskmode::hashPin();
    const bool kiosk = mapje::kioskmode::requested(argc, argv);
    if (kiosk)
        mapje::kioskmode::prepareEnvironment();
    const bool screenshots = hasFlag(argc, argv, "--screenshots");
    if (screenshots)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!screenshots && !hasDisplay()) {
        std::puts("Geen scherm gevonden. Maak plaatjes zonder scherm met: mapje --screenshots MAP");
        return 2;
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Mapje"));
    QGuiApplication::setOrganizationName(QStringLiteral("Mapje"));
    QGuiApplication::setApplicationVersion(QStringLiteral(MAPJE_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Mapje"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(QStringLiteral("screenshots"),
        QStringLiteral("Render the main screens to PNG files in <dir> and quit."),
        QStringLiteral("dir"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"),
        QStringLiteral("Keep the vault in <dir> instead of the app-data folder."),
        QStringLiteral("dir"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QStringLiteral("Start, draw the first frame, and quit (exit code 0 when that worked)."));
    const QCommandLineOption sizeOption(QStringLiteral("window-size"),
        QStringLiteral("Open the window at <size>, such as 360x640, instead of a size that fits "
                       "the screen."),
        QStringLiteral("size"));
    const QCommandLineOption municipalityOption(QStringLiteral("gemeente"),
        QStringLiteral("Pair with the municipality named in <file> (docs/sync.md) instead of "
                       "mapje/gemeente.ini in the system's config folders."),
        QStringLiteral("file"));
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
        QStringLiteral("Run as a lobby kiosk set up by <file> (docs/kiosk.md): full screen, every "
                       "session in memory only, the admin PIN to leave."),
        QStringLiteral("file"));
    const QCommandLineOption hashPinOption(QStringLiteral("kiosk-hash-pin"),
        QStringLiteral(
            "Read a new admin PIN from standard input and print its hash for kiosk.ini."));
    // Carried from one visitor's process to the next, so a restart never resets the wait.
    QCommandLineOption triesOption(QStringLiteral("kiosk-pogingen"),
        QStringLiteral("Wrong admin PINs so far."), QStringLiteral("count:ms"));
    triesOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({screenshotOption, dataOption, selfTestOption, sizeOption, municipalityOption,
        kioskOption, hashPinOption, triesOption});
    parser.process(app);

    std::optional<mapje::KioskConfig> kioskConfig;
    if (kiosk) {
        kioskConfig = mapje::KioskConfig::read(parser.value(kioskOption));
        for (const QString &warning : std::as_const(kioskConfig->warnings))
            qWarning("kiosk.ini: %s", qPrintable(warning));
        if (!kioskConfig->canStart()) {
            std::fprintf(
                stderr, "Mapje start niet als kiosk: %s\n", qPrintable(kioskConfig->refusal));
            return 3;
        }
    }

    if (parser.isSet(screenshotOption))
        return ScreenshotRunner(parser.value(screenshotOption)).run();

    const QString dataDir = parser.isSet(dataOption)
        ? parser.value(dataOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString configDir = parser.isSet(dataOption)
        ? parser.value(dataOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    if (!kiosk)
        QDir().mkpath(dataDir);

    const mapje::SystemClock clock;
    // Desktop notifications while the app runs; without a notification service the list inside
    // the app still has every reminder. Made after the first frame (below), before the
    // composition so it outlives the controller that uses it.
    std::unique_ptr<mapje::DbusNotifier> notifier;
    Composition::Options options {dataDir, configDir + QStringLiteral("/settings.json"), &clock};
    if (kioskConfig) {
        // Nothing of a visitor's session reaches a file: no vault, no settings, no folder to save
        // into; the endpoint is the one kiosk.ini names.
        options = {QString(), QString(), &clock};
        options.municipality = kioskConfig->endpoint;
        options.kiosk = kioskConfig;
        options.kioskAdminTries = mapje::kioskmode::parseTries(parser.value(triesOption));
    } else {
        options.exportDirectory
            = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/Mapje");
        options.savePlaces = savePlaces();
        // Installed by the municipality (for example /etc/xdg/mapje/gemeente.ini); without it
        // Mapje offers no pairing and never connects to a network.
        options.municipalityConfig = parser.isSet(municipalityOption)
            ? parser.value(municipalityOption)
            : QStandardPaths::locate(
                QStandardPaths::GenericConfigLocation, QStringLiteral("mapje/gemeente.ini"));
    }
    Composition composition(options);
    composition.publish();
    if (kioskConfig) {
        mapje::KioskController *kioskController = composition.kioskController();
        // The next visitor gets a fresh process; only when that fails, a fresh vault in memory.
        kioskController->setEndHook([&app, kioskController] {
            mapje::kioskmode::restart(app.arguments(), kioskController->adminTries());
            kioskController->setEndHook({});
            kioskController->endSession();
        });
        kioskController->setLeaveHook([&app] { app.exit(LeftKioskExitCode); });
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    // The pictures of assets/ drawn without waking every image-format plugin at start.
    AssetSvgProvider::install(engine);
    engine.load(QUrl(QStringLiteral("qrc:/Mapje/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    // The window opens at a size that fits this screen, or exactly at the size asked for.
    const QSize asked = WindowSize::parse(parser.value(sizeOption));
    if (parser.isSet(sizeOption) && asked.isEmpty()) {
        std::puts("Geef de grootte zo: --window-size 360x640");
        return 2;
    }
    if (!asked.isEmpty()) {
        window->resize(asked);
    } else if (kioskConfig) {
        // The whole screen, without a frame or buttons to close it: the admin PIN is the way out.
        window->setFlag(Qt::FramelessWindowHint);
        if (QScreen *screen = window->screen())
            window->setGeometry(screen->geometry()); // also without a window manager
        window->showFullScreen();
    } else if (QScreen *screen = window->screen()) {
        const QRect room = screen->availableGeometry();
        const QSize size = WindowSize::forScreen(room.size());
        QRect geometry(QPoint(), size);
        geometry.moveCenter(room.center());
        window->setGeometry(geometry);
    }
    if (parser.isSet(selfTestOption)) {
        // The line tells a benchmark the moment the first frame is shown, before the quit.
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&app] {
                std::puts("first frame");
                std::fflush(stdout);
                QMetaObject::invokeMethod(&app, &QGuiApplication::quit, Qt::QueuedConnection);
            },
            Qt::SingleShotConnection);
    }
    // Reaching the session bus takes a few milliseconds, and nothing can be due before the vault
    // is opened, which needs the window first: the bus is reached once the first frame is shown.
    if (kioskConfig) {
        // For the journal (and the wipe benchmark): this process is ready for a visitor.
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [] { qInfo("Kiosk: the welcome is ready for the next visitor"); },
            Qt::SingleShotConnection);
        return app.exec(); // no reminders on a kiosk: its sessions have no future moments
    }
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&app, &notifier, &composition] {
            QTimer::singleShot(0, &app, [&notifier, &composition] {
                notifier = std::make_unique<mapje::DbusNotifier>(QDBusConnection::sessionBus());
                composition.remindersController()->setNotifier(notifier.get());
            });
        },
        static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    return app.exec();
}
