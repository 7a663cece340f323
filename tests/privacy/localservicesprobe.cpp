// The two local services Mapje talks to, driven through the real code, for no_network.py: "Lees
// voor" through a real Composition's ReadAloudController on the real speechd plugin (the QML tests
// fake the engine), and a desktop notification through the real DbusNotifier on the session bus
// (the QML tests fake the notifier). Whether a voice or a notification service is there does not
// matter: the test only looks at which sockets this opened. Every wait is bounded; prints what
// happened and "probe done", and exits 0.
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>

#include "core/clock.h"
#include "reminders/dbusnotifier.h"
#include "storage/kdfcost.h"
#include "ui/composition.h"
#include "ui/settings/readaloudcontroller.h"

namespace {
/** Runs the event loop until done() holds or the time is up; true when done() held. */
template<typename Done> bool waitFor(Done done, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return done();
}

void say(const char *line)
{
    std::puts(line);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Mapje"));
    QGuiApplication::setOrganizationName(QStringLiteral("Mapje"));
    QTemporaryDir dir;
    if (!dir.isValid()) {
        say("probe: no temporary folder");
        return 1;
    }

    const mapje::SystemClock clock;
    mapje::DbusNotifier notifier(QDBusConnection::sessionBus());
    mapje::Composition::Options options {dir.path(), dir.filePath(QStringLiteral("settings.json")),
        &clock, mapje::KdfCost::fastForTests()};
    options.exportDirectory = dir.filePath(QStringLiteral("export"));
    options.notifier = &notifier;
    {
        mapje::Composition composition(options);
        mapje::ReadAloudController *readAloud = composition.readAloudController();
        bool refused = false;
        QObject::connect(
            readAloud, &mapje::ReadAloudController::refused, [&refused] { refused = true; });

        // "Lees voor": starts speechd (its client library spawns the daemon if it is not there).
        // The text waits while the engine starts, and is read once there is a voice.
        readAloud->prepare();
        readAloud->say(QStringLiteral("Dit is Mapje. Alles blijft op dit apparaat."));
        const bool answered = waitFor([&] { return refused || readAloud->available(); }, 15000);
        if (readAloud->available())
            waitFor([&] { return !readAloud->speaking(); }, 8000);
        readAloud->stop();
        std::printf("read aloud: %s, %s, %s\n", answered ? "engine answered" : "no answer in time",
            readAloud->available() ? "a voice" : "no voice", refused ? "refused" : "not refused");

        // A reminder as a desktop notification, and withdrawn again.
        const bool shown = notifier.show(QStringLiteral("privacy-probe"), QStringLiteral("Mapje"),
            QStringLiteral("Je hebt een afspraak."));
        notifier.withdraw(QStringLiteral("privacy-probe"));
        std::printf("notification: %s, %s\n",
            notifier.isAvailable() ? "service there" : "no service", shown ? "shown" : "not shown");
        std::fflush(stdout);
    }
    say("probe done");
    return 0;
}
