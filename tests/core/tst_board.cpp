#include "core/board.h"
#include "core/lifedomaincatalogue.h"

#include <QTest>

using mapje::Board;
using mapje::LifeDomainCatalogue;
using mapje::Perspective;
using mapje::Placement;
using Feeling = mapje::Placement::Feeling;
using Kind = mapje::Perspective::Kind;
using Result = mapje::Board::Result;
using Wish = mapje::Placement::WishToChange;

namespace {

const QString kCitizen = QStringLiteral("me");
const QString kPartner = QStringLiteral("partner");
const QString kPro = QStringLiteral("klantmanager");
const QString kPeer = QStringLiteral("ervaringswerker");
const QString kStranger = QStringLiteral("nobody");
const QDate kDate(2024, 3, 14);

/** A board with all four kinds of perspective and nothing chosen yet. */
Board tandemBoard()
{
    Board board(QStringLiteral("board-1"), kDate, kCitizen, QStringLiteral("Ria"));
    if (board.addPerspective(Perspective(kPartner, Kind::Close)) != Result::Ok
        || board.addPerspective(Perspective(kPro, Kind::Professional)) != Result::Ok
        || board.addPerspective(Perspective(kPeer, Kind::Peer)) != Result::Ok)
        qFatal("could not set up the tandem board");
    return board;
}

Placement fiche(const QString &perspectiveId, const QString &domainId,
    Feeling feeling = Feeling::Sad, Wish wish = Wish::Yes, const QString &note = {})
{
    return Placement(perspectiveId, domainId, feeling, wish, note);
}

/** The tandem board with money, housing and mind chosen, and fiches from everyone on money. */
Board boardWithFiches()
{
    Board board = tandemBoard();
    for (const QString &domain : {u"money"_qs, u"housing"_qs, u"mind"_qs}) {
        if (board.chooseDomain(kCitizen, domain) != Result::Ok)
            qFatal("could not choose");
    }
    for (const QString &who : {kCitizen, kPartner, kPro, kPeer}) {
        if (board.place(fiche(who, QStringLiteral("money"))) != Result::Ok)
            qFatal("could not place");
    }
    if (board.place(fiche(kPro, QStringLiteral("housing"), Feeling::Happy)) != Result::Ok)
        qFatal("could not place");
    return board;
}

QStringList domainsOf(const QList<Placement> &placements)
{
    QStringList result;
    for (const Placement &placement : placements)
        result.append(placement.domainId());
    return result;
}

QStringList perspectivesOf(const QList<Placement> &placements)
{
    QStringList result;
    for (const Placement &placement : placements)
        result.append(placement.perspectiveId());
    return result;
}

} // namespace

class TestBoard : public QObject {
    Q_OBJECT

private slots:
    // --- the board and its citizen ---

    void startsWithOnlyTheCitizenAndNothingChosen()
    {
        const Board board(QStringLiteral("b"), kDate, kCitizen, QStringLiteral("  Ria "));
        QCOMPARE(board.id(), QStringLiteral("b"));
        QCOMPARE(board.date(), kDate);
        QCOMPARE(board.perspectives().size(), 1);
        QCOMPARE(board.citizenId(), kCitizen);
        QCOMPARE(board.citizen().kind(), Kind::Citizen);
        QCOMPARE(board.citizen().displayName(), QStringLiteral("Ria"));
        QVERIFY(board.chosenDomains().isEmpty());
        QVERIFY(board.placements().isEmpty());
    }

    void addsOtherPerspectives()
    {
        const Board board = tandemBoard();
        QCOMPARE(board.perspectives().size(), 4);
        QCOMPARE(board.perspectives().constFirst().id(), kCitizen);
        QCOMPARE(board.perspective(kPeer)->kind(), Kind::Peer);
        QVERIFY(!board.perspective(kStranger).has_value());
    }

    void refusesASecondCitizen()
    {
        Board board = tandemBoard();
        QCOMPARE(board.addPerspective(Perspective(QStringLiteral("me-2"), Kind::Citizen)),
            Result::SecondCitizen);
        QCOMPARE(board.perspectives().size(), 4);
        int citizens = 0;
        for (const Perspective &perspective : board.perspectives())
            citizens += perspective.isCitizen() ? 1 : 0;
        QCOMPARE(citizens, 1);
    }

    void refusesDuplicateOrEmptyPerspectiveIds()
    {
        Board board = tandemBoard();
        QCOMPARE(board.addPerspective(Perspective(kPro, Kind::Peer)), Result::DuplicatePerspective);
        QCOMPARE(
            board.addPerspective(Perspective(kCitizen, Kind::Close)), Result::DuplicatePerspective);
        QCOMPARE(board.addPerspective(Perspective(QString(), Kind::Close)), Result::EmptyId);
        QCOMPARE(board.perspectives().size(), 4);
        QCOMPARE(board.perspective(kPro)->kind(), Kind::Professional);
    }

    // --- choosing and ordering: only the citizen ---

    void onlyTheCitizenChooses_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<Result>("expected");
        QTest::newRow("citizen") << kCitizen << Result::Ok;
        QTest::newRow("close") << kPartner << Result::NotCitizen;
        QTest::newRow("professional") << kPro << Result::NotCitizen;
        QTest::newRow("peer") << kPeer << Result::NotCitizen;
        QTest::newRow("unknown") << kStranger << Result::UnknownPerspective;
        QTest::newRow("empty") << QString() << Result::UnknownPerspective;
    }

    void onlyTheCitizenChooses()
    {
        QFETCH(QString, actor);
        QFETCH(Result, expected);
        Board board = tandemBoard();
        QCOMPARE(board.chooseDomain(actor, QStringLiteral("work")), expected);
        QCOMPARE(board.isChosen(QStringLiteral("work")), expected == Result::Ok);
    }

    void onlyTheCitizenUnchooses_data() { onlyTheCitizenChooses_data(); }

    void onlyTheCitizenUnchooses()
    {
        QFETCH(QString, actor);
        QFETCH(Result, expected);
        Board board = boardWithFiches();
        QCOMPARE(board.unchooseDomain(actor, QStringLiteral("money")), expected);
        QCOMPARE(board.isChosen(QStringLiteral("money")), expected != Result::Ok);
        QCOMPARE(board.placementsOn(QStringLiteral("money")).isEmpty(), expected == Result::Ok);
    }

    void onlyTheCitizenOrders_data() { onlyTheCitizenChooses_data(); }

    void onlyTheCitizenOrders()
    {
        QFETCH(QString, actor);
        QFETCH(Result, expected);
        const QStringList before = {u"money"_qs, u"housing"_qs, u"mind"_qs};
        const QStringList moved = {u"mind"_qs, u"money"_qs, u"housing"_qs};
        const bool allowed = expected == Result::Ok;

        Board board = boardWithFiches();
        QCOMPARE(board.moveDomain(actor, QStringLiteral("mind"), 0), expected);
        QCOMPARE(board.chosenDomains(), allowed ? moved : before);

        board = boardWithFiches();
        QCOMPARE(board.moveUp(actor, QStringLiteral("housing")), expected);
        QCOMPARE(board.chosenDomains().constFirst(),
            allowed ? QStringLiteral("housing") : QStringLiteral("money"));

        board = boardWithFiches();
        QCOMPARE(board.moveDown(actor, QStringLiteral("money")), expected);
        QCOMPARE(board.chosenDomains().constFirst(),
            allowed ? QStringLiteral("housing") : QStringLiteral("money"));
    }

    void keepsTheCitizensOrderOfChoosing()
    {
        Board board = tandemBoard();
        const QStringList order = {u"paperwork"_qs, u"money"_qs, u"caring"_qs, u"work"_qs};
        for (const QString &domain : order)
            QCOMPARE(board.chooseDomain(kCitizen, domain), Result::Ok);
        QCOMPARE(board.chosenDomains(), order);
    }

    void refusesUnknownDomains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::newRow("unknown") << QStringLiteral("debts");
        QTest::newRow("empty") << QString();
        QTest::newRow("wrong case") << QStringLiteral("MONEY");
        QTest::newRow("Dutch name") << QStringLiteral("Geld");
    }

    void refusesUnknownDomains()
    {
        QFETCH(QString, domain);
        Board board = boardWithFiches();
        const Board before = board;
        QCOMPARE(board.chooseDomain(kCitizen, domain), Result::UnknownDomain);
        QCOMPARE(board.unchooseDomain(kCitizen, domain), Result::UnknownDomain);
        QCOMPARE(board.moveDomain(kCitizen, domain, 0), Result::UnknownDomain);
        QCOMPARE(board.place(fiche(kPro, domain)), Result::UnknownDomain);
        QVERIFY(board == before);
    }

    void choosingTwiceChangesNothing()
    {
        Board board = boardWithFiches();
        const Board before = board;
        QCOMPARE(board.chooseDomain(kCitizen, QStringLiteral("money")), Result::Unchanged);
        QCOMPARE(board.chooseDomain(kCitizen, QStringLiteral("mind")), Result::Unchanged);
        QVERIFY(board == before);
        QCOMPARE(board.chosenDomains().count(QStringLiteral("money")), 1);
    }

    void unchoosingWhatIsNotChosenChangesNothing()
    {
        Board board = boardWithFiches();
        const Board before = board;
        QCOMPARE(board.unchooseDomain(kCitizen, QStringLiteral("work")), Result::Unchanged);
        QVERIFY(board == before);
    }

    void noneOneOrAllFourteenMayBeChosen()
    {
        Board board = tandemBoard();
        QVERIFY(board.chosenDomains().isEmpty());
        QCOMPARE(board.chooseDomain(kCitizen, QStringLiteral("meaning")), Result::Ok);
        QCOMPARE(board.chosenDomains(), QStringList {u"meaning"_qs});
        for (const QString &id : LifeDomainCatalogue::ids())
            QVERIFY(board.chooseDomain(kCitizen, id) != Result::NotCitizen);
        QCOMPARE(board.chosenDomains().size(), 14);
        QCOMPARE(board.chosenDomains().constFirst(), QStringLiteral("meaning"));
        for (const QString &id : LifeDomainCatalogue::ids())
            QCOMPARE(board.unchooseDomain(kCitizen, id), Result::Ok);
        QVERIFY(board.chosenDomains().isEmpty());
    }

    void movesToAnyPlace_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<qsizetype>("to");
        QTest::addColumn<Result>("expected");
        QTest::addColumn<QStringList>("order");
        const QStringList start = {u"money"_qs, u"housing"_qs, u"mind"_qs};
        QTest::newRow("last to first") << u"mind"_qs << qsizetype(0) << Result::Ok
                                       << QStringList {u"mind"_qs, u"money"_qs, u"housing"_qs};
        QTest::newRow("first to last") << u"money"_qs << qsizetype(2) << Result::Ok
                                       << QStringList {u"housing"_qs, u"mind"_qs, u"money"_qs};
        QTest::newRow("to the middle") << u"money"_qs << qsizetype(1) << Result::Ok
                                       << QStringList {u"housing"_qs, u"money"_qs, u"mind"_qs};
        QTest::newRow("same place") << u"housing"_qs << qsizetype(1) << Result::Unchanged << start;
        QTest::newRow("past the end")
            << u"money"_qs << qsizetype(3) << Result::InvalidIndex << start;
        QTest::newRow("negative") << u"money"_qs << qsizetype(-1) << Result::InvalidIndex << start;
        QTest::newRow("not chosen") << u"work"_qs << qsizetype(0) << Result::NotChosen << start;
    }

    void movesToAnyPlace()
    {
        QFETCH(QString, domain);
        QFETCH(qsizetype, to);
        QFETCH(Result, expected);
        QFETCH(QStringList, order);
        Board board = boardWithFiches();
        QCOMPARE(board.moveDomain(kCitizen, domain, to), expected);
        QCOMPARE(board.chosenDomains(), order);
    }

    void movesUpAndDownOnePlace()
    {
        Board board = boardWithFiches();
        QCOMPARE(board.moveUp(kCitizen, QStringLiteral("money")), Result::Unchanged);
        QCOMPARE(board.moveDown(kCitizen, QStringLiteral("mind")), Result::Unchanged);
        QCOMPARE(board.moveUp(kCitizen, QStringLiteral("mind")), Result::Ok);
        QCOMPARE(board.chosenDomains(), (QStringList {u"money"_qs, u"mind"_qs, u"housing"_qs}));
        QCOMPARE(board.moveDown(kCitizen, QStringLiteral("money")), Result::Ok);
        QCOMPARE(board.chosenDomains(), (QStringList {u"mind"_qs, u"money"_qs, u"housing"_qs}));
        QCOMPARE(board.moveUp(kCitizen, QStringLiteral("work")), Result::NotChosen);
        QCOMPARE(board.moveDown(kCitizen, QStringLiteral("work")), Result::NotChosen);
    }

    void reorderingKeepsTheFiches()
    {
        Board board = boardWithFiches();
        const QList<Placement> before = board.placements();
        QCOMPARE(board.moveDomain(kCitizen, QStringLiteral("money"), 2), Result::Ok);
        QCOMPARE(board.placements(), before);
    }

    // --- fiches ---

    void anyPerspectivePlacesOnAChosenDomain_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("citizen") << kCitizen;
        QTest::newRow("close") << kPartner;
        QTest::newRow("professional") << kPro;
        QTest::newRow("peer") << kPeer;
    }

    void anyPerspectivePlacesOnAChosenDomain()
    {
        QFETCH(QString, who);
        Board board = boardWithFiches();
        QCOMPARE(board.place(fiche(who, QStringLiteral("mind"), Feeling::Unsure, Wish::NotYet,
                     QStringLiteral("Slaapt slecht"))),
            Result::Ok);
        const std::optional<Placement> placed = board.placement(who, QStringLiteral("mind"));
        QVERIFY(placed.has_value());
        QCOMPARE(placed->feeling(), Feeling::Unsure);
        QCOMPARE(placed->wish(), Wish::NotYet);
        QCOMPARE(placed->note(), QStringLiteral("Slaapt slecht"));
    }

    void placingOnAnUnchosenDomainIsRefused_data() { anyPerspectivePlacesOnAChosenDomain_data(); }

    void placingOnAnUnchosenDomainIsRefused()
    {
        QFETCH(QString, who);
        Board board = boardWithFiches();
        const Board before = board;
        QCOMPARE(board.place(fiche(who, QStringLiteral("work"))), Result::NotChosen);
        QVERIFY(!board.placement(who, QStringLiteral("work")).has_value());
        QVERIFY(board == before);
    }

    void placingByAnUnknownPerspectiveIsRefused()
    {
        Board board = boardWithFiches();
        QCOMPARE(
            board.place(fiche(kStranger, QStringLiteral("money"))), Result::UnknownPerspective);
        QVERIFY(!board.placement(kStranger, QStringLiteral("money")).has_value());
    }

    void placingAgainReplacesTheFiche()
    {
        Board board = boardWithFiches();
        const qsizetype count = board.placements().size();
        QCOMPARE(board.place(fiche(kPro, QStringLiteral("money"), Feeling::Happy, Wish::No,
                     QStringLiteral("Gaat beter"))),
            Result::Ok);
        QCOMPARE(board.placements().size(), count);
        QCOMPARE(board.placementsBy(kPro).size(), 2);
        QCOMPARE(board.placement(kPro, QStringLiteral("money"))->feeling(), Feeling::Happy);
        QCOMPARE(
            board.placement(kPro, QStringLiteral("money"))->note(), QStringLiteral("Gaat beter"));
        QCOMPARE(board.place(fiche(kPro, QStringLiteral("money"), Feeling::Happy, Wish::No,
                     QStringLiteral("Gaat beter"))),
            Result::Unchanged);
    }

    void placementsOnAndByFilter()
    {
        const Board board = boardWithFiches();
        QCOMPARE(perspectivesOf(board.placementsOn(QStringLiteral("money"))),
            (QStringList {kCitizen, kPartner, kPro, kPeer}));
        QCOMPARE(perspectivesOf(board.placementsOn(QStringLiteral("housing"))), QStringList {kPro});
        QVERIFY(board.placementsOn(QStringLiteral("mind")).isEmpty());
        QCOMPARE(domainsOf(board.placementsBy(kPro)), (QStringList {u"money"_qs, u"housing"_qs}));
        QCOMPARE(domainsOf(board.placementsBy(kPeer)), QStringList {u"money"_qs});
    }

    void unchoosingRemovesAllFichesOnThatDomain()
    {
        Board board = boardWithFiches();
        QCOMPARE(board.unchooseDomain(kCitizen, QStringLiteral("money")), Result::Ok);
        QVERIFY(board.placementsOn(QStringLiteral("money")).isEmpty());
        QCOMPARE(domainsOf(board.placements()), QStringList {u"housing"_qs});
        // Choosing it again starts empty: the old fiches do not come back.
        QCOMPARE(board.chooseDomain(kCitizen, QStringLiteral("money")), Result::Ok);
        QVERIFY(board.placementsOn(QStringLiteral("money")).isEmpty());
    }

    // --- removing perspectives ---

    void removingAPerspectiveRemovesItsFiches()
    {
        Board board = boardWithFiches();
        QCOMPARE(board.removePerspective(kCitizen, kPro), Result::Ok);
        QVERIFY(!board.perspective(kPro).has_value());
        QVERIFY(board.placementsBy(kPro).isEmpty());
        QVERIFY(board.placementsOn(QStringLiteral("housing")).isEmpty());
        QCOMPARE(perspectivesOf(board.placementsOn(QStringLiteral("money"))),
            (QStringList {kCitizen, kPartner, kPeer}));
        QCOMPARE(board.place(fiche(kPro, QStringLiteral("money"))), Result::UnknownPerspective);
    }

    void theCitizenCannotBeRemoved()
    {
        Board board = boardWithFiches();
        const Board before = board;
        QCOMPARE(board.removePerspective(kCitizen, kCitizen), Result::CitizenStays);
        QCOMPARE(board.removePerspective(kPro, kCitizen), Result::NotCitizen);
        QVERIFY(board == before);
    }

    void onlyTheCitizenRemovesPerspectives()
    {
        Board board = boardWithFiches();
        const Board before = board;
        QCOMPARE(board.removePerspective(kPro, kPeer), Result::NotCitizen);
        QCOMPARE(board.removePerspective(kPeer, kPeer), Result::NotCitizen);
        QCOMPARE(board.removePerspective(kStranger, kPeer), Result::UnknownPerspective);
        QCOMPARE(board.removePerspective(kCitizen, kStranger), Result::UnknownPerspective);
        QVERIFY(board == before);
    }

    // --- hiding and removing fiches: only the citizen ---

    void theCitizenHidesAndShowsOthersFiches()
    {
        Board board = boardWithFiches();
        QCOMPARE(
            board.setPlacementHidden(kCitizen, kPro, QStringLiteral("money"), true), Result::Ok);
        QVERIFY(board.placement(kPro, QStringLiteral("money"))->isHidden());
        QCOMPARE(perspectivesOf(board.visiblePlacementsOn(QStringLiteral("money"))),
            (QStringList {kCitizen, kPartner, kPeer}));
        // Hidden is kept, not lost: the citizen still sees it to unhide it.
        QCOMPARE(board.placementsOn(QStringLiteral("money")).size(), 4);
        QCOMPARE(board.setPlacementHidden(kCitizen, kPro, QStringLiteral("money"), true),
            Result::Unchanged);
        QCOMPARE(
            board.setPlacementHidden(kCitizen, kPro, QStringLiteral("money"), false), Result::Ok);
        QVERIFY(!board.placement(kPro, QStringLiteral("money"))->isHidden());
        QCOMPARE(board.visiblePlacementsOn(QStringLiteral("money")).size(), 4);
    }

    void othersCannotHideOrRemove_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<Result>("expected");
        QTest::newRow("pro hides peer") << kPro << kPeer << Result::NotCitizen;
        QTest::newRow("pro hides own") << kPro << kPro << Result::NotCitizen;
        QTest::newRow("pro hides citizen") << kPro << kCitizen << Result::NotCitizen;
        QTest::newRow("partner hides pro") << kPartner << kPro << Result::NotCitizen;
        QTest::newRow("peer hides partner") << kPeer << kPartner << Result::NotCitizen;
        QTest::newRow("stranger") << kStranger << kPro << Result::UnknownPerspective;
    }

    void othersCannotHideOrRemove()
    {
        QFETCH(QString, actor);
        QFETCH(QString, owner);
        QFETCH(Result, expected);
        Board board = boardWithFiches();
        const Board before = board;
        QCOMPARE(board.setPlacementHidden(actor, owner, QStringLiteral("money"), true), expected);
        QCOMPARE(board.removePlacement(actor, owner, QStringLiteral("money")), expected);
        QVERIFY(board == before);
    }

    void othersCannotUnhideWhatTheCitizenHid()
    {
        Board board = boardWithFiches();
        QCOMPARE(
            board.setPlacementHidden(kCitizen, kPro, QStringLiteral("money"), true), Result::Ok);
        QCOMPARE(board.setPlacementHidden(kPro, kPro, QStringLiteral("money"), false),
            Result::NotCitizen);
        // Placing again keeps the citizen's choice to hide it.
        QCOMPARE(board.place(fiche(kPro, QStringLiteral("money"), Feeling::Happy)), Result::Ok);
        QVERIFY(board.placement(kPro, QStringLiteral("money"))->isHidden());
        QCOMPARE(board.placement(kPro, QStringLiteral("money"))->feeling(), Feeling::Happy);
    }

    void aNewFicheCannotArriveHidden()
    {
        Board board = boardWithFiches();
        Placement placement = fiche(kPro, QStringLiteral("mind"));
        placement.setHidden(true);
        QCOMPARE(board.place(placement), Result::Ok);
        QVERIFY(!board.placement(kPro, QStringLiteral("mind"))->isHidden());
    }

    void theCitizenDoesNotHideOwnFiche()
    {
        Board board = boardWithFiches();
        QCOMPARE(board.setPlacementHidden(kCitizen, kCitizen, QStringLiteral("money"), true),
            Result::OwnPlacement);
        QVERIFY(!board.placement(kCitizen, QStringLiteral("money"))->isHidden());
    }

    void hidingOrRemovingAMissingFicheSaysSo()
    {
        Board board = boardWithFiches();
        QCOMPARE(board.setPlacementHidden(kCitizen, kPeer, QStringLiteral("mind"), true),
            Result::NoPlacement);
        QCOMPARE(
            board.removePlacement(kCitizen, kPeer, QStringLiteral("mind")), Result::NoPlacement);
        QCOMPARE(board.removePlacement(kCitizen, kStranger, QStringLiteral("money")),
            Result::NoPlacement);
    }

    void theCitizenRemovesAnyFiche_data() { anyPerspectivePlacesOnAChosenDomain_data(); }

    void theCitizenRemovesAnyFiche()
    {
        QFETCH(QString, who);
        Board board = boardWithFiches();
        QCOMPARE(board.removePlacement(kCitizen, who, QStringLiteral("money")), Result::Ok);
        QVERIFY(!board.placement(who, QStringLiteral("money")).has_value());
        QCOMPARE(board.placementsOn(QStringLiteral("money")).size(), 3);
        QVERIFY(board.perspective(who).has_value());
    }

    // --- whose fiche ("Wie vertelt nu?") ---

    // Recorded under the wrong person: the citizen moves it to the right one, all of it kept.
    void theCitizenChangesWhoseFicheItIs()
    {
        Board board = boardWithFiches();
        QCOMPARE(board.changeFichePerson(kCitizen, kPro, kPartner, QStringLiteral("housing")),
            Result::Ok);
        QVERIFY(!board.placement(kPro, QStringLiteral("housing")).has_value());
        const auto moved = board.placement(kPartner, QStringLiteral("housing"));
        QVERIFY(moved.has_value());
        QCOMPARE(moved->feeling(), Feeling::Happy);
        QCOMPARE(moved->wish(), Wish::Yes);
        QCOMPARE(board.placements().size(), 5);
    }

    void onlyTheCitizenChangesWhoseFicheItIs_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<Result>("expected");
        QTest::newRow("partner") << kPartner << Result::NotCitizen;
        QTest::newRow("professional") << kPro << Result::NotCitizen;
        QTest::newRow("peer") << kPeer << Result::NotCitizen;
        QTest::newRow("stranger") << kStranger << Result::UnknownPerspective;
    }

    void onlyTheCitizenChangesWhoseFicheItIs()
    {
        QFETCH(QString, actor);
        QFETCH(Result, expected);
        Board board = boardWithFiches();
        const Board before = board;
        QCOMPARE(
            board.changeFichePerson(actor, kPro, kPartner, QStringLiteral("housing")), expected);
        QCOMPARE(board, before);
    }

    // Not onto someone who already said something there, not from or to someone unknown, and
    // not a fiche that is not there; moving to the same person changes nothing.
    void changingWhoseFicheItIsIsRefusedKindly()
    {
        Board board = boardWithFiches();
        const Board before = board;
        QCOMPARE(board.changeFichePerson(kCitizen, kPro, kPartner, QStringLiteral("money")),
            Result::Occupied);
        QCOMPARE(board.changeFichePerson(kCitizen, kStranger, kPartner, QStringLiteral("housing")),
            Result::UnknownPerspective);
        QCOMPARE(board.changeFichePerson(kCitizen, kPro, kStranger, QStringLiteral("housing")),
            Result::UnknownPerspective);
        QCOMPARE(board.changeFichePerson(kCitizen, kPeer, kPartner, QStringLiteral("mind")),
            Result::NoPlacement);
        QCOMPARE(board.changeFichePerson(kCitizen, kPro, kPro, QStringLiteral("housing")),
            Result::Unchanged);
        QCOMPARE(board, before);
    }

    // A hidden fiche that turns out to be her own is shown: her own words are never hidden.
    void aFicheThatBecomesTheCitizensOwnIsShown()
    {
        Board board = boardWithFiches();
        QCOMPARE(
            board.setPlacementHidden(kCitizen, kPro, QStringLiteral("housing"), true), Result::Ok);
        QCOMPARE(board.changeFichePerson(kCitizen, kPro, kCitizen, QStringLiteral("housing")),
            Result::Ok);
        QVERIFY(!board.placement(kCitizen, QStringLiteral("housing"))->isHidden());
        QCOMPARE(board.changeFichePerson(kCitizen, kCitizen, kPeer, QStringLiteral("housing")),
            Result::Ok);
        QVERIFY(!board.placement(kPeer, QStringLiteral("housing"))->isHidden());
    }

    // --- "Wat mij hielp" ---

    void onlyAnErvaringswerkerTellsWhatHelped_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<Result>("expected");
        QTest::newRow("peer, chosen") << kPeer << u"money"_qs << Result::Ok;
        QTest::newRow("peer, not chosen") << kPeer << u"work"_qs << Result::NotChosen;
        QTest::newRow("peer, unknown domain") << kPeer << u"debts"_qs << Result::UnknownDomain;
        QTest::newRow("citizen") << kCitizen << u"money"_qs << Result::NotPeer;
        QTest::newRow("professional") << kPro << u"money"_qs << Result::NotPeer;
        QTest::newRow("partner") << kPartner << u"money"_qs << Result::NotPeer;
        QTest::newRow("stranger") << kStranger << u"money"_qs << Result::UnknownPerspective;
    }

    void onlyAnErvaringswerkerTellsWhatHelped()
    {
        QFETCH(QString, who);
        QFETCH(QString, domain);
        QFETCH(Result, expected);
        QCOMPARE(boardWithFiches().mayAddExperience(who, domain), expected);
    }

    // --- goals ---

    void goalsOnlyByTheCitizenOnAChosenDomain_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<Result>("expected");
        QTest::newRow("citizen, chosen") << kCitizen << u"money"_qs << Result::Ok;
        QTest::newRow("citizen, not chosen") << kCitizen << u"work"_qs << Result::NotChosen;
        QTest::newRow("citizen, unknown") << kCitizen << u"debts"_qs << Result::UnknownDomain;
        QTest::newRow("professional") << kPro << u"money"_qs << Result::NotCitizen;
        QTest::newRow("peer") << kPeer << u"money"_qs << Result::NotCitizen;
        QTest::newRow("stranger") << kStranger << u"money"_qs << Result::UnknownPerspective;
    }

    void goalsOnlyByTheCitizenOnAChosenDomain()
    {
        QFETCH(QString, actor);
        QFETCH(QString, domain);
        QFETCH(Result, expected);
        QCOMPARE(boardWithFiches().mayAddGoal(actor, domain), expected);
    }

    // --- a new board from the previous one ---

    void startFromCopiesEverything()
    {
        Board previous = boardWithFiches();
        QCOMPARE(previous.moveDomain(kCitizen, QStringLiteral("mind"), 0), Result::Ok);
        QCOMPARE(previous.setPlacementHidden(kCitizen, kPeer, QStringLiteral("money"), true),
            Result::Ok);
        const QDate later = kDate.addMonths(2);

        const Board next = Board::startFrom(previous, QStringLiteral("board-2"), later);
        QCOMPARE(next.id(), QStringLiteral("board-2"));
        QCOMPARE(next.date(), later);
        QCOMPARE(next.chosenDomains(), previous.chosenDomains());
        QCOMPARE(next.perspectives(), previous.perspectives());
        QCOMPARE(next.placements(), previous.placements());
        QVERIFY(next.placement(kPeer, QStringLiteral("money"))->isHidden());
        QCOMPARE(next.citizenId(), kCitizen);
        QCOMPARE(previous.id(), QStringLiteral("board-1"));
        QCOMPARE(previous.date(), kDate);
    }

    void startFromIsIndependent()
    {
        Board previous = boardWithFiches();
        const Board snapshot = previous;
        Board next = Board::startFrom(previous, QStringLiteral("board-2"), kDate.addDays(30));

        QCOMPARE(next.unchooseDomain(kCitizen, QStringLiteral("money")), Result::Ok);
        QCOMPARE(next.chooseDomain(kCitizen, QStringLiteral("work")), Result::Ok);
        QCOMPARE(next.moveDomain(kCitizen, QStringLiteral("work"), 0), Result::Ok);
        QCOMPARE(next.removePerspective(kCitizen, kPartner), Result::Ok);
        QCOMPARE(next.place(fiche(kPro, QStringLiteral("housing"), Feeling::Sad)), Result::Ok);
        QVERIFY(previous == snapshot);

        QCOMPARE(previous.place(fiche(kPeer, QStringLiteral("mind"))), Result::Ok);
        QVERIFY(!next.placement(kPeer, QStringLiteral("mind")).has_value());
        QCOMPARE(next.chosenDomains(), (QStringList {u"work"_qs, u"housing"_qs, u"mind"_qs}));
        QCOMPARE(previous.placement(kPro, QStringLiteral("housing"))->feeling(), Feeling::Happy);
    }
};

QTEST_GUILESS_MAIN(TestBoard)
#include "tst_board.moc"
