// The citizen's side of the staff page's browser test (tests/staffweb): the real app without its
// screen. A Composition (the same one app/main.cpp makes) on a fresh folder with a real vault, set
// up for the municipality at --endpoint; the test types commands on standard input, one a line,
// and reads one JSON object a line back. Every command goes through the controllers the app's
// pages use (Board, Goals, Sync), so what reaches the endpoint is what the app sends.
//
//   pair CODE                 the code her klantmanager gave ("Koppel")
//   share-board               a board (Wonen and Geld, her face, wish and words), "Ja, deel dit"
//   share-goal TEXT           a goal in her own words on Geld with one step, "Ja, deel dit"
//   sync                      "Nu versturen en ophalen"; the proposals as the app words them
//   accept-first-proposal     "Zet in mijn afspraken" on the first proposal not yet taken over
//   cannot-come MESSAGE       "Ik kan niet komen" on the appointment she took over
//   withdraw-goal             "Haal terug" on the shared goal
//   status                    paired or not, and what the app says about it
//   quit
//
// Each answer has "command" and "ok"; when ok is false, "error" says why. Every wait is bounded.

#include "core/clock.h"
#include "storage/kdfcost.h"
#include "sync/engine/syncengine.h"
#include "ui/appointments/appointmentscontroller.h"
#include "ui/board/boardcontroller.h"
#include "ui/composition.h"
#include "ui/goals/goalscontroller.h"
#include "ui/settings/languagecontroller.h"
#include "ui/sync/synccontroller.h"
#include "ui/vault/vaultcontroller.h"

#include <QAbstractItemModel>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

using mapje::Composition;
using mapje::SyncEngine;

namespace {

constexpr int WaitMs = 20000;

// Runs the event loop until ready() or the time is up; never waits without end.
bool waitFor(const std::function<bool()> &ready, int milliseconds = WaitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!ready()) {
        if (timer.elapsed() > milliseconds)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// "Nu versturen en ophalen", then wait until the engine has nothing on its way.
bool settle(SyncEngine &engine)
{
    bool idle = false;
    QEventLoop loop;
    const auto connection = QObject::connect(&engine, &SyncEngine::idle, &loop, [&] {
        if (engine.isIdle()) {
            idle = true;
            loop.quit();
        }
    });
    QTimer::singleShot(WaitMs, &loop, &QEventLoop::quit);
    engine.sendWaitingNow();
    if (!idle && !engine.isIdle())
        loop.exec();
    else
        idle = true;
    QObject::disconnect(connection);
    return idle;
}

// A model's rows as the app's pages read them: one object a row, by role name.
QJsonArray rowsOf(const QAbstractItemModel *model)
{
    QJsonArray rows;
    const auto roles = model->roleNames();
    for (int row = 0; row < model->rowCount(); ++row) {
        QJsonObject object;
        for (auto role = roles.cbegin(); role != roles.cend(); ++role)
            object.insert(QString::fromUtf8(role.value()),
                QJsonValue::fromVariant(model->data(model->index(row, 0), role.key())));
        rows.append(object);
    }
    return rows;
}

// An enum of the engine by its name in the code ("Paired", "Shared"), for the test to compare.
template<typename Enum> QString nameOf(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(static_cast<int>(value)));
}

class Citizen {
public:
    explicit Citizen(Composition &app) : m_app(app) { }

    QJsonObject run(const QString &command, const QString &argument)
    {
        using Step = std::function<QJsonObject(Citizen *, const QString &)>;
        static const QHash<QString, Step> steps {
            {QStringLiteral("pair"), &Citizen::pair},
            {QStringLiteral("share-board"),
                [](Citizen *c, const QString &) { return c->shareBoard(); }},
            {QStringLiteral("share-goal"), &Citizen::shareGoal},
            {QStringLiteral("sync"), [](Citizen *c, const QString &) { return c->syncNow(); }},
            {QStringLiteral("accept-first-proposal"),
                [](Citizen *c, const QString &) { return c->acceptFirstProposal(); }},
            {QStringLiteral("cannot-come"), &Citizen::cannotCome},
            {QStringLiteral("withdraw-goal"),
                [](Citizen *c, const QString &) { return c->withdrawGoal(); }},
            {QStringLiteral("status"), [](Citizen *c, const QString &) { return c->status(); }},
        };
        const auto found = steps.constFind(command);
        return found == steps.cend() ? failed(QStringLiteral("unknown command"))
                                     : (*found)(this, argument);
    }

private:
    SyncEngine &engine() const { return *m_app.syncEngine(); }
    mapje::SyncController &controller() const { return *m_app.syncController(); }

    static QJsonObject failed(const QString &why)
    {
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), why}};
    }

    QJsonObject status() const
    {
        const auto pairing = engine().pairing();
        return {{QStringLiteral("ok"), true}, {QStringLiteral("paired"), engine().isPaired()},
            {QStringLiteral("pairingId"), pairing ? pairing->pairingId : QString()},
            {QStringLiteral("endedByMunicipality"), engine().wasEndedByMunicipality()},
            {QStringLiteral("pairedText"), controller().pairedText()},
            {QStringLiteral("overview"), controller().overview()}};
    }

    QJsonObject pair(const QString &code)
    {
        std::optional<SyncEngine::PairingOutcome> outcome;
        const auto connection = QObject::connect(&engine(), &SyncEngine::pairingFinished,
            [&](SyncEngine::PairingOutcome how) { outcome = how; });
        controller().pair(code);
        const bool ended = waitFor([&] { return outcome.has_value(); });
        QObject::disconnect(connection);
        if (!ended)
            return failed(QStringLiteral("pairing did not end within 20 s"));
        QJsonObject answer = status();
        answer.insert(QStringLiteral("outcome"), nameOf(*outcome));
        answer.insert(QStringLiteral("message"), controller().pairingMessage());
        answer.insert(QStringLiteral("ok"), *outcome == SyncEngine::PairingOutcome::Paired);
        if (!settle(engine()))
            return failed(QStringLiteral("the engine did not settle after pairing"));
        return answer;
    }

    // Her board: Wonen and Geld chosen, a face, a wish and her own words on Wonen.
    void makeBoard()
    {
        mapje::BoardController &board = *m_app.boardController();
        if (!board.hasBoard())
            board.startNewBoard(false);
        const QString me = board.citizenId();
        for (const QString domain : {QStringLiteral("housing"), QStringLiteral("money")}) {
            if (!board.isChosen(domain))
                board.chooseDomain(domain);
        }
        board.setFeeling(me, QStringLiteral("housing"), QStringLiteral("sad"));
        board.setWish(me, QStringLiteral("housing"), QStringLiteral("yes"));
        board.setNote(me, QStringLiteral("housing"), QStringLiteral("De verwarming doet het niet"));
        board.setFeeling(me, QStringLiteral("money"), QStringLiteral("unsure"));
    }

    // "Ja, deel dit" on one item, after reading the preview; waits until the endpoint has it.
    QJsonObject shareItem(const QString &kind, const QString &itemId)
    {
        const QStringList preview = controller().preview(kind, itemId, false);
        if (preview.isEmpty())
            return failed(QStringLiteral("nothing to share: the preview is empty"));
        controller().share(kind, itemId, false);
        if (!settle(engine()))
            return failed(QStringLiteral("the engine did not settle after sharing"));
        const QVariantMap itemStatus = controller().itemStatus(kind, itemId);
        const QString shareId = itemStatus.value(QStringLiteral("shareId")).toString();
        const QString state = shareId.isEmpty() ? QString() : nameOf(engine().stateOf(shareId));
        return {{QStringLiteral("ok"), state == QLatin1String("Shared")},
            {QStringLiteral("error"),
                state == QLatin1String("Shared") ? QString()
                                                 : QStringLiteral("not shared: ") + state},
            {QStringLiteral("itemId"), itemId}, {QStringLiteral("shareId"), shareId},
            {QStringLiteral("state"), state},
            {QStringLiteral("stateText"), itemStatus.value(QStringLiteral("stateText")).toString()},
            {QStringLiteral("preview"), QJsonArray::fromStringList(preview)}};
    }

    QJsonObject shareBoard()
    {
        makeBoard();
        const QString boardId = m_app.boardController()->board()->id();
        return shareItem(QStringLiteral("board"), boardId);
    }

    QJsonObject shareGoal(const QString &words)
    {
        if (!m_app.boardController()->hasBoard()
            || !m_app.boardController()->isChosen(QStringLiteral("money")))
            makeBoard();
        mapje::GoalsController &goals = *m_app.goalsController();
        const QString goalId = goals.addGoal(QStringLiteral("money"), words);
        if (goalId.isEmpty())
            return failed(QStringLiteral("the goal was not made"));
        goals.open(goalId);
        (void)goals.addStep(QStringLiteral("Een vaste dag kiezen om rekeningen te betalen"));
        goals.close();
        m_goalId = goalId;
        return shareItem(QStringLiteral("goal"), goalId);
    }

    QJsonObject proposals() const
    {
        return {{QStringLiteral("ok"), true},
            {QStringLiteral("proposals"), rowsOf(controller().proposals())},
            {QStringLiteral("paired"), engine().isPaired()},
            {QStringLiteral("pairedText"), controller().pairedText()}};
    }

    QJsonObject syncNow()
    {
        if (!settle(engine()))
            return failed(QStringLiteral("the engine did not settle"));
        return proposals();
    }

    QJsonObject acceptFirstProposal()
    {
        if (!settle(engine()))
            return failed(QStringLiteral("the engine did not settle"));
        const QJsonArray rows = rowsOf(controller().proposals());
        for (const QJsonValue &row : rows) {
            const QJsonObject proposal = row.toObject();
            if (!proposal.value(QStringLiteral("canAccept")).toBool())
                continue;
            const QString id = proposal.value(QStringLiteral("proposalId")).toString();
            controller().acceptProposal(id);
            if (!settle(engine()))
                return failed(QStringLiteral("the engine did not settle after accepting"));
            m_acceptedId = id;
            QJsonObject answer = proposals();
            answer.insert(QStringLiteral("accepted"), id);
            answer.insert(
                QStringLiteral("appointments"), rowsOf(m_app.appointmentsController()->list()));
            return answer;
        }
        return failed(QStringLiteral("no proposal to take over"));
    }

    QJsonObject cannotCome(const QString &message)
    {
        if (m_acceptedId.isEmpty())
            return failed(QStringLiteral("no appointment taken over yet"));
        controller().cannotCome(m_acceptedId, message);
        if (!settle(engine()))
            return failed(QStringLiteral("the engine did not settle after the request"));
        const auto requests = engine().requests();
        const bool sent = !requests.isEmpty() && requests.constLast().sentAt.isValid();
        QJsonObject answer = proposals();
        answer.insert(QStringLiteral("ok"), sent);
        if (!sent)
            answer.insert(QStringLiteral("error"), QStringLiteral("the request was not sent"));
        answer.insert(QStringLiteral("requestText"), controller().requestText(m_acceptedId));
        answer.insert(QStringLiteral("requestMessage"), controller().requestMessage(m_acceptedId));
        return answer;
    }

    QJsonObject withdrawGoal()
    {
        if (m_goalId.isEmpty())
            return failed(QStringLiteral("no goal shared yet"));
        const QString shareId
            = controller().itemStatus(QStringLiteral("goal"), m_goalId).value("shareId").toString();
        if (shareId.isEmpty())
            return failed(QStringLiteral("the goal was never shared"));
        controller().withdraw(shareId);
        if (!settle(engine()))
            return failed(QStringLiteral("the engine did not settle after withdrawing"));
        const QString state = nameOf(engine().stateOf(shareId));
        return {{QStringLiteral("ok"), state == QLatin1String("NotShared")},
            {QStringLiteral("shareId"), shareId}, {QStringLiteral("state"), state},
            {QStringLiteral("shared"), rowsOf(controller().shared())}};
    }

    Composition &m_app;
    QString m_goalId;
    QString m_acceptedId;
};

void print(QJsonObject answer, const QString &command)
{
    answer.insert(QStringLiteral("command"), command);
    std::cout << QJsonDocument(answer).toJson(QJsonDocument::Compact).toStdString() << std::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Mapje"));
    QGuiApplication::setOrganizationName(QStringLiteral("Mapje"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
        QStringLiteral("The endpoint's base, e.g. http://127.0.0.1:8080/v1"),
        QStringLiteral("url"));
    parser.addOption(endpointOption);
    parser.process(app);
    const QUrl endpoint(parser.value(endpointOption));
    if (!endpoint.isValid() || endpoint.isEmpty()) {
        print({{QStringLiteral("ok"), false},
                  {QStringLiteral("error"), QStringLiteral("--endpoint missing")}},
            QStringLiteral("start"));
        return 2;
    }

    // Her device: a fresh folder, set up for one municipality (docs/sync.md, gemeente.ini).
    QTemporaryDir folder;
    const QString config = QDir(folder.path()).filePath(QStringLiteral("gemeente.ini"));
    QFile ini(config);
    if (!folder.isValid() || !ini.open(QIODevice::WriteOnly)) {
        print({{QStringLiteral("ok"), false},
                  {QStringLiteral("error"), QStringLiteral("no temporary folder")}},
            QStringLiteral("start"));
        return 2;
    }
    ini.write(QStringLiteral("[gemeente]\nnaam=Gemeente Voorbeeld\nadres=%1\n")
                  .arg(endpoint.toString())
                  .toUtf8());
    ini.close();

    const mapje::SystemClock clock;
    Composition::Options options {QDir(folder.path()).filePath(QStringLiteral("data")),
        QDir(folder.path()).filePath(QStringLiteral("settings.json")), &clock,
        mapje::KdfCost::fastForTests()};
    options.timeZone = QTimeZone("Europe/Amsterdam");
    options.exportDirectory = QDir(folder.path()).filePath(QStringLiteral("export"));
    options.municipalityConfig = config;
    Composition composition(options);
    composition.languageController()->choose(QStringLiteral("nl"));
    composition.vaultController()->createVault(QStringLiteral("24680"));
    if (!waitFor([&] {
            return composition.vaultController()->stage() == mapje::VaultController::Open;
        })) {
        print({{QStringLiteral("ok"), false},
                  {QStringLiteral("error"), QStringLiteral("the vault did not open")}},
            QStringLiteral("start"));
        return 2;
    }
    print({{QStringLiteral("ok"), true},
              {QStringLiteral("configured"), composition.syncController()->configured()}},
        QStringLiteral("start"));

    Citizen citizen(composition);
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString text = QString::fromStdString(line).trimmed();
        if (text.isEmpty())
            continue;
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        const QString command = space < 0 ? text : text.left(space);
        const QString argument = space < 0 ? QString() : text.mid(space + 1);
        if (command == QLatin1String("quit")) {
            print({{QStringLiteral("ok"), true}}, command);
            break;
        }
        print(citizen.run(command, argument), command);
    }
    composition.vaultController()->lock();
    return 0;
}
