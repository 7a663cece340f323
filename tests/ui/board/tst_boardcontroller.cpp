#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <functional>
#include <memory>

#include "core/board.h"
#include "core/clock.h"
#include "openvault.h"
#include "quotavfs.h"
#include "ui/board/boardcontroller.h"
#include "ui/settings/languagecontroller.h"
#include "ui/vault/vaultcontroller.h"

using mapje::BoardController;
using mapje::BoardHistoryModel;
using mapje::Composition;
using mapje::QuotaVfs;
using mapje::VaultController;

/**
 * BoardController through a real Composition: every rule of the board reaches the pages as a
 * calm notice and no change, every change can be taken back, and nothing is lost on a restart
 * or a full disk.
 */
class TestBoardController : public QObject {
    Q_OBJECT

private:
    const QString m_pin = QString::fromLatin1(OpenVault::Pin);
    mapje::ManualClock m_clock {QDateTime(QDate(2026, 9, 14), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<OpenVault> m_app;
    QString m_me;

    VaultController *vault() const { return (*m_app)->vaultController(); }
    BoardController *board() const { return (*m_app)->boardController(); }
    [[nodiscard]] mapje::Board current() const
    {
        Q_ASSERT(board()->board());
        return *board()->board();
    }

    bool restart() { return m_app->restart(); }

    /** Money and housing chosen, the citizen sad about money, a partner with a fiche on money. */
    QString fillBoard()
    {
        board()->chooseDomain(QStringLiteral("money"));
        board()->chooseDomain(QStringLiteral("housing"));
        board()->setFeeling(m_me, QStringLiteral("money"), QStringLiteral("sad"));
        const QString partner
            = board()->addPerspective(QStringLiteral("close"), QStringLiteral("Ahmed"));
        board()->setFeeling(partner, QStringLiteral("money"), QStringLiteral("unsure"));
        return partner;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    /** Every test starts with a fresh, open vault writing through the fault VFS, and a new board.
     */
    void init()
    {
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        m_app = std::make_unique<OpenVault>(
            m_clock, [](Composition::Options &options) { options.vfsName = QuotaVfs::Name; },
            OpenVault::Create::Later);
        QVERIFY(m_app->isValid());
        QVERIFY(!board()->hasBoard());
        m_app->createVault();
        QTRY_COMPARE(vault()->stage(), VaultController::Open);
        QVERIFY(!board()->hasBoard()); // a new vault has no board until the citizen makes one
        QSignalSpy boardSpy(board(), &BoardController::boardChanged);
        board()->startNewBoard(false);
        QCOMPARE(boardSpy.size(), 1);
        QVERIFY(board()->hasBoard());
        QVERIFY(board()->isToday());
        QVERIFY(!board()->canUndo());
        QVERIFY(!board()->unsaved());
        QVERIFY(board()->notice().isEmpty());
        m_me = board()->citizenId();
        QVERIFY(!m_me.isEmpty());
    }

    void cleanup()
    {
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        m_app.reset();
    }

    void notChosenDomainRefusesAnotherPersonsFiche()
    {
        const QString partner = fillBoard();
        const mapje::Board before = current();
        const int revision = board()->revision();
        QSignalSpy noticeSpy(board(), &BoardController::noticeChanged);
        QSignalSpy chosenSpy(board(), &BoardController::chosenChanged);

        board()->setFeeling(partner, QStringLiteral("work"), QStringLiteral("happy"));
        QVERIFY(!board()->notice().isEmpty());
        QCOMPARE(noticeSpy.size(), 1);
        QCOMPARE(current(), before);
        QCOMPARE(board()->revision(), revision);
        QCOMPARE(chosenSpy.size(), 0);
        QVERIFY(board()->fiche(partner, QStringLiteral("work")).isEmpty());

        // Also a wish or a note does not sneak a domain onto the board.
        board()->setWish(partner, QStringLiteral("work"), QStringLiteral("yes"));
        board()->setNote(partner, QStringLiteral("work"), QStringLiteral("Zoek een baan"));
        QCOMPARE(current(), before);
        QVERIFY(!board()->isChosen(QStringLiteral("work")));

        // The refusal was not an undo step: undo takes back the last real change.
        board()->undo();
        QVERIFY(board()->fiche(partner, QStringLiteral("money")).isEmpty());

        // The next good change clears the notice.
        board()->redo();
        board()->setFeeling(partner, QStringLiteral("money"), QStringLiteral("happy"));
        QVERIFY(board()->notice().isEmpty());

        // A refusal was never written: a restart does not find it either.
        QVERIFY(restart());
        QVERIFY(board()->fiche(partner, QStringLiteral("work")).isEmpty());
        QVERIFY(board()->notice().isEmpty());
    }

    // Mapje never answers for the citizen: a face leaves the wish open, a wish or a note leaves
    // the face open, and each of them can come first.
    void onlyWhatWasChosenIsAnswered()
    {
        board()->chooseDomain(QStringLiteral("money"));
        board()->chooseDomain(QStringLiteral("work"));
        board()->setFeeling(m_me, QStringLiteral("money"), QStringLiteral("sad"));
        QVariantMap money = board()->fiche(m_me, QStringLiteral("money"));
        QCOMPARE(money.value(QStringLiteral("feeling")).toString(), QStringLiteral("sad"));
        QCOMPARE(money.value(QStringLiteral("wish")).toString(), QStringLiteral("unanswered"));
        QCOMPARE(money.value(QStringLiteral("wishLabel")).toString(), QString());

        board()->setWish(m_me, QStringLiteral("work"), QStringLiteral("notYet"));
        QVariantMap work = board()->fiche(m_me, QStringLiteral("work"));
        QCOMPARE(work.value(QStringLiteral("wish")).toString(), QStringLiteral("notYet"));
        QCOMPARE(work.value(QStringLiteral("feeling")).toString(), QStringLiteral("unanswered"));
        QCOMPARE(work.value(QStringLiteral("feelingLabel")).toString(), QString());
        QVERIFY(work.value(QStringLiteral("faceSource")).toUrl().isEmpty());

        // Still open after a restart.
        QVERIFY(restart());
        work = board()->fiche(m_me, QStringLiteral("work"));
        QCOMPARE(work.value(QStringLiteral("feeling")).toString(), QStringLiteral("unanswered"));
        money = board()->fiche(m_me, QStringLiteral("money"));
        QCOMPARE(money.value(QStringLiteral("wish")).toString(), QStringLiteral("unanswered"));
    }

    // Home offers the next real step: choose, then a face on every chosen domain (the
    // citizen's own, not someone else's), then goals.
    void nextStepMovesOnAfterTheLastFace()
    {
        QCOMPARE(board()->nextStep(), QStringLiteral("chooseDomains"));
        board()->chooseDomain(QStringLiteral("money"));
        board()->chooseDomain(QStringLiteral("work"));
        QCOMPARE(board()->nextStep(), QStringLiteral("feelings"));
        board()->setFeeling(m_me, QStringLiteral("money"), QStringLiteral("happy"));
        QCOMPARE(board()->nextStep(), QStringLiteral("feelings"));
        const QString partner
            = board()->addPerspective(QStringLiteral("close"), QStringLiteral("Ahmed"));
        board()->setFeeling(partner, QStringLiteral("work"), QStringLiteral("sad"));
        board()->setNote(m_me, QStringLiteral("work"), QStringLiteral("Nog geen gezicht"));
        QCOMPARE(board()->nextStep(), QStringLiteral("feelings"));
        QSignalSpy spy(board(), &BoardController::chosenChanged);
        board()->setFeeling(m_me, QStringLiteral("work"), QStringLiteral("unsure"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(board()->nextStep(), QStringLiteral("goals"));
        board()->chooseDomain(QStringLiteral("health"));
        QCOMPARE(board()->nextStep(), QStringLiteral("feelings"));
    }

    void unknownValuesChangeNothing()
    {
        fillBoard();
        const mapje::Board before = current();
        board()->setFeeling(m_me, QStringLiteral("money"), QStringLiteral("7"));
        board()->setWish(m_me, QStringLiteral("money"), QStringLiteral("misschien"));
        board()->chooseDomain(QStringLiteral("geen-leefgebied"));
        QCOMPARE(board()->addPerspective(QStringLiteral("citizen"), QStringLiteral("Nog een ik")),
            QString());
        QCOMPARE(board()->addPerspective(QStringLiteral("baas"), {}), QString());
        QCOMPARE(current(), before);
    }

    void citizenCannotBeRemoved()
    {
        fillBoard();
        const mapje::Board before = current();
        board()->removePerspective(m_me);
        QVERIFY(!board()->notice().isEmpty());
        QCOMPARE(current(), before);
        QCOMPARE(board()->perspectives()->rowCount(), 2);
        QCOMPARE(board()->citizenId(), m_me);

        board()->clearNotice();
        QVERIFY(board()->notice().isEmpty());
    }

    void hideUnhideAndRemoveAnothersFiche()
    {
        const QString partner = fillBoard();
        QCOMPARE(board()
                     ->fiche(partner, QStringLiteral("money"))
                     .value(QStringLiteral("hidden"))
                     .toBool(),
            false);

        board()->setFicheHidden(partner, QStringLiteral("money"), true);
        QVERIFY(board()->notice().isEmpty());
        QVariantMap fiche = board()->fiche(partner, QStringLiteral("money"));
        QVERIFY(fiche.value(QStringLiteral("hidden")).toBool());
        QCOMPARE(fiche.value(QStringLiteral("feeling")).toString(), QStringLiteral("unsure"));

        board()->setFicheHidden(partner, QStringLiteral("money"), false);
        QVERIFY(!board()
                     ->fiche(partner, QStringLiteral("money"))
                     .value(QStringLiteral("hidden"))
                     .toBool());

        board()->setFicheHidden(partner, QStringLiteral("money"), true);
        QVERIFY(restart());
        QVERIFY(board()
                    ->fiche(partner, QStringLiteral("money"))
                    .value(QStringLiteral("hidden"))
                    .toBool());

        board()->removeFiche(partner, QStringLiteral("money"));
        QVERIFY(board()->notice().isEmpty());
        QVERIFY(board()->fiche(partner, QStringLiteral("money")).isEmpty());
        // The partner stays on the board, only the fiche went.
        QCOMPARE(board()->perspectives()->rowCount(), 2);

        // Removing a fiche that is not there is no problem and no step.
        const bool couldUndo = board()->canUndo();
        board()->undo();
        board()->redo();
        board()->removeFiche(partner, QStringLiteral("money"));
        QCOMPARE(board()->canUndo(), couldUndo);
    }

    void ownFicheCannotBeHiddenButCanBeRemoved()
    {
        fillBoard();
        const mapje::Board before = current();
        board()->setFicheHidden(m_me, QStringLiteral("money"), true);
        QVERIFY(!board()->notice().isEmpty());
        QCOMPARE(current(), before);
        QVERIFY(!board()
                     ->fiche(m_me, QStringLiteral("money"))
                     .value(QStringLiteral("hidden"))
                     .toBool());

        board()->removeFiche(m_me, QStringLiteral("money"));
        QVERIFY(board()->notice().isEmpty());
        QVERIFY(board()->fiche(m_me, QStringLiteral("money")).isEmpty());
    }

    void moveAnnouncementsSayNameAndNewPlace()
    {
        for (const char *id : {"money", "housing", "health", "family"})
            board()->chooseDomain(QString::fromLatin1(id));
        const QString health = board()->domainName(QStringLiteral("health"));
        QVERIFY(!health.isEmpty());

        QString said = board()->moveUp(QStringLiteral("health"));
        QVERIFY2(said.contains(health), qPrintable(said));
        QVERIFY2(said.contains(QLatin1Char('2')), qPrintable(said));
        QCOMPARE(said, QStringLiteral("%1 staat nu op plaats 2 van 4.").arg(health));
        QCOMPARE(board()->chosenKeys().indexOf(QStringLiteral("health")), 1);

        said = board()->moveDown(QStringLiteral("health"));
        QCOMPARE(said, QStringLiteral("%1 staat nu op plaats 3 van 4.").arg(health));
        said = board()->moveDown(QStringLiteral("health"));
        QCOMPARE(said, QStringLiteral("%1 staat nu op plaats 4 van 4.").arg(health));
        // At the end already: it says where it is, and nothing changes.
        said = board()->moveDown(QStringLiteral("health"));
        QCOMPARE(said, QStringLiteral("%1 staat nu op plaats 4 van 4.").arg(health));
        QVERIFY(board()->notice().isEmpty());

        const QString money = board()->domainName(QStringLiteral("money"));
        said = board()->moveTo(QStringLiteral("money"), 2);
        QCOMPARE(said, QStringLiteral("%1 staat nu op plaats 3 van 4.").arg(money));

        // The announcement follows the language.
        (*m_app)->languageController()->choose(QStringLiteral("en"));
        said = board()->moveUp(QStringLiteral("money"));
        QVERIFY2(said.contains(board()->domainName(QStringLiteral("money"))), qPrintable(said));
        QVERIFY2(said.contains(QLatin1Char('2')), qPrintable(said));
    }

    void onlyChosenDomainsMove()
    {
        board()->chooseDomain(QStringLiteral("money"));
        board()->chooseDomain(QStringLiteral("housing"));
        const mapje::Board before = current();
        board()->moveTo(QStringLiteral("work"), 0);
        QVERIFY(!board()->notice().isEmpty());
        board()->moveTo(QStringLiteral("money"), 5);
        QVERIFY(!board()->notice().isEmpty());
        QCOMPARE(current(), before);
    }

    void undoAndRedoEveryKindOfChange_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"choose", "unchoose", "toggle", "move", "feeling", "wish", "note",
                 "addPerspective", "removePerspective", "hide", "unhide", "removeFiche"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    void undoAndRedoEveryKindOfChange()
    {
        QFETCH(QString, kind);
        const QString partner = fillBoard();
        board()->setFicheHidden(partner, QStringLiteral("money"), kind == QLatin1String("unhide"));
        const QHash<QString, std::function<void()>> changes {
            {QStringLiteral("choose"), [&] { board()->chooseDomain(QStringLiteral("mind")); }},
            {QStringLiteral("unchoose"), [&] { board()->unchooseDomain(QStringLiteral("money")); }},
            {QStringLiteral("toggle"), [&] { board()->toggleDomain(QStringLiteral("housing")); }},
            {QStringLiteral("move"), [&] { board()->moveUp(QStringLiteral("housing")); }},
            {QStringLiteral("feeling"),
                [&] {
                    board()->setFeeling(m_me, QStringLiteral("money"), QStringLiteral("happy"));
                }},
            {QStringLiteral("wish"),
                [&] { board()->setWish(m_me, QStringLiteral("housing"), QStringLiteral("yes")); }},
            {QStringLiteral("note"),
                [&] {
                    board()->setNote(m_me, QStringLiteral("money"), QStringLiteral("Brieven"));
                }},
            {QStringLiteral("addPerspective"),
                [&] { board()->addPerspective(QStringLiteral("peer"), QStringLiteral("Sanne")); }},
            {QStringLiteral("removePerspective"), [&] { board()->removePerspective(partner); }},
            {QStringLiteral("hide"),
                [&] { board()->setFicheHidden(partner, QStringLiteral("money"), true); }},
            {QStringLiteral("unhide"),
                [&] { board()->setFicheHidden(partner, QStringLiteral("money"), false); }},
            {QStringLiteral("removeFiche"),
                [&] { board()->removeFiche(partner, QStringLiteral("money")); }},
        };
        QVERIFY(changes.contains(kind));

        const mapje::Board before = current();
        QSignalSpy undoSpy(board(), &BoardController::undoChanged);
        changes.value(kind)();
        QVERIFY(board()->notice().isEmpty());
        const mapje::Board after = current();
        QVERIFY2(after != before, "the change did something");
        QVERIFY(board()->canUndo());
        QVERIFY(!board()->canRedo());
        QVERIFY(!undoSpy.isEmpty());

        board()->undo();
        QCOMPARE(current(), before);
        QVERIFY(board()->canRedo());
        QCOMPARE(board()->boardId(), before.id());

        // What undo brought back is saved: a restart shows it (and forgets the undo steps).
        QVERIFY(restart());
        QCOMPARE(current(), before);
        QVERIFY(!board()->canUndo());
        QVERIFY(!board()->canRedo());

        changes.value(kind)();
        const mapje::Board again = current();
        if (kind == QLatin1String("addPerspective"))
            QCOMPARE(again.perspectives().size(), after.perspectives().size()); // a new id
        else
            QCOMPARE(again, after);
        board()->undo();
        QCOMPARE(current(), before);
        board()->redo();
        QCOMPARE(current(), again);
        QVERIFY(!board()->canRedo());
        QVERIFY(restart());
        QCOMPARE(current(), again);

        // Nothing to undo after a restart; a new change after an undo drops the redo.
        board()->undo();
        QCOMPARE(current(), again);
        board()->chooseDomain(QStringLiteral("social"));
        board()->undo();
        QVERIFY(board()->canRedo());
        board()->chooseDomain(QStringLiteral("daily"));
        QVERIFY(!board()->canRedo());
    }

    void noteTypedLetterByLetterIsOneUndoStep()
    {
        board()->chooseDomain(QStringLiteral("money"));
        board()->chooseDomain(QStringLiteral("housing"));
        board()->setFeeling(m_me, QStringLiteral("money"), QStringLiteral("sad"));
        const mapje::Board beforeTyping = current();

        const QString note = QStringLiteral("Bel de gemeente");
        for (int length = 1; length <= note.size(); ++length)
            board()->setNote(m_me, QStringLiteral("money"), note.left(length));
        QCOMPARE(
            board()->fiche(m_me, QStringLiteral("money")).value(QStringLiteral("note")).toString(),
            note);

        board()->undo();
        QCOMPARE(current(), beforeTyping);
        QCOMPARE(board()
                     ->fiche(m_me, QStringLiteral("money"))
                     .value(QStringLiteral("feeling"))
                     .toString(),
            QStringLiteral("sad"));
        board()->redo();
        QCOMPARE(
            board()->fiche(m_me, QStringLiteral("money")).value(QStringLiteral("note")).toString(),
            note);

        // Typing on another fiche, or after another change, is a step of its own.
        board()->setNote(m_me, QStringLiteral("housing"), QStringLiteral("R"));
        board()->setNote(m_me, QStringLiteral("housing"), QStringLiteral("Ru"));
        board()->setNote(m_me, QStringLiteral("housing"), QStringLiteral("Rust"));
        board()->setFeeling(m_me, QStringLiteral("money"), QStringLiteral("unsure"));
        board()->setNote(m_me, QStringLiteral("money"), note + QStringLiteral(" morgen"));
        board()->undo(); // the extra words
        QCOMPARE(
            board()->fiche(m_me, QStringLiteral("money")).value(QStringLiteral("note")).toString(),
            note);
        board()->undo(); // the feeling
        QCOMPARE(board()
                     ->fiche(m_me, QStringLiteral("money"))
                     .value(QStringLiteral("feeling"))
                     .toString(),
            QStringLiteral("sad"));
        board()->undo(); // the whole housing note at once
        QVERIFY(board()->fiche(m_me, QStringLiteral("housing")).isEmpty());
        board()->undo(); // the whole money note at once
        QCOMPARE(current(), beforeTyping);
    }

    void startNewBoardFromPreviousCopiesAndKeepsTheOld()
    {
        const QString partner = fillBoard();
        board()->setNote(m_me, QStringLiteral("money"), QStringLiteral("Brieven openen"));
        board()->moveUp(QStringLiteral("housing"));
        const mapje::Board old = current();
        const QString oldText = board()->dateText();

        m_clock.advance(14 * 24 * 3600);
        QVERIFY(!board()->isToday());
        QSignalSpy boardSpy(board(), &BoardController::boardChanged);
        board()->startNewBoard(true);
        QCOMPARE(boardSpy.size(), 1);
        const mapje::Board copy = current();
        QVERIFY(copy.id() != old.id());
        QCOMPARE(copy.date(), QDate(2026, 9, 28));
        QVERIFY(board()->isToday());
        QVERIFY(board()->dateText() != oldText);
        QVERIFY(!board()->canUndo()); // a new board starts a new conversation
        QCOMPARE(copy.chosenDomains(), old.chosenDomains());
        QCOMPARE(copy.perspectives(), old.perspectives());
        QCOMPARE(copy.placements(), old.placements());
        QCOMPARE(copy.citizenId(), old.citizenId());

        // Changing the new board leaves the old one as it was.
        board()->setFeeling(m_me, QStringLiteral("money"), QStringLiteral("happy"));
        board()->removePerspective(partner);
        board()->unchooseDomain(QStringLiteral("housing"));
        QCOMPARE(board()->history()->rowCount(), 2);
        QCOMPARE(
            board()->history()->index(0).data(BoardHistoryModel::KeyRole).toString(), copy.id());
        QCOMPARE(
            board()->history()->index(1).data(BoardHistoryModel::KeyRole).toString(), old.id());

        QVERIFY(restart());
        QCOMPARE(board()->boardId(), copy.id()); // the newest board opens
        board()->openBoard(old.id());
        QCOMPARE(current(), old);
        QVERIFY(!board()->isToday());
        board()->openBoard(copy.id());
        QVERIFY(current() != copy);
        QCOMPARE(current().chosenDomains(), QStringList {QStringLiteral("money")});

        // An empty new board is really empty.
        m_clock.advance(24 * 3600);
        board()->startNewBoard(false);
        QVERIFY(current().chosenDomains().isEmpty());
        QCOMPARE(current().perspectives().size(), 1);
        QCOMPARE(board()->history()->rowCount(), 3);
    }

    void everythingSurvivesARestart()
    {
        const QString partner = fillBoard();
        board()->chooseDomain(QStringLiteral("mind"));
        board()->moveTo(QStringLiteral("mind"), 0);
        board()->setWish(m_me, QStringLiteral("money"), QStringLiteral("yes"));
        board()->setNote(partner, QStringLiteral("money"), QStringLiteral("Samen de post openen"));
        board()->setFicheHidden(partner, QStringLiteral("money"), true);
        const QString worker = board()->addPerspective(QStringLiteral("professional"), {});
        board()->setFeeling(worker, QStringLiteral("mind"), QStringLiteral("happy"));
        const mapje::Board before = current();
        const QString names = board()->chosenNames();

        vault()->lock();
        QVERIFY(!board()->hasBoard()); // nothing readable while locked
        QVERIFY(board()->chosenKeys().isEmpty());
        (*m_app)->reopen();
        QCOMPARE(vault()->stage(), VaultController::Locked);
        vault()->unlock(m_pin);
        QTRY_COMPARE(vault()->stage(), VaultController::Open);
        QCOMPARE(current(), before);
        QCOMPARE(board()->chosenNames(), names);
        QCOMPARE(board()->chosenKeys(), before.chosenDomains());
        QCOMPARE(board()->chosen()->rowCount(), 3);
        QCOMPARE(board()->perspectives()->rowCount(), 3);
        QVERIFY(board()->isChosen(QStringLiteral("mind")));
        QVERIFY(
            board()->domainInfo(QStringLiteral("mind")).value(QStringLiteral("chosen")).toBool());
    }

    void fullDiskKeepsChangesInMemoryAndWritesThemLater()
    {
        (*m_app)->setNotesRetryInterval(50);
        fillBoard();
        QVERIFY(!board()->unsaved());

        QSignalSpy unsavedSpy(board(), &BoardController::unsavedChanged);
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        board()->setFeeling(m_me, QStringLiteral("money"), QStringLiteral("happy"));
        QVERIFY(board()->unsaved());
        QVERIFY(!unsavedSpy.isEmpty());
        QVERIFY(QuotaVfs::refusedWrites() > 0);
        // The change is there for the citizen, and more changes keep coming in.
        QCOMPARE(board()
                     ->fiche(m_me, QStringLiteral("money"))
                     .value(QStringLiteral("feeling"))
                     .toString(),
            QStringLiteral("happy"));
        board()->chooseDomain(QStringLiteral("work"));
        board()->moveTo(QStringLiteral("work"), 0);
        board()->setNote(m_me, QStringLiteral("work"), QStringLiteral("Sollicitatie"));
        const QString peer
            = board()->addPerspective(QStringLiteral("peer"), QStringLiteral("Sanne"));
        QVERIFY(!peer.isEmpty());
        QVERIFY(board()->notice().isEmpty()); // a full disk is not the citizen's fault
        QCOMPARE(board()->chosen()->rowCount(), 3);
        QCOMPARE(board()->history()->rowCount(), 1);
        // Undo works on a full disk too.
        board()->undo();
        board()->redo();
        const mapje::Board inMemory = current();

        // Retries on a still-full disk keep everything and the warning.
        QTest::qWait(250);
        QVERIFY(board()->unsaved());
        QCOMPARE(current(), inMemory);
        // Locking now would lose it, so the vault stays open.
        vault()->lock();
        QCOMPARE(vault()->stage(), VaultController::Open);
        QCOMPARE(current(), inMemory);

        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QTRY_VERIFY(!board()->unsaved());
        QCOMPARE(current(), inMemory);

        // It really reached the disk: a restart finds it.
        QVERIFY(restart());
        QCOMPARE(current(), inMemory);
        QVERIFY(!board()->unsaved());
    }

    void fullDiskOnANewBoardKeepsTheOldOne()
    {
        (*m_app)->setNotesRetryInterval(50);
        fillBoard();
        const mapje::Board old = current();
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        m_clock.advance(7 * 24 * 3600);
        board()->startNewBoard(true);
        QVERIFY(board()->unsaved());
        const mapje::Board copy = current();
        QVERIFY(copy.id() != old.id());
        QCOMPARE(board()->history()->rowCount(), 2); // the pending board shows in the history
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        QTRY_VERIFY(!board()->unsaved());
        QVERIFY(restart());
        QCOMPARE(current(), copy);
        board()->openBoard(old.id());
        QCOMPARE(current(), old);
    }
};

QTEST_GUILESS_MAIN(TestBoardController)

#include "tst_boardcontroller.moc"
