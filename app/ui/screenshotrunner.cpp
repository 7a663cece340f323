#include "ui/screenshotrunner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstdio>

#include "core/clock.h"
#include "ui/composition.h"
#include "ui/languagecontroller.h"
#include "ui/vaultcontroller.h"

namespace {
// Lets timers, bindings and layout settle and the busy state pass.
void settle(const VaultController *vault)
{
    QDeadlineTimer deadline(3000);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    } while (vault->busy() && !deadline.hasExpired());
    QDeadlineTimer pause(400);
    while (!pause.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool showPage(QQuickWindow *window, const char *page)
{
    return QMetaObject::invokeMethod(window, "showPage", Q_ARG(QString, QString::fromLatin1(page)));
}
} // namespace

ScreenshotRunner::ScreenshotRunner(QString outputDirectory)
    : m_outputDirectory(std::move(outputDirectory))
{
}

int ScreenshotRunner::run()
{
    if (!QDir().mkpath(m_outputDirectory)) {
        std::fprintf(stderr, "Kan de map %s niet maken.\n", qPrintable(m_outputDirectory));
        return 1;
    }
    const bool ok = shootSize({360, 640}) && shootSize({1920, 1080});
    return ok ? 0 : 1;
}

bool ScreenshotRunner::shootSize(QSize size)
{
    QTemporaryDir data;
    mapje::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc()));
    Composition composition({data.path(), data.filePath(QStringLiteral("settings.ini")), &clock,
        mapje::KdfCost::fastForTests()});
    composition.languageController()->choose(QStringLiteral("nl"));
    composition.publish();

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Mapje/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return false;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return false;
    window->resize(size);
    VaultController *vault = composition.vaultController();
    const QString pin = QStringLiteral("24680");

    settle(vault);
    bool ok = save(window, QStringLiteral("welcome"), size);
    ok = ok && showPage(window, "choosePin");
    settle(vault);
    ok = ok && save(window, QStringLiteral("choose-pin"), size);
    vault->create(pin);
    settle(vault);
    ok = ok && save(window, QStringLiteral("home"), size);
    vault->lock();
    settle(vault);
    ok = ok && save(window, QStringLiteral("unlock"), size);
    vault->unlock(QStringLiteral("13579"));
    settle(vault);
    ok = ok && save(window, QStringLiteral("wrong-pin"), size);
    for (int i = 0; i < 3; ++i) {
        vault->unlock(QStringLiteral("13579"));
        settle(vault);
    }
    ok = ok && save(window, QStringLiteral("wrong-pin-wait"), size);
    ok = ok && showPage(window, "forgotPin");
    settle(vault);
    ok = ok && save(window, QStringLiteral("forgot-pin"), size);
    return ok;
}

bool ScreenshotRunner::save(QQuickWindow *window, const QString &name, QSize size)
{
    const QImage image = window->grabWindow();
    const QString file
        = QDir(m_outputDirectory)
              .filePath(
                  QStringLiteral("%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height()));
    if (image.isNull() || !image.save(file)) {
        std::fprintf(stderr, "Plaatje %s lukte niet.\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}
