#include "screenshots/screenshotrunner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstdio>
#include <memory>

#include "core/clock.h"
#include "ui/appointments/appointmentscontroller.h"
#include "ui/board/boardcontroller.h"
#include "ui/checkins/checkinscontroller.h"
#include "ui/composition.h"
#include "ui/conversation/conversationcontroller.h"
#include "ui/goals/goalscontroller.h"
#include "ui/reminders/reminderscontroller.h"
#include "ui/settings/displaysettings.h"
#include "ui/settings/languagecontroller.h"
#include "ui/summary/summarycontroller.h"
#include "ui/vault/vaultcontroller.h"

namespace mapje {

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

bool showPageWith(QQuickWindow *window, const char *page, const QVariantMap &properties)
{
    return QMetaObject::invokeMethod(window, "showPageWith",
        Q_ARG(QString, QString::fromLatin1(page)), Q_ARG(QVariant, QVariant(properties)));
}

// Presses a button of the page on top, as a tap would.
bool press(QQuickWindow *window, const char *objectName)
{
    const auto stack = window->findChild<QObject *>(QStringLiteral("pageStack"));
    const QVariant current = stack ? stack->property("currentItem") : QVariant();
    auto *page = current.value<QObject *>();
    QObject *button = page ? page->findChild<QObject *>(QString::fromLatin1(objectName)) : nullptr;
    return button && QMetaObject::invokeMethod(button, "clicked");
}

// A vault made and opened in Dutch on an Amsterdam wall clock, Monday 23 November 2026, 9:00:
// where the screens of goals, moments, reminders, the mapje and appointments are shot.
struct PlanScene {
    QTemporaryDir data;
    ManualClock clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc())};
    std::unique_ptr<Composition> composition;

    PlanScene()
    {
        Composition::Options options {data.path(), data.filePath(QStringLiteral("settings.json")),
            &clock, KdfCost::fastForTests()};
        options.timeZone = QTimeZone("Europe/Amsterdam");
        options.exportDirectory = data.filePath(QStringLiteral("export"));
        composition = std::make_unique<Composition>(options);
        composition->languageController()->choose(QStringLiteral("nl"));
        composition->publish();
        composition->vaultController()->createVault(QStringLiteral("24680"));
        settle(composition->vaultController());
    }

    /** Today's board: money (sad, wants change), post and regels, health. */
    void startBoard() const
    {
        BoardController *board = composition->boardController();
        board->startNewBoard(false);
        for (const char *id : {"money", "paperwork", "health"})
            board->chooseDomain(QString::fromLatin1(id));
        board->setFeeling(board->citizenId(), QStringLiteral("money"), QStringLiteral("sad"));
        board->setWish(board->citizenId(), QStringLiteral("money"), QStringLiteral("yes"));
    }
};
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
        ok = ok && shootPlans(size);
        ok = ok && shootMapje(size);
        ok = ok && shootAppointment(size);
    }
    // A conversation is also held on a laptop between the people at a table.
    for (const QSize size : {QSize(360, 640), QSize(1280, 800), QSize(1920, 1080)})
        ok = ok && shootConversation(size);
    return ok ? 0 : 1;
}

bool ScreenshotRunner::shootSize(QSize size)
{
    QTemporaryDir data;
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc()));
    Composition composition({data.path(), data.filePath(QStringLiteral("settings.json")), &clock,
        KdfCost::fastForTests()});
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
    vault->createVault(pin);
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
    ManualClock clock(QDateTime(QDate(2026, 9, 14), QTime(10, 0), QTimeZone::utc()));
    Composition composition({data.path(), data.filePath(QStringLiteral("settings.json")), &clock,
        KdfCost::fastForTests()});
    composition.languageController()->choose(QStringLiteral("nl"));
    composition.displaySettings()->setHighContrast(highContrast);
    composition.publish();
    VaultController *vault = composition.vaultController();
    BoardController *board = composition.boardController();
    vault->createVault(QStringLiteral("24680"));
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
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc()));
    Composition composition({data.path(), data.filePath(QStringLiteral("settings.json")), &clock,
        KdfCost::fastForTests()});
    composition.languageController()->choose(language);
    composition.publish();
    VaultController *vault = composition.vaultController();
    BoardController *board = composition.boardController();
    vault->createVault(QStringLiteral("24680"));
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

bool ScreenshotRunner::shootConversation(QSize size)
{
    PlanScene scene;
    Composition &composition = *scene.composition;
    VaultController *vault = composition.vaultController();
    ConversationController *conversation = composition.conversationController();
    scene.startBoard();

    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine, size);
    if (!window)
        return false;
    const auto shot = [&](const QString &name) {
        settle(vault);
        return save(window, name, size);
    };
    const auto home = [&] { QMetaObject::invokeMethod(window, "showHome"); };

    bool ok = showPage(window, "conversationStart") && shot(QStringLiteral("conversation-begin"));
    home();
    ok = ok && conversation->start(false);
    const QString sanne = conversation->addPerson(QStringLiteral("peer"), QStringLiteral("Sanne"));
    const QString pro = conversation->addPerson(QStringLiteral("professional"), {});
    ok = ok && showPage(window, "conversationStart") && shot(QStringLiteral("conversation-who"));
    ok = ok && press(window, "nextButton") && shot(QStringLiteral("conversation-rules"));
    home();

    // Three people on three leefgebieden, and Sanne's own experience.
    conversation->setSpeaker(sanne);
    conversation->setFeeling(QStringLiteral("money"), QStringLiteral("unsure"));
    conversation->setNote(
        QStringLiteral("money"), QStringLiteral("Een vaste dag voor de post helpt."));
    conversation->setFeeling(QStringLiteral("health"), QStringLiteral("happy"));
    conversation->addExperience(
        QStringLiteral("money"), QStringLiteral("Mij hielp een map met vakjes per maand."));
    conversation->setSpeaker(pro);
    conversation->setFeeling(QStringLiteral("paperwork"), QStringLiteral("unsure"));
    conversation->setWish(QStringLiteral("paperwork"), QStringLiteral("yes"));
    conversation->setSpeaker(composition.boardController()->citizenId());
    ok = ok && showPage(window, "conversation") && shot(QStringLiteral("conversation-board"));
    conversation->setTurned(true);
    ok = ok && shot(QStringLiteral("conversation-turned"));
    conversation->setTurned(false);
    conversation->setPaused(true);
    ok = ok && shot(QStringLiteral("conversation-pause"));
    conversation->setPaused(false);
    home();
    ok = ok
        && showPageWith(
            window, "conversationDomain", {{QStringLiteral("domainKey"), QStringLiteral("money")}})
        && shot(QStringLiteral("conversation-domain"));
    home();
    ok = ok && showPage(window, "conversationCards") && shot(QStringLiteral("conversation-card"));
    home();
    ok = ok && showPage(window, "conversationLargePrint")
        && shot(QStringLiteral("conversation-largeprint"));
    home();
    ok = ok && showPage(window, "conversationClosing")
        && shot(QStringLiteral("conversation-closing"));
    home();
    for (int i = 0; i < conversation->closingItems().size(); ++i)
        conversation->decide(i, i != 1);
    conversation->addAgreement(QStringLiteral("money"),
        QStringLiteral("Elke week mijn post openen"), QStringLiteral("Een vaste dag kiezen"), sanne,
        QStringLiteral("2026-12-21"));
    ok = ok && showPage(window, "conversationClosing")
        && shot(QStringLiteral("conversation-agreements"));
    home();
    conversation->addMoment();
    ok = ok && conversation->close();
    ok = ok && showPage(window, "conversationSummary")
        && shot(QStringLiteral("conversation-summary"));
    home();
    ok = ok && showPage(window, "pastConversations") && shot(QStringLiteral("conversation-past"));
    home();
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

bool ScreenshotRunner::shootPlans(QSize size)
{
    PlanScene scene;
    ManualClock &clock = scene.clock;
    Composition &composition = *scene.composition;
    VaultController *vault = composition.vaultController();
    BoardController *board = composition.boardController();
    GoalsController *goals = composition.goalsController();
    CheckInsController *checkIns = composition.checkInsController();
    scene.startBoard();
    const QString goal = goals->addGoal(
        QStringLiteral("money"), QStringLiteral("Ik wil mijn post elke week openen."));
    goals->open(goal);
    goals->setByWhen(QStringLiteral("2027-01-31"));
    goals->setWhoHelps(QStringLiteral("Sanne van het wijkteam"));
    goals->toggleStep(goals->addStep(QStringLiteral("Een map kopen voor de brieven")));
    goals->setStepRemindOn(
        goals->addStep(QStringLiteral("Op maandag de post openen")), QStringLiteral("2026-11-30"));
    goals->addStep(QStringLiteral("Samen met Sanne de brieven sorteren"));
    clock.advance(60); // goals are shown in the order they were written
    const QString walking = goals->addGoal(
        QStringLiteral("health"), QStringLiteral("Weer elke dag een stukje wandelen."));
    goals->open(walking);
    goals->setState(QStringLiteral("reached"));
    const QString checkIn = checkIns->addCheckIn();
    checkIns->setTime(QStringLiteral("11:00"));
    checkIns->setWithWhom(QStringLiteral("Sanne, ervaringswerker"));
    checkIns->setWhere(QStringLiteral("Buurthuis De Eik"));

    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine, size);
    if (!window)
        return false;
    const auto shot = [&](const QString &name) {
        settle(vault);
        return save(window, name, size);
    };
    const auto home = [&] { QMetaObject::invokeMethod(window, "showHome"); };

    bool ok = showPage(window, "goals") && shot(QStringLiteral("goals"));
    home();
    ok = ok && showPageWith(window, "goal", {{QStringLiteral("goalId"), goal}})
        && shot(QStringLiteral("goal"));
    home();
    ok = ok && showPage(window, "checkIns") && shot(QStringLiteral("checkins"));
    home();
    ok = ok && showPageWith(window, "checkIn", {{QStringLiteral("checkInId"), checkIn}})
        && shot(QStringLiteral("checkin"));
    home();

    // Sunday 10:00: the day-before reminder is there; the one for the step comes on Monday.
    clock.set(QDateTime(QDate(2026, 11, 29), QTime(9, 0), QTimeZone::utc()));
    composition.remindersController()->checkNow();
    ok = ok && showPage(window, "reminders") && shot(QStringLiteral("reminders"));
    home();
    ok = ok && showPage(window, "calendar") && shot(QStringLiteral("calendar"));
    home();

    // Monday after the moment: looking back together.
    clock.set(QDateTime(QDate(2026, 11, 30), QTime(11, 0), QTimeZone::utc()));
    checkIns->refresh();
    ok = ok && shot(QStringLiteral("checkin-due"));
    checkIns->open(checkIn);
    checkIns->setWhatChanged(
        QStringLiteral("Ik open mijn post nu samen met Sanne. Dat geeft rust."));
    ok = ok && showPageWith(window, "checkInFlow", {{QStringLiteral("checkInId"), checkIn}})
        && shot(QStringLiteral("checkin-flow"));
    board->startNewBoard(true);
    ok = ok && press(window, "nextButton") && press(window, "nextButton")
        && shot(QStringLiteral("checkin-flow-goals"));
    ok = ok && press(window, "nextButton");
    home();
    ok = ok && showPage(window, "timeline") && shot(QStringLiteral("timeline"));
    return ok;
}

bool ScreenshotRunner::shootMapje(QSize size)
{
    PlanScene scene;
    Composition &composition = *scene.composition;
    VaultController *vault = composition.vaultController();
    BoardController *board = composition.boardController();
    GoalsController *goals = composition.goalsController();
    SummaryController *summary = composition.summaryController();
    scene.startBoard();
    const QString me = board->citizenId();
    board->setNote(
        me, QStringLiteral("money"), QStringLiteral("De brieven van de incasso maken me bang."));
    board->setFeeling(me, QStringLiteral("paperwork"), QStringLiteral("unsure"));
    board->setFeeling(me, QStringLiteral("health"), QStringLiteral("happy"));
    const QString partner = board->addPerspective(QStringLiteral("close"), QStringLiteral("Ahmed"));
    board->setFeeling(partner, QStringLiteral("money"), QStringLiteral("sad"));
    board->setNote(partner, QStringLiteral("money"), QStringLiteral("Samen openen we de post."));
    goals->addGoal(QStringLiteral("money"), QStringLiteral("Ik wil mijn post elke week openen."));
    goals->toggleStep(goals->addStep(QStringLiteral("Een map kopen voor de brieven")));
    goals->addStep(QStringLiteral("Op maandag de post openen"));
    summary->refresh();
    summary->setIncluded(QStringLiteral("view:%1:money").arg(partner), true);
    summary->setOwnerName(QStringLiteral("Fatima"));

    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine, size);
    if (!window)
        return false;
    const auto shot = [&](const QString &name) {
        settle(vault);
        return save(window, name, size);
    };
    const auto home = [&] { QMetaObject::invokeMethod(window, "showHome"); };
    bool ok = showPage(window, "summary") && shot(QStringLiteral("mapje-compose"));
    home();
    ok = ok && showPage(window, "show") && shot(QStringLiteral("mapje-show"));
    ok = ok && press(window, "nextButton") && shot(QStringLiteral("mapje-show-next"));
    home();
    ok = ok && showPage(window, "preview") && shot(QStringLiteral("mapje-preview"));
    home();
    return ok;
}

bool ScreenshotRunner::shootAppointment(QSize size)
{
    PlanScene scene;
    ManualClock &clock = scene.clock;
    Composition &composition = *scene.composition;
    VaultController *vault = composition.vaultController();
    AppointmentsController *appointments = composition.appointmentsController();
    composition.boardController()->startNewBoard(false);
    composition.boardController()->chooseDomain(QStringLiteral("money"));

    const QString id = appointments->addAppointment();
    appointments->setDate(QStringLiteral("2026-11-26"));
    appointments->setTime(QStringLiteral("14:30"));
    appointments->setWhere(QStringLiteral("Stadhuis, balie 3"));
    appointments->setWithWhom(QStringLiteral("Mevrouw Jansen, klantmanager"));
    (void)appointments->addQuestion(QStringLiteral("Waarom is mijn uitkering lager deze maand?"));
    (void)appointments->pickSuggestion(QStringLiteral("onPaper"));
    (void)appointments->pickSuggestion(QStringLiteral("whenHear"));
    appointments->setPacked(QStringLiteral("id"), true);
    appointments->setPacked(QStringLiteral("bankStatements"), true);
    appointments->setWantThemToKnow(
        QStringLiteral("Ik werk nu twee dagen per week. Dat is spannend voor mij."));
    appointments->setComesWithMe(QStringLiteral("Mijn zus Noor"));

    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine, size);
    if (!window)
        return false;
    const auto shot = [&](const QString &name) {
        settle(vault);
        return save(window, name, size);
    };
    const auto home = [&] { QMetaObject::invokeMethod(window, "showHome"); };
    const QVariantMap which {{QStringLiteral("appointmentId"), id}};
    bool ok = showPage(window, "appointments") && shot(QStringLiteral("appointments"));
    home();
    ok = ok && showPageWith(window, "appointment", which)
        && shot(QStringLiteral("appointment-when"));
    ok = ok && press(window, "nextButton") && press(window, "nextButton")
        && shot(QStringLiteral("appointment-questions"));
    ok = ok && press(window, "nextButton") && shot(QStringLiteral("appointment-bring"));
    home();
    ok = ok && showPage(window, "rights") && shot(QStringLiteral("rights"));
    home();
    // Afterwards: what was agreed.
    clock.set(QDateTime(QDate(2026, 11, 26), QTime(15, 0), QTimeZone::utc()));
    appointments->open(id);
    appointments->setAgreed(QStringLiteral(
        "Ik stuur mijn loonstroken op. Over twee weken hoor ik of mijn uitkering goed is."));
    ok = ok && showPageWith(window, "appointmentAfter", which)
        && shot(QStringLiteral("appointment-after"));
    home();
    return ok;
}

} // namespace mapje
