#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <memory>

#include "core/clock.h"
#include "core/lifedomaincatalogue.h"
#include "modelchecks.h"
#include "openvault.h"
#include "ui/board/boardcontroller.h"
#include "ui/board/boardhistorymodel.h"
#include "ui/board/chosendomainsmodel.h"
#include "ui/board/domaintilesmodel.h"
#include "ui/board/perspectivesmodel.h"
#include "ui/settings/languagecontroller.h"
#include "ui/vault/vaultcontroller.h"

using mapje::BoardController;
using mapje::BoardHistoryModel;
using mapje::ChosenDomainsModel;
using mapje::DomainTilesModel;
using mapje::PerspectivesModel;
using mapje::VaultController;
using modelchecks::forbiddenWordIn;
using modelchecks::StructureSpies;

/**
 * The four board models under QAbstractItemModelTester while real changes go through
 * BoardController on a real vault: the right signals, stable keys, and no numbers about the
 * person.
 */
class TestBoardModels : public QObject {
    Q_OBJECT

private:
    const QString m_pin = QString::fromLatin1(OpenVault::Pin);
    mapje::ManualClock m_clock {QDateTime(QDate(2026, 3, 3), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<OpenVault> m_app;
    QList<QAbstractItemModelTester *> m_testers;

    BoardController *board() const { return (*m_app)->boardController(); }
    DomainTilesModel *tiles() const { return board()->tiles(); }
    ChosenDomainsModel *chosen() const { return board()->chosen(); }
    PerspectivesModel *perspectives() const { return board()->perspectives(); }
    BoardHistoryModel *history() const { return board()->history(); }

    QList<QAbstractItemModel *> allModels() const
    {
        return {tiles(), chosen(), perspectives(), history()};
    }

    QStringList chosenModelKeys() const
    {
        QStringList keys;
        for (int row = 0; row < chosen()->rowCount(); ++row)
            keys << chosen()->index(row).data(ChosenDomainsModel::KeyRole).toString();
        return keys;
    }

    void choose(const QStringList &ids)
    {
        for (const QString &id : ids)
            board()->chooseDomain(id);
    }

    static int tileRow(const QString &domainId)
    {
        return int(mapje::LifeDomainCatalogue::ids().indexOf(domainId));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    /** A fresh vault, the testers watching every model from before it opens, and an empty board.
     */
    void init()
    {
        m_app = std::make_unique<OpenVault>(m_clock, nullptr, OpenVault::Create::Later);
        QVERIFY(m_app->isValid());
        m_testers << modelchecks::watch(allModels());
        m_app->createVault();
        QTRY_COMPARE((*m_app)->vaultController()->stage(), VaultController::Open);
        QVERIFY(!board()->hasBoard());
        board()->startNewBoard(false);
        QVERIFY(board()->hasBoard());
    }

    void cleanup()
    {
        qDeleteAll(m_testers);
        m_testers.clear();
        m_app.reset();
    }

    void roleNamesHaveAStableKeyAndNoNumbersAboutThePerson()
    {
        for (QAbstractItemModel *model : allModels()) {
            const QHash<int, QByteArray> roles = model->roleNames();
            const QByteArray modelName = model->metaObject()->className();
            QVERIFY2(roles.values().contains("key"), modelName.constData());
            for (const QByteArray &name : roles) {
                const QString word = forbiddenWordIn(QString::fromLatin1(name));
                QVERIFY2(word.isEmpty(),
                    qPrintable(
                        QStringLiteral("%1 role %2 contains '%3'")
                            .arg(QString::fromLatin1(modelName), QString::fromLatin1(name), word)));
            }
        }
        // The roles that carry maps: their keys are words and pictures, never a value either.
        choose({QStringLiteral("money"), QStringLiteral("housing")});
        board()->setFeeling(board()->citizenId(), QStringLiteral("money"), QStringLiteral("sad"));
        const QString partner
            = board()->addPerspective(QStringLiteral("close"), QStringLiteral("Ahmed"));
        board()->setWish(partner, QStringLiteral("money"), QStringLiteral("yes"));
        QList<QVariantMap> maps;
        for (int row = 0; row < chosen()->rowCount(); ++row) {
            for (const QVariant &fiche :
                chosen()->index(row).data(ChosenDomainsModel::FichesRole).toList())
                maps << fiche.toMap();
        }
        for (const QVariant &domain :
            history()->index(0).data(BoardHistoryModel::DomainsRole).toList())
            maps << domain.toMap();
        maps << board()->domainInfo(QStringLiteral("money"))
             << board()->fiche(partner, QStringLiteral("money"));
        QCOMPARE(maps.size(), 6);
        for (const QVariantMap &map : std::as_const(maps)) {
            for (auto it = map.cbegin(); it != map.cend(); ++it) {
                QVERIFY2(forbiddenWordIn(it.key()).isEmpty(), qPrintable(it.key()));
                // No number rides along under an innocent name.
                const auto type = it.value().typeId();
                QVERIFY2(type != QMetaType::Int && type != QMetaType::Double
                        && type != QMetaType::LongLong,
                    qPrintable(it.key()));
            }
        }
    }

    void tilesAreTheCatalogueWithUniqueKeys()
    {
        const QStringList ids = mapje::LifeDomainCatalogue::ids();
        QCOMPARE(tiles()->rowCount(), 14);
        QCOMPARE(ids.size(), 14);
        QStringList keys;
        for (int row = 0; row < tiles()->rowCount(); ++row) {
            const QModelIndex index = tiles()->index(row);
            keys << index.data(DomainTilesModel::KeyRole).toString();
            QVERIFY(!index.data(DomainTilesModel::NameRole).toString().isEmpty());
            QVERIFY(!index.data(DomainTilesModel::ChosenRole).toBool());
        }
        QCOMPARE(keys, ids);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 14);
    }

    void chooseAndUnchooseUpdateTilesAndChosen()
    {
        StructureSpies tileSpies(tiles());
        StructureSpies chosenSpies(chosen());
        QSignalSpy countSpy(chosen(), &ChosenDomainsModel::countChanged);

        board()->chooseDomain(QStringLiteral("housing"));
        // The tiles: exactly the one tile changes its chosen role, nothing is rebuilt.
        QCOMPARE(tileSpies.structural(), 0);
        QCOMPARE(tileSpies.data.size(), 1);
        const int housing = tileRow(QStringLiteral("housing"));
        QCOMPARE(tileSpies.data.at(0).at(0).toModelIndex().row(), housing);
        QCOMPARE(tileSpies.data.at(0).at(1).toModelIndex().row(), housing);
        QCOMPARE(tileSpies.data.at(0).at(2).value<QList<int>>(),
            QList<int> {DomainTilesModel::ChosenRole});
        QVERIFY(tiles()->index(housing).data(DomainTilesModel::ChosenRole).toBool());
        // The chosen list grows by one row (inserted or reset, both are fine for a view).
        QVERIFY(chosenSpies.inserted.size() + chosenSpies.reset.size() >= 1);
        QCOMPARE(chosen()->rowCount(), 1);
        QCOMPARE(countSpy.size(), 1);

        choose({QStringLiteral("money"), QStringLiteral("work")});
        QCOMPARE(chosenModelKeys(),
            (QStringList {
                QStringLiteral("housing"), QStringLiteral("money"), QStringLiteral("work")}));
        QCOMPARE(countSpy.size(), 3);

        tileSpies.data.clear();
        board()->unchooseDomain(QStringLiteral("money"));
        QCOMPARE(tileSpies.structural(), 0);
        QCOMPARE(tileSpies.data.size(), 1);
        QCOMPARE(tileSpies.data.at(0).at(0).toModelIndex().row(), tileRow(QStringLiteral("money")));
        QVERIFY(!tiles()
                     ->index(tileRow(QStringLiteral("money")))
                     .data(DomainTilesModel::ChosenRole)
                     .toBool());
        QCOMPARE(
            chosenModelKeys(), (QStringList {QStringLiteral("housing"), QStringLiteral("work")}));
        QCOMPARE(countSpy.size(), 4);

        // toggleDomain goes both ways.
        board()->toggleDomain(QStringLiteral("work"));
        QCOMPARE(chosenModelKeys(), QStringList {QStringLiteral("housing")});
        board()->toggleDomain(QStringLiteral("work"));
        QCOMPARE(
            chosenModelKeys(), (QStringList {QStringLiteral("housing"), QStringLiteral("work")}));
    }

    void singleMovesAreRowsMovedWithNewPlaces()
    {
        const QStringList ids {QStringLiteral("money"), QStringLiteral("housing"),
            QStringLiteral("health"), QStringLiteral("family")};
        choose(ids);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(chosen()->index(row).data(ChosenDomainsModel::PlaceRole).toInt(), row + 1);
        const QPersistentModelIndex health = chosen()->index(2);

        StructureSpies spies(chosen());
        QSignalSpy aboutToMove(chosen(), &QAbstractItemModel::rowsAboutToBeMoved);
        board()->moveUp(QStringLiteral("health"));
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(spies.removed.size(), 0);
        QCOMPARE(spies.moved.size(), 1);
        QCOMPARE(aboutToMove.size(), 1);
        // rowsMoved(parent, start, end, destination, row). Swapping two neighbours can be said
        // as "row 2 before row 1" or as "row 1 after row 2"; both leave the same order.
        const int start = spies.moved.at(0).at(1).toInt();
        QCOMPARE(spies.moved.at(0).at(2).toInt(), start);
        const int destination = spies.moved.at(0).at(4).toInt();
        QVERIFY2((start == 2 && destination == 1) || (start == 1 && destination == 3),
            qPrintable(QStringLiteral("moved %1 to %2").arg(start).arg(destination)));
        QCOMPARE(chosenModelKeys(),
            (QStringList {QStringLiteral("money"), QStringLiteral("health"),
                QStringLiteral("housing"), QStringLiteral("family")}));
        // The key stays with its domain; the place follows the citizen's new order.
        QCOMPARE(health.row(), 1);
        QCOMPARE(health.data(ChosenDomainsModel::KeyRole).toString(), QStringLiteral("health"));
        QCOMPARE(health.data(ChosenDomainsModel::PlaceRole).toInt(), 2);
        QVERIFY(spies.data.size() >= 1);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(chosen()->index(row).data(ChosenDomainsModel::PlaceRole).toInt(), row + 1);

        // Down: Qt's destination is one row further than the new place.
        spies.moved.clear();
        board()->moveDown(QStringLiteral("money"));
        QCOMPARE(spies.moved.size(), 1);
        QCOMPARE(spies.moved.at(0).at(1).toInt(), 0);
        QCOMPARE(spies.moved.at(0).at(4).toInt(), 2);
        QCOMPARE(chosenModelKeys(),
            (QStringList {QStringLiteral("health"), QStringLiteral("money"),
                QStringLiteral("housing"), QStringLiteral("family")}));
        QCOMPARE(health.row(), 0);
        QCOMPARE(health.data(ChosenDomainsModel::PlaceRole).toInt(), 1);

        // A long move by drag is a single move too.
        spies.moved.clear();
        board()->moveTo(QStringLiteral("health"), 3);
        QCOMPARE(spies.moved.size(), 1);
        QCOMPARE(health.row(), 3);
        QCOMPARE(health.data(ChosenDomainsModel::PlaceRole).toInt(), 4);
        QCOMPARE(chosen()->rowOf(QStringLiteral("health")), 3);

        // Undo of a move is a move back, not a rebuilt list.
        spies.moved.clear();
        board()->undo();
        QCOMPARE(spies.moved.size(), 1);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(health.row(), 0);
        QCOMPARE(chosenModelKeys(), board()->chosenKeys());

        // At the top already: nothing moves, nothing is signalled.
        spies.moved.clear();
        spies.data.clear();
        board()->moveUp(QStringLiteral("health"));
        QCOMPARE(spies.moved.size(), 0);
        QCOMPARE(spies.structural(), 0);
    }

    void placeIsOnlyTheCitizensOwnOrder()
    {
        const QStringList ids {
            QStringLiteral("work"), QStringLiteral("money"), QStringLiteral("mind")};
        choose(ids);
        const QString partner
            = board()->addPerspective(QStringLiteral("close"), QStringLiteral("Ahmed"));
        const QString worker = board()->addPerspective(QStringLiteral("professional"), {});
        // Everyone sad about the last domain and happy about the first: the order stays the
        // citizen's.
        for (const QString &who : {board()->citizenId(), partner, worker}) {
            board()->setFeeling(who, QStringLiteral("mind"), QStringLiteral("sad"));
            board()->setWish(who, QStringLiteral("mind"), QStringLiteral("yes"));
            board()->setFeeling(who, QStringLiteral("work"), QStringLiteral("happy"));
            board()->setWish(who, QStringLiteral("work"), QStringLiteral("no"));
        }
        QCOMPARE(chosenModelKeys(), ids);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(chosen()->index(row).data(ChosenDomainsModel::PlaceRole).toInt(), row + 1);
            QCOMPARE(chosen()->index(row).data(ChosenDomainsModel::KeyRole).toString(),
                board()->chosenKeys().at(row));
        }
    }

    void ficheChangesAreDataChanged()
    {
        choose({QStringLiteral("money"), QStringLiteral("housing")});
        const QString me = board()->citizenId();
        const QString peer
            = board()->addPerspective(QStringLiteral("peer"), QStringLiteral("Sanne"));
        QVERIFY(!peer.isEmpty());

        StructureSpies spies(chosen());
        StructureSpies perspectiveSpies(perspectives());
        board()->setFeeling(me, QStringLiteral("money"), QStringLiteral("sad"));
        QCOMPARE(spies.structural(), 0);
        QVERIFY(spies.data.size() >= 1);
        const QModelIndex money = chosen()->index(0);
        QCOMPARE(
            money.data(ChosenDomainsModel::CitizenFeelingRole).toString(), QStringLiteral("sad"));
        // A face alone answers no wish: the wish stays unanswered until she picks one.
        QCOMPARE(money.data(ChosenDomainsModel::CitizenWishRole).toString(),
            QStringLiteral("unanswered"));

        board()->setWish(me, QStringLiteral("money"), QStringLiteral("yes"));
        board()->setNote(me, QStringLiteral("money"), QStringLiteral("De brieven"));
        board()->setFeeling(peer, QStringLiteral("money"), QStringLiteral("unsure"));
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(perspectiveSpies.structural(), 0); // the people did not change
        QCOMPARE(money.data(ChosenDomainsModel::CitizenWishRole).toString(), QStringLiteral("yes"));
        QCOMPARE(money.data(ChosenDomainsModel::CitizenNoteRole).toString(),
            QStringLiteral("De brieven"));
        const QVariantList fiches = money.data(ChosenDomainsModel::FichesRole).toList();
        QCOMPARE(fiches.size(), 2);
        QStringList owners;
        for (const QVariant &fiche : fiches)
            owners << fiche.toMap().value(QStringLiteral("perspectiveId")).toString();
        QCOMPARE(owners, (QStringList {me, peer}));
        // Another's fiche is labelled with who said it.
        QVERIFY(fiches.at(1)
                    .toMap()
                    .value(QStringLiteral("title"))
                    .toString()
                    .contains(QStringLiteral("Sanne")));

        // Hiding and removing another's fiche: data changes, the rows stay.
        board()->setFicheHidden(peer, QStringLiteral("money"), true);
        QVERIFY(chosen()
                    ->index(0)
                    .data(ChosenDomainsModel::FichesRole)
                    .toList()
                    .at(1)
                    .toMap()
                    .value(QStringLiteral("hidden"))
                    .toBool());
        board()->removeFiche(peer, QStringLiteral("money"));
        QCOMPARE(chosen()->index(0).data(ChosenDomainsModel::FichesRole).toList().size(), 1);
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(
            chosenModelKeys(), (QStringList {QStringLiteral("money"), QStringLiteral("housing")}));
    }

    void perspectivesAddedAndRemoved()
    {
        choose({QStringLiteral("money")});
        QCOMPARE(perspectives()->rowCount(), 1);
        QVERIFY(perspectives()->index(0).data(PerspectivesModel::IsCitizenRole).toBool());
        QCOMPARE(perspectives()->index(0).data(PerspectivesModel::KeyRole).toString(),
            board()->citizenId());
        QCOMPARE(perspectives()->index(0).data(PerspectivesModel::KindRole).toString(),
            QStringLiteral("citizen"));

        QSignalSpy countSpy(perspectives(), &PerspectivesModel::countChanged);
        StructureSpies spies(perspectives());
        const QString partner
            = board()->addPerspective(QStringLiteral("close"), QStringLiteral("  Ahmed "));
        const QString worker
            = board()->addPerspective(QStringLiteral("professional"), QStringLiteral("Jeroen"));
        QVERIFY(spies.structural() >= 2);
        QCOMPARE(countSpy.size(), 2);
        QCOMPARE(perspectives()->rowCount(), 3);
        const QModelIndex second = perspectives()->index(1);
        QCOMPARE(second.data(PerspectivesModel::KeyRole).toString(), partner);
        QCOMPARE(second.data(PerspectivesModel::KindRole).toString(), QStringLiteral("close"));
        QCOMPARE(
            second.data(PerspectivesModel::DisplayNameRole).toString(), QStringLiteral("Ahmed"));
        QVERIFY(!second.data(PerspectivesModel::IsCitizenRole).toBool());
        QVERIFY(
            second.data(PerspectivesModel::TitleRole).toString().contains(QStringLiteral("Ahmed")));
        QCOMPARE(perspectives()->index(2).data(PerspectivesModel::KeyRole).toString(), worker);

        // A fiche changes nothing about the people, so no signal at all.
        spies.data.clear();
        const int before = spies.structural();
        board()->setFeeling(partner, QStringLiteral("money"), QStringLiteral("sad"));
        QCOMPARE(spies.structural(), before);
        QCOMPARE(spies.data.size(), 0);

        // Removing the partner takes the partner's fiches along.
        board()->removePerspective(partner);
        QCOMPARE(perspectives()->rowCount(), 2);
        QCOMPARE(countSpy.size(), 3);
        QCOMPARE(perspectives()->index(1).data(PerspectivesModel::KeyRole).toString(), worker);
        QCOMPARE(chosen()->index(0).data(ChosenDomainsModel::FichesRole).toList().size(), 0);
        QVERIFY(board()->fiche(partner, QStringLiteral("money")).isEmpty());
    }

    void historyFollowsNewBoardsAndSaves()
    {
        QCOMPARE(history()->rowCount(), 1);
        const QString first = board()->boardId();
        QCOMPARE(history()->index(0).data(BoardHistoryModel::KeyRole).toString(), first);
        QCOMPARE(history()->index(0).data(BoardHistoryModel::DateRole).toDate(), QDate(2026, 3, 3));
        QVERIFY(history()->index(0).data(BoardHistoryModel::DomainsRole).toList().isEmpty());

        // A save shows in the history at once.
        board()->chooseDomain(QStringLiteral("money"));
        board()->setFeeling(board()->citizenId(), QStringLiteral("money"), QStringLiteral("happy"));
        const QModelIndex saved = history()->index(0);
        QVERIFY(saved.data(BoardHistoryModel::SummaryRole)
                    .toString()
                    .contains(board()->domainName(QStringLiteral("money"))));
        const QVariantList domains = saved.data(BoardHistoryModel::DomainsRole).toList();
        QCOMPARE(domains.size(), 1);
        QCOMPARE(
            domains.at(0).toMap().value(QStringLiteral("key")).toString(), QStringLiteral("money"));
        QCOMPARE(domains.at(0).toMap().value(QStringLiteral("feeling")).toString(),
            QStringLiteral("happy"));

        // A new board a week later: newest first, the first one still there.
        QSignalSpy countSpy(history(), &BoardHistoryModel::countChanged);
        m_clock.advance(7 * 24 * 3600);
        board()->startNewBoard(false);
        QCOMPARE(history()->rowCount(), 2);
        QCOMPARE(countSpy.size(), 1);
        QCOMPARE(
            history()->index(0).data(BoardHistoryModel::KeyRole).toString(), board()->boardId());
        QCOMPARE(history()->index(1).data(BoardHistoryModel::KeyRole).toString(), first);
        QCOMPARE(
            history()->index(0).data(BoardHistoryModel::DateRole).toDate(), QDate(2026, 3, 10));
        QVERIFY(!history()->index(0).data(BoardHistoryModel::DateTextRole).toString().isEmpty());
        QVERIFY(history()->index(0).data(BoardHistoryModel::DomainsRole).toList().isEmpty());
        QCOMPARE(history()->index(1).data(BoardHistoryModel::DomainsRole).toList().size(), 1);
    }

    void retranslateIsOnlyDataChanged()
    {
        choose({QStringLiteral("money"), QStringLiteral("housing")});
        board()->addPerspective(QStringLiteral("peer"), QStringLiteral("Sanne"));
        board()->setFeeling(board()->citizenId(), QStringLiteral("money"), QStringLiteral("sad"));
        m_clock.advance(24 * 3600);
        board()->startNewBoard(true);
        const QString englishName = QStringLiteral("Money");
        const QString dutchName = board()->domainName(QStringLiteral("money"));

        std::vector<std::unique_ptr<StructureSpies>> spies;
        for (QAbstractItemModel *model : allModels())
            spies.push_back(std::make_unique<StructureSpies>(model));
        const QList<int> rowsBefore {tiles()->rowCount(), chosen()->rowCount(),
            perspectives()->rowCount(), history()->rowCount()};

        (*m_app)->languageController()->choose(QStringLiteral("en"));
        for (size_t i = 0; i < spies.size(); ++i) {
            QCOMPARE(spies[i]->structural(), 0);
            QVERIFY2(spies[i]->data.size() >= 1,
                allModels().at(qsizetype(i))->metaObject()->className());
        }
        const QList<int> rowsAfter {tiles()->rowCount(), chosen()->rowCount(),
            perspectives()->rowCount(), history()->rowCount()};
        QCOMPARE(rowsAfter, rowsBefore);
        // The words did change (when the English catalogue is there).
        const QString name = chosen()->index(0).data(ChosenDomainsModel::NameRole).toString();
        if (name == dutchName)
            QWARN("The English translation is not loaded; only the signals were checked.");
        else
            QCOMPARE(name, englishName);
        QCOMPARE(chosen()->index(0).data(ChosenDomainsModel::KeyRole).toString(),
            QStringLiteral("money"));

        (*m_app)->languageController()->choose(QStringLiteral("nl"));
        for (const auto &spy : spies)
            QCOMPARE(spy->structural(), 0);
        QCOMPARE(chosen()->index(0).data(ChosenDomainsModel::NameRole).toString(), dutchName);
    }

    void restartShowsTheSameRows()
    {
        choose({QStringLiteral("money"), QStringLiteral("mind"), QStringLiteral("work")});
        board()->moveTo(QStringLiteral("work"), 0);
        const QString partner
            = board()->addPerspective(QStringLiteral("close"), QStringLiteral("Ahmed"));
        board()->setFeeling(partner, QStringLiteral("mind"), QStringLiteral("happy"));
        const QStringList keys = chosenModelKeys();

        VaultController *vault = (*m_app)->vaultController();
        vault->lock();
        QCOMPARE(chosen()->rowCount(), 0); // nothing readable while locked
        QCOMPARE(perspectives()->rowCount(), 0);
        QCOMPARE(history()->rowCount(), 0);
        (*m_app)->reopen();
        vault->unlock(m_pin);
        QTRY_COMPARE(vault->stage(), VaultController::Open);
        QCOMPARE(chosenModelKeys(), keys);
        QCOMPARE(perspectives()->rowCount(), 2);
        QCOMPARE(history()->rowCount(), 1);
        QCOMPARE(chosen()
                     ->index(chosen()->rowOf(QStringLiteral("mind")))
                     .data(ChosenDomainsModel::FichesRole)
                     .toList()
                     .size(),
            1);
        for (const QString &key : keys)
            QVERIFY(tiles()->index(tileRow(key)).data(DomainTilesModel::ChosenRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestBoardModels)

#include "tst_boardmodels.moc"
