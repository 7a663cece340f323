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
#include "ui/boardcontroller.h"
#include "ui/composition.h"
#include "ui/displaysettings.h"
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

// The real Main.qml at the size of the picture; nullptr when it did not load.
QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine, QSize size)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Mapje/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return nullptr;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window)
        window->resize(size);
    return window;
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
    bool ok = true;
    for (const QSize size : {QSize(360, 640), QSize(1920, 1080)}) {
        ok = ok && shootSize(size);
        for (const bool highContrast : {false, true})
            ok = ok && shootBoard(size, highContrast);
        for (const char *language : {"nl", "ar", "uk"})
            ok = ok && shootLanguage(size, QString::fromLatin1(language));
    }
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
    QQuickWindow *window = loadMainWindow(engine, size);
    if (!window)
        return false;
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

bool ScreenshotRunner::shootBoard(QSize size, bool highContrast)
{
    QTemporaryDir data;
    mapje::ManualClock clock(QDateTime(QDate(2026, 9, 14), QTime(10, 0), QTimeZone::utc()));
    Composition composition({data.path(), data.filePath(QStringLiteral("settings.ini")), &clock,
        mapje::KdfCost::fastForTests()});
    composition.languageController()->choose(QStringLiteral("nl"));
    composition.displaySettings()->setHighContrast(highContrast);
    composition.publish();
    VaultController *vault = composition.vaultController();
    BoardController *board = composition.boardController();
    vault->create(QStringLiteral("24680"));
    settle(vault);

    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine, size);
    if (!window)
        return false;
    const QString palette = highContrast ? QStringLiteral("-contrast") : QString();
    const auto shot = [&](const QString &name) {
        settle(vault);
        return save(window, name + palette, size);
    };
    const auto home = [&] { QMetaObject::invokeMethod(window, "showHome"); };

    // The home page before any board is "home" of the vault screens.
    bool ok = true;
    // An earlier board in September, then today's board in November built on it.
    board->startNewBoard(false);
    for (const char *id : {"money", "housing", "mind"})
        board->chooseDomain(QString::fromLatin1(id));
    board->setFeeling(board->citizenId(), QStringLiteral("money"), QStringLiteral("sad"));
    board->setFeeling(board->citizenId(), QStringLiteral("housing"), QStringLiteral("happy"));
    clock.advance(69 * 24 * 3600);
    board->startNewBoard(false);
    ok = ok && showPage(window, "chooseDomains") && shot(QStringLiteral("board-empty"));
    for (const char *id : {"money", "paperwork", "health", "family"})
        board->chooseDomain(QString::fromLatin1(id));
    ok = ok && shot(QStringLiteral("board-choose"));
    home();

    const QString me = board->citizenId();
    board->setFeeling(me, QStringLiteral("money"), QStringLiteral("sad"));
    board->setWish(me, QStringLiteral("money"), QStringLiteral("yes"));
    board->setNote(
        me, QStringLiteral("money"), QStringLiteral("De brieven van de incasso maken me bang."));
    board->setFeeling(me, QStringLiteral("paperwork"), QStringLiteral("unsure"));
    board->setFeeling(me, QStringLiteral("health"), QStringLiteral("happy"));
    board->setWish(me, QStringLiteral("health"), QStringLiteral("no"));
    board->setFeeling(me, QStringLiteral("family"), QStringLiteral("happy"));
    const QString partner = board->addPerspective(QStringLiteral("close"), QStringLiteral("Ahmed"));
    board->setFeeling(partner, QStringLiteral("money"), QStringLiteral("sad"));
    board->setWish(partner, QStringLiteral("money"), QStringLiteral("yes"));
    const QString peer = board->addPerspective(QStringLiteral("peer"), QStringLiteral("Sanne"));
    board->setFeeling(peer, QStringLiteral("paperwork"), QStringLiteral("unsure"));
    board->setNote(
        peer, QStringLiteral("paperwork"), QStringLiteral("Samen de post openen helpt."));
    ok = ok && shot(QStringLiteral("board-filled"));
    ok = ok && showPage(window, "feelings") && shot(QStringLiteral("board-feelings"));
    home();
    board->moveUp(QStringLiteral("paperwork"));
    ok = ok && showPage(window, "order") && shot(QStringLiteral("board-order"));
    home();
    ok = ok && showPage(window, "history") && shot(QStringLiteral("board-history"));
    return ok;
}

bool ScreenshotRunner::shootLanguage(QSize size, const QString &language)
{
    QTemporaryDir data;
    mapje::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc()));
    Composition composition({data.path(), data.filePath(QStringLiteral("settings.ini")), &clock,
        mapje::KdfCost::fastForTests()});
    composition.languageController()->choose(language);
    composition.publish();
    VaultController *vault = composition.vaultController();
    BoardController *board = composition.boardController();
    vault->create(QStringLiteral("24680"));
    settle(vault);
    board->startNewBoard(false);
    for (const char *id : {"money", "paperwork", "family"})
        board->chooseDomain(QString::fromLatin1(id));
    board->setFeeling(board->citizenId(), QStringLiteral("money"), QStringLiteral("sad"));
    board->setWish(board->citizenId(), QStringLiteral("money"), QStringLiteral("yes"));
    board->setFeeling(board->citizenId(), QStringLiteral("family"), QStringLiteral("happy"));

    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine, size);
    if (!window)
        return false;
    const QString prefix = QStringLiteral("language-%1-").arg(language);
    settle(vault);
    bool ok = save(window, prefix + QStringLiteral("board"), size);
    QVariantMap properties {{QStringLiteral("entryId"), QStringLiteral("bijstand")}};
    ok = ok
        && QMetaObject::invokeMethod(window, "showPageWith",
            Q_ARG(QString, QStringLiteral("explanation")), Q_ARG(QVariant, properties));
    settle(vault);
    return ok && save(window, prefix + QStringLiteral("explanation"), size);
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
