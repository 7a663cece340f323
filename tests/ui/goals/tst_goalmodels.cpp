#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <memory>

#include "core/clock.h"
#include "modelchecks.h"
#include "openvault.h"
#include "ui/board/boardcontroller.h"
#include "ui/goals/goalscontroller.h"
#include "ui/goals/goalsmodel.h"
#include "ui/goals/stepsmodel.h"
#include "ui/settings/languagecontroller.h"
#include "ui/vault/vaultcontroller.h"

using mapje::BoardController;
using mapje::GoalsController;
using mapje::GoalsModel;
using mapje::StepsModel;
using mapje::VaultController;
using modelchecks::StructureSpies;

namespace {

/** The words no model may use, and two a goal could be measured by. */
const QStringList ForbiddenWords = modelchecks::ForbiddenWords
    + QStringList {QStringLiteral("progress"), QStringLiteral("percent")};

} // namespace

/**
 * GoalsModel and StepsModel under QAbstractItemModelTester while real changes go through
 * GoalsController on a real vault: the right signals (a change is a changed row, never a reset),
 * stable keys, the words the cards show, and no numbers about the person.
 */
class TestGoalModels : public QObject {
    Q_OBJECT

private:
    const QString m_pin = QString::fromLatin1(OpenVault::Pin);
    mapje::ManualClock m_clock {QDateTime(QDate(2026, 3, 3), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<OpenVault> m_app;
    QList<QAbstractItemModelTester *> m_testers;

    GoalsController *goals() const { return (*m_app)->goalsController(); }
    GoalsModel *list() const { return goals()->goals(); }
    StepsModel *steps() const { return goals()->steps(); }
    [[nodiscard]] static QVariant at(QAbstractItemModel *model, int row, int role)
    {
        return model->data(model->index(row, 0), role);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_app = std::make_unique<OpenVault>(m_clock, nullptr, OpenVault::Create::Later);
        QVERIFY(m_app->isValid());
        m_testers << modelchecks::watch({list(), steps()}, this);
        m_app->createVault();
        QTRY_COMPARE((*m_app)->vaultController()->stage(), VaultController::Open);
        BoardController *board = (*m_app)->boardController();
        board->startNewBoard(false);
        board->chooseDomain(QStringLiteral("money"));
        board->chooseDomain(QStringLiteral("work"));
    }

    void cleanup()
    {
        qDeleteAll(m_testers);
        m_testers.clear();
        m_app.reset();
    }

    void rolesHaveAStableKeyAndNoNumbers()
    {
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(list()),
                 static_cast<QAbstractItemModel *>(steps())}) {
            const auto roles = model->roleNames();
            QCOMPARE(roles.value(Qt::UserRole + 1), QByteArray("key"));
            for (const QByteArray &name : roles) {
                for (const QString &word : ForbiddenWords)
                    QVERIFY2(!QString::fromUtf8(name).contains(word, Qt::CaseInsensitive),
                        name.constData());
            }
        }
        QCOMPARE(list()->roleNames().value(GoalsModel::IconRole), QByteArray("iconSource"));
        QCOMPARE(list()->roleNames().value(GoalsModel::StepsRole), QByteArray("steps"));
        QCOMPARE(
            steps()->roleNames().value(StepsModel::RemindOnIsoRole), QByteArray("remindOnIso"));
    }

    void aCardShowsTheGoalInWords()
    {
        StructureSpies spies(list());
        const QString id
            = goals()->addGoal(QStringLiteral("money"), QStringLiteral("Geen schulden"));
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(list()->rowCount(), 1);
        QVERIFY(!list()->isEmpty());
        QCOMPARE(list()->rowOf(id), 0);
        QCOMPARE(at(list(), 0, GoalsModel::KeyRole).toString(), id);
        QCOMPARE(at(list(), 0, GoalsModel::DomainIdRole).toString(), QStringLiteral("money"));
        QCOMPARE(at(list(), 0, GoalsModel::DomainNameRole).toString(), QStringLiteral("Geld"));
        QCOMPARE(at(list(), 0, GoalsModel::IconRole).toUrl(),
            QUrl(QStringLiteral("qrc:/Mapje/assets/domains/money.svg")));
        QCOMPARE(
            at(list(), 0, GoalsModel::OwnWordsRole).toString(), QStringLiteral("Geen schulden"));
        QCOMPARE(at(list(), 0, GoalsModel::ByWhenTextRole).toString(), QString());
        QCOMPARE(at(list(), 0, GoalsModel::WhoHelpsRole).toString(), QString());
        // No state chosen yet: the card says nothing about it.
        QCOMPARE(at(list(), 0, GoalsModel::StateKeyRole).toString(), QStringLiteral("unanswered"));
        QCOMPARE(at(list(), 0, GoalsModel::StateLabelRole).toString(), QString());
        QVERIFY(at(list(), 0, GoalsModel::StepsRole).toList().isEmpty());

        goals()->setByWhen(QStringLiteral("2026-12-31"));
        const QString byWhen = at(list(), 0, GoalsModel::ByWhenTextRole).toString();
        QVERIFY2(byWhen.contains(QStringLiteral("31 december 2026")), qPrintable(byWhen));
        const QString step = goals()->addStep(QStringLiteral("Schuldhulp bellen"));
        goals()->toggleStep(step);
        const QVariantList cardSteps = at(list(), 0, GoalsModel::StepsRole).toList();
        QCOMPARE(cardSteps.size(), 1);
        const QVariantMap cardStep = cardSteps.constFirst().toMap();
        QCOMPARE(cardStep.value(QStringLiteral("key")).toString(), step);
        QCOMPARE(
            cardStep.value(QStringLiteral("text")).toString(), QStringLiteral("Schuldhulp bellen"));
        QVERIFY(cardStep.value(QStringLiteral("done")).toBool());
        goals()->setState(QStringLiteral("stopped"));
        QCOMPARE(at(list(), 0, GoalsModel::StateLabelRole).toString(), QStringLiteral("Gestopt"));
        // Every one of those changes was a changed row, never a reset or a new row.
        QCOMPARE(spies.structural(), 1);
        QVERIFY(spies.data.size() >= 4);
    }

    void goalsComeInWritingOrderAndGoWithoutAReset()
    {
        const QString first = goals()->addGoal(QStringLiteral("money"), QStringLiteral("Eerste"));
        m_clock.advance(60);
        const QString second = goals()->addGoal(QStringLiteral("work"), QStringLiteral("Tweede"));
        m_clock.advance(60);
        const QString third = goals()->addGoal(QStringLiteral("money"), QStringLiteral("Derde"));
        QCOMPARE(list()->rowOf(first), 0);
        QCOMPARE(list()->rowOf(second), 1);
        QCOMPARE(list()->rowOf(third), 2);

        StructureSpies spies(list());
        QSignalSpy emptySpy(list(), &GoalsModel::isEmptyChanged);
        goals()->remove(second);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.structural(), 1);
        QCOMPARE(list()->rowOf(third), 1);
        goals()->remove(first);
        goals()->remove(third);
        QVERIFY(list()->isEmpty());
        QCOMPARE(emptySpy.size(), 1);
    }

    void stepsChangeRowByRow()
    {
        goals()->addGoal(QStringLiteral("money"), QStringLiteral("Geen schulden"));
        StructureSpies spies(steps());
        QSignalSpy emptySpy(steps(), &StepsModel::isEmptyChanged);
        const QString a = goals()->addStep(QStringLiteral("Sorteren"));
        const QString b = goals()->addStep(QStringLiteral("Bellen"));
        const QString c = goals()->addStep(QStringLiteral("Afspraak maken"));
        QCOMPARE(spies.inserted.size(), 3);
        QCOMPARE(emptySpy.size(), 1);
        QCOMPARE(steps()->rowOf(b), 1);
        QCOMPARE(at(steps(), 1, StepsModel::TextRole).toString(), QStringLiteral("Bellen"));
        QCOMPARE(at(steps(), 1, StepsModel::DoneRole).toBool(), false);
        QCOMPARE(at(steps(), 1, StepsModel::RemindOnIsoRole).toString(), QString());
        QCOMPARE(at(steps(), 1, StepsModel::RemindOnTextRole).toString(), QString());

        goals()->toggleStep(b);
        goals()->setStepRemindOn(b, QStringLiteral("2026-03-10"));
        QCOMPARE(at(steps(), 1, StepsModel::DoneRole).toBool(), true);
        QCOMPARE(
            at(steps(), 1, StepsModel::RemindOnIsoRole).toString(), QStringLiteral("2026-03-10"));
        QVERIFY(at(steps(), 1, StepsModel::RemindOnTextRole)
                    .toString()
                    .contains(QStringLiteral("maart")));
        QCOMPARE(spies.data.size(), 2);
        QCOMPARE(spies.data.at(0).at(0).toModelIndex().row(), 1);

        goals()->removeStep(b);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(steps()->rowOf(c), 1);
        QCOMPARE(steps()->rowOf(a), 0);
        QCOMPARE(spies.reset.size(), 0);

        // Another goal shows its own steps: that is the one reset.
        goals()->addGoal(QStringLiteral("work"), QStringLiteral("Een cursus"));
        QCOMPARE(spies.reset.size(), 1);
        QCOMPARE(steps()->rowCount(), 0);
        QVERIFY(steps()->isEmpty());
    }

    void anotherLanguageChangesTheWords()
    {
        goals()->addGoal(QStringLiteral("money"), QStringLiteral("Geen schulden"));
        goals()->addStep(QStringLiteral("Bellen"));
        QSignalSpy listData(list(), &QAbstractItemModel::dataChanged);
        QSignalSpy stepData(steps(), &QAbstractItemModel::dataChanged);
        QSignalSpy currentSpy(goals(), &GoalsController::currentChanged);
        (*m_app)->languageController()->choose(QStringLiteral("en"));
        QVERIFY(!listData.isEmpty());
        QVERIFY(!stepData.isEmpty());
        QVERIFY(!currentSpy.isEmpty());
        (*m_app)->languageController()->choose(QStringLiteral("nl"));
        QCOMPARE(at(list(), 0, GoalsModel::DomainNameRole).toString(), QStringLiteral("Geld"));
    }

    void lockingEmptiesBothModels()
    {
        goals()->addGoal(QStringLiteral("money"), QStringLiteral("Geen schulden"));
        goals()->addStep(QStringLiteral("Bellen"));
        (*m_app)->vaultController()->lock();
        QCOMPARE(list()->rowCount(), 0);
        QCOMPARE(steps()->rowCount(), 0);
        (*m_app)->vaultController()->unlock(m_pin);
        QTRY_COMPARE((*m_app)->vaultController()->stage(), VaultController::Open);
        QCOMPARE(list()->rowCount(), 1);
        QCOMPARE(steps()->rowCount(), 0); // nothing is open until the citizen opens it
    }
};

QTEST_GUILESS_MAIN(TestGoalModels)

#include "tst_goalmodels.moc"
