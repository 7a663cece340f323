// Prints the board's figures in the real Main.qml, in process and offscreen, next to baselines
// measured in the same run: the first frame of the home page with a full board after unlock (the
// bare home page without a board), the history page with 60 boards, and one board change through
// BoardController (BoardRepository::save of the same board alone), and one change on a
// conversation's board as a grid on a big screen (the same board as one column).
// Not a timed test: it only fails when something does not run at all.
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "benchstats.h"
#include "core/board.h"
#include "core/clock.h"
#include "core/lifedomaincatalogue.h"
#include "storage/boardrepository.h"
#include "ui/board/boardcontroller.h"
#include "ui/composition.h"
#include "ui/conversation/conversationcontroller.h"
#include "ui/settings/languagecontroller.h"
#include "ui/vault/vaultcontroller.h"

using mapje::BoardController;
using mapje::Composition;
using mapje::VaultController;

Q_IMPORT_QML_PLUGIN(MapjePlugin)

namespace {

const QString Pin = QStringLiteral("24680");
constexpr int DomainCount = 14;
constexpr int PerspectiveCount = 4;
constexpr int HistoryBoards = 60;

using benchstats::collectRuns;
using benchstats::milliseconds;
using benchstats::percentile;

void printRow(const char *figure, double value, double baseline, const char *target)
{
    std::printf("%-50s %10.2f ms %10.2f ms %7.2fx   %s\n", figure, value, baseline,
        baseline > 0 ? value / baseline : 0.0, target);
}

/** Waits until the condition holds, letting events run; false after the deadline. */
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

/**
 * Lets animations, timers and pending frames pass, and deletes what was let go of: outside exec()
 * processEvents() never runs deleteLater(), so popped pages would stay alive and keep listening.
 */
void settle(int ms = 300)
{
    QDeadlineTimer pause(ms);
    while (!pause.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

QString typeName(const QObject *object)
{
    return QString::fromLatin1(object->metaObject()->className());
}

/** Every visible item under root, by the visual tree (delegates need not be QObject children). */
void collectVisible(QQuickItem *root, QList<QQuickItem *> &into)
{
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (!child->isVisible())
            continue;
        into << child;
        collectVisible(child, into);
    }
}

/** A visible page (or other item) by its objectName. */
QQuickItem *findVisible(QQuickItem *root, const QString &objectName)
{
    QList<QQuickItem *> items;
    collectVisible(root, items);
    for (QQuickItem *item : std::as_const(items)) {
        if (item->objectName() == objectName)
            return item;
    }
    return nullptr;
}

/** The visible items of a shown page that are laid out (a non-zero size); none without the page. */
std::optional<QList<QQuickItem *>> laidOutItems(QQuickWindow *window, const QString &pageName)
{
    QQuickItem *page = findVisible(window->contentItem(), pageName);
    if (!page)
        return std::nullopt;
    QList<QQuickItem *> items;
    collectVisible(page, items);
    items.removeIf(
        [](const QQuickItem *item) { return item->width() <= 0 || item->height() <= 0; });
    return items;
}

/**
 * Whether the home page draws the whole board: every card and every fiche row is visible and laid
 * out. Checked when a frame was swapped; with the basic render loop the scene graph was
 * synchronised from exactly this item tree.
 */
bool homeDrawsFullBoard(QQuickWindow *window)
{
    const auto items = laidOutItems(window, QStringLiteral("homePage"));
    if (!items)
        return false;
    int cards = 0;
    int fiches = 0;
    for (const QQuickItem *item : *items) {
        if (item->objectName().startsWith(QLatin1String("card_")))
            ++cards;
        else if (typeName(item).startsWith(QLatin1String("FicheRow")))
            ++fiches;
    }
    return cards == DomainCount && fiches == DomainCount * PerspectiveCount;
}

bool homeDrawsNoBoard(QQuickWindow *window)
{
    QQuickItem *home = findVisible(window->contentItem(), QStringLiteral("homePage"));
    if (!home)
        return false;
    const QQuickItem *makeBoard = findVisible(home, QStringLiteral("makeBoardButton"));
    return makeBoard && makeBoard->height() > 0;
}

/**
 * Whether the history page is drawn as far as the window shows it: its cards reach past the
 * bottom of the window, or every board has its card. The page makes the cards below the window
 * after its first frame, so this is what the citizen sees, not every card there is.
 */
bool historyFillsWindow(QQuickWindow *window)
{
    const auto items = laidOutItems(window, QStringLiteral("historyPage"));
    QList<qreal> cardBottoms;
    for (const QQuickItem *item : items.value_or(QList<QQuickItem *>())) {
        if (item->objectName().startsWith(QLatin1String("history_")))
            cardBottoms << item->mapToScene(QPointF(0, item->height())).y();
    }
    return cardBottoms.size() == HistoryBoards
        || std::any_of(cardBottoms.cbegin(), cardBottoms.cend(),
            [window](qreal bottom) { return bottom >= window->height(); });
}

bool anyFrame(QQuickWindow *)
{
    return true;
}

/** A Composition, its vault and the real Main.qml in an offscreen window. */
struct App {
    QTemporaryDir data;
    mapje::ManualClock clock {QDateTime(QDate(2024, 1, 8), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<Composition> composition;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;

    [[nodiscard]] VaultController *vault() const { return composition->vaultController(); }
    [[nodiscard]] BoardController *board() const { return composition->boardController(); }

    bool open()
    {
        composition = std::make_unique<Composition>(
            Composition::Options {data.path(), data.filePath(QStringLiteral("settings.json")),
                &clock, mapje::KdfCost::fastForTests()});
        composition->languageController()->choose(QStringLiteral("nl"));
        composition->publish();
        vault()->createVault(Pin);
        return waitFor([this] { return vault()->stage() == VaultController::Open; });
    }

    bool load()
    {
        engine = std::make_unique<QQmlApplicationEngine>();
        composition->languageController()->setEngine(engine.get());
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->load(QUrl(QStringLiteral("qrc:/Mapje/Main.qml")));
        if (engine->rootObjects().isEmpty())
            return false;
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        if (!window)
            return false;
        window->resize(1920, 1080);
        window->show();
        settle();
        return true;
    }

    /** 14 domains, the citizen and three others, every fiche placed, some with a note. */
    void fillBoard()
    {
        BoardController *b = board();
        b->startNewBoard(false);
        for (const QString &id : mapje::LifeDomainCatalogue::ids())
            b->chooseDomain(id);
        QStringList people {b->citizenId()};
        people << b->addPerspective(QStringLiteral("close"), QStringLiteral("Ahmed"))
               << b->addPerspective(QStringLiteral("professional"), QStringLiteral("Jeroen"))
               << b->addPerspective(QStringLiteral("peer"), QStringLiteral("Sanne"));
        const QStringList feelings {
            QStringLiteral("happy"), QStringLiteral("sad"), QStringLiteral("unsure")};
        const QStringList wishes {
            QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("notYet")};
        int n = 0;
        for (const QString &who : std::as_const(people)) {
            for (const QString &id : mapje::LifeDomainCatalogue::ids()) {
                b->setFeeling(who, id, feelings.at(n % 3));
                b->setWish(who, id, wishes.at((n / 3) % 3));
                if (n % 2)
                    b->setNote(who, id, QStringLiteral("Vraag naar de brief van maart"));
                ++n;
            }
        }
    }

    /**
     * Locks, unlocks, and times from the moment the unlock work is done (busy ends, before the
     * stores connect and the board loads) to the first swapped frame for which drawn() holds.
     */
    double unlockToFrame(const std::function<bool(QQuickWindow *)> &drawn)
    {
        vault()->lock();
        if (!waitFor([this] { return vault()->stage() == VaultController::Locked; }))
            return -1;
        settle();
        QElapsedTimer timer;
        bool started = false;
        double result = -1;
        const auto busy = QObject::connect(vault(), &VaultController::busyChanged, [&] {
            if (!vault()->busy() && !started) {
                started = true;
                timer.start();
            }
        });
        const auto frame = QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [&] {
                if (started && result < 0 && drawn(window))
                    result = milliseconds(timer);
            },
            Qt::DirectConnection);
        vault()->unlock(Pin);
        const bool ok = waitFor([&] { return result >= 0; });
        QObject::disconnect(busy);
        QObject::disconnect(frame);
        settle();
        return ok ? result : -1;
    }

    /** From action() to the first swapped frame for which drawn() holds; -1 when none came. */
    double actionToFrame(
        const std::function<void()> &action, const std::function<bool(QQuickWindow *)> &drawn)
    {
        QElapsedTimer timer;
        double result = -1;
        const auto frame = QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [&] {
                if (result < 0 && drawn(window))
                    result = milliseconds(timer);
            },
            Qt::DirectConnection);
        timer.start();
        action();
        const bool ok = waitFor([&] { return result >= 0; });
        QObject::disconnect(frame);
        return ok ? result : -1;
    }

    /** From showPage(name) to the first swapped frame for which drawn() holds. */
    double pageToFrame(const char *name, const std::function<bool(QQuickWindow *)> &drawn)
    {
        const double result = actionToFrame(
            [&] {
                QMetaObject::invokeMethod(
                    window, "showPage", Q_ARG(QString, QString::fromLatin1(name)));
            },
            drawn);
        settle();
        QMetaObject::invokeMethod(window, "showHome");
        settle();
        return result;
    }
};

/** (a) unlock to the first frame of a full board, against the home page without a board. */
bool benchUnlock(int runs)
{
    std::vector<double> bareTimes;
    {
        App bare;
        if (!bare.open() || !bare.load())
            return false;
        bare.unlockToFrame(homeDrawsNoBoard); // warm-up: the first page load compiles components
        bareTimes = collectRuns(runs, [&] { return bare.unlockToFrame(homeDrawsNoBoard); });
        if (bareTimes.empty())
            return false;
    }

    App full;
    if (!full.open())
        return false;
    full.fillBoard();
    if (!full.load() || !homeDrawsFullBoard(full.window))
        return false;
    full.unlockToFrame(homeDrawsFullBoard);
    const std::vector<double> fullTimes
        = collectRuns(runs, [&] { return full.unlockToFrame(homeDrawsFullBoard); });
    if (fullTimes.empty())
        return false;
    printRow("unlock done -> home page frame, 14 x 4 board (median)", percentile(fullTimes, 0.5),
        percentile(bareTimes, 0.5), "target <= 100 ms (baseline: home without board)");
    return true;
}

/** (b) the history page with 60 boards, and (c) one change through the controller. */
bool benchHistoryAndChange(int runs, int changes)
{
    App app;
    if (!app.open())
        return false;
    app.fillBoard();
    BoardController *board = app.board();
    // The first change timed on a vault with a single board, before the history grows.
    const auto timeChanges = [&](std::vector<double> &controller, std::vector<double> &storage) {
        const QString me = board->citizenId();
        const QStringList ids = mapje::LifeDomainCatalogue::ids();
        const QStringList feelings {
            QStringLiteral("happy"), QStringLiteral("sad"), QStringLiteral("unsure")};
        mapje::BoardRepository repository(*app.composition->vault());
        for (int i = 0; i < changes; ++i) {
            const QString domain = ids.at(i % ids.size());
            const QString feeling = feelings.at((i + 1) % 3);
            QElapsedTimer timer;
            timer.start();
            board->setFeeling(me, domain, feeling);
            controller.push_back(milliseconds(timer));
        }
        // The storage alone: the same board, one fiche changed, saved by a repository.
        mapje::Board copy = *board->board();
        for (int i = 0; i < changes; ++i) {
            const QString domain = ids.at(i % ids.size());
            mapje::Placement placement = *copy.placement(me, domain);
            placement.setFeeling(mapje::Placement::Feeling((i + 2) % 3));
            (void)copy.place(placement);
            QElapsedTimer timer;
            timer.start();
            if (!repository.save(copy))
                return false;
            storage.push_back(milliseconds(timer));
        }
        settle(50);
        return !board->unsaved();
    };

    if (!app.load())
        return false;
    std::vector<double> oneController, oneStorage;
    if (!timeChanges(oneController, oneStorage))
        return false;

    // 60 boards, each a copy of the one before, two weeks apart: the history of a long road.
    app.window->hide();
    for (int i = 1; i < HistoryBoards; ++i) {
        app.clock.advance(14 * 24 * 3600);
        board->startNewBoard(true);
    }
    app.window->show();
    settle();
    if (board->history()->rowCount() != HistoryBoards)
        return false;
    app.pageToFrame("history", historyFillsWindow);
    const std::vector<double> history
        = collectRuns(runs, [&] { return app.pageToFrame("history", historyFillsWindow); });
    if (history.empty())
        return false;
    // The bare cost of any page push, for comparison: the order page of the same board.
    app.pageToFrame("order", anyFrame);
    const std::vector<double> order
        = collectRuns(runs, [&] { return app.pageToFrame("order", anyFrame); });
    if (order.empty())
        return false;

    std::vector<double> manyController, manyStorage;
    if (!timeChanges(manyController, manyStorage))
        return false;

    const QByteArray historyFigure
        = QStringLiteral("showPage(history), %1 boards -> frame (median)")
              .arg(HistoryBoards)
              .toUtf8();
    printRow(historyFigure.constData(), percentile(history, 0.5), percentile(order, 0.5),
        "target <= 100 ms (baseline: showPage(order))");
    printRow("setFeeling, home shown, 1 board, p50", percentile(oneController, 0.5),
        percentile(oneStorage, 0.5), "(baseline: BoardRepository::save)");
    printRow("setFeeling, home shown, 1 board, p95", percentile(oneController, 0.95),
        percentile(oneStorage, 0.95), "target <= 5 ms");
    const QByteArray manyFigure50
        = QStringLiteral("setFeeling, home shown, %1 boards, p50").arg(HistoryBoards).toUtf8();
    const QByteArray manyFigure95
        = QStringLiteral("setFeeling, home shown, %1 boards, p95").arg(HistoryBoards).toUtf8();
    printRow(manyFigure50.constData(), percentile(manyController, 0.5),
        percentile(manyStorage, 0.5), "(baseline: BoardRepository::save)");
    printRow(manyFigure95.constData(), percentile(manyController, 0.95),
        percentile(manyStorage, 0.95), "target <= 5 ms");
    return true;
}

/**
 * (d) A conversation's board shared at a table: 14 domains x 4 people as a grid of cards at
 * 1920x1080, one fiche changed under "Wie vertelt nu?" to the next frame, against the same
 * board as one column (the phone layout, the window below 1024 pixels wide).
 */
bool benchConversationBoard(int changes)
{
    App app;
    if (!app.open())
        return false;
    app.fillBoard();
    mapje::ConversationController *conversation = app.composition->conversationController();
    if (!conversation->start(false))
        return false;
    // The people on her board join as they are (the same perspectives, not new ones).
    for (const auto &[role, name] : {std::pair {"close", "Ahmed"},
             std::pair {"professional", "Jeroen"}, std::pair {"peer", "Sanne"}})
        conversation->addPerson(QString::fromLatin1(role), QString::fromLatin1(name));
    if (conversation->people().size() != PerspectiveCount
        || app.board()->board()->perspectives().size() != PerspectiveCount)
        return false;
    if (!app.load())
        return false;
    QMetaObject::invokeMethod(
        app.window, "showPage", Q_ARG(QString, QStringLiteral("conversation")));
    settle();
    const auto cardsShown = [&app] {
        const auto items = laidOutItems(app.window, QStringLiteral("conversationPage"));
        return int(std::count_if(items.value_or(QList<QQuickItem *>()).cbegin(),
            items.value_or(QList<QQuickItem *>()).cend(), [](const QQuickItem *item) {
                return item->objectName().startsWith(QLatin1String("conversationCard_"));
            }));
    };
    if (cardsShown() == 0)
        return false;
    const QStringList ids = mapje::LifeDomainCatalogue::ids();
    const QStringList feelings {
        QStringLiteral("happy"), QStringLiteral("sad"), QStringLiteral("unsure")};
    int n = 0;
    const auto timeChanges = [&](std::vector<double> &times) {
        for (int i = 0; i < changes; ++i, ++n) {
            const QVariantList people = conversation->people();
            conversation->setSpeaker(
                people.at(n % people.size()).toMap().value(QStringLiteral("id")).toString());
            const QString domain = ids.at(n % ids.size());
            const QString feeling = feelings.at((n / ids.size() + 1) % 3);
            const double ms
                = app.actionToFrame([&] { conversation->setFeeling(domain, feeling); }, anyFrame);
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (ms < 0)
                return false;
            times.push_back(ms);
        }
        return true;
    };
    std::vector<double> grid, column;
    if (!timeChanges(grid))
        return false;
    const QVariant columns
        = findVisible(app.window->contentItem(), QStringLiteral("conversationGrid"))
              ->property("columns");
    app.window->resize(800, 1080);
    settle();
    if (!timeChanges(column))
        return false;
    const QByteArray figure = QStringLiteral("conversation board %1 columns, change -> frame, p95")
                                  .arg(columns.toInt())
                                  .toUtf8();
    printRow(figure.constData(), percentile(grid, 0.95), percentile(column, 0.95),
        "target <= 16 ms (baseline: one column)");
    printRow("conversation board, change -> frame, p50", percentile(grid, 0.5),
        percentile(column, 0.5), "(baseline: one column)");
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // One render loop on the GUI thread: a swapped frame shows exactly the item tree of that
    // moment.
    qputenv("QSG_RENDER_LOOP", "basic");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 2 : 15;
    const int changes = quick ? 2 : 200;

    std::printf("Mapje board UI benchmark%s (in process, offscreen, real Main.qml at 1920x1080)\n",
        quick ? " - quick mode, figures are rough" : "");
    std::printf("%-50s %13s %13s %8s\n", "figure", "mapje", "baseline", "ratio");
    std::fflush(stdout);
    bool ok = benchUnlock(runs);
    std::fflush(stdout);
    ok = ok && benchHistoryAndChange(runs, changes);
    std::fflush(stdout);
    ok = ok && benchConversationBoard(quick ? 3 : 200);
    if (!ok)
        std::printf("A benchmark could not run.\n");
    return ok ? 0 : 1;
}
