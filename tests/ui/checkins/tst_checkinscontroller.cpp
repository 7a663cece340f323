#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

#include "core/clock.h"
#include "openvault.h"
#include "quotavfs.h"
#include "ui/checkins/checkinscontroller.h"
#include "ui/checkins/checkinsmodel.h"

using mapje::CheckInsController;
using mapje::CheckInsModel;
using mapje::Composition;
using mapje::QuotaVfs;

/**
 * CheckInsController through a real Composition in Europe/Amsterdam: a new moment, its day and
 * time on the wall clock (also across the summer-time switch), the look back in own words, and
 * nothing lost on a full disk or a restart.
 */
class TestCheckInsController : public QObject {
    Q_OBJECT

private:
    mapje::ManualClock m_clock {QDateTime(QDate(2027, 3, 22), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<OpenVault> m_app;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    CheckInsController *checkIns() const { return (*m_app)->checkInsController(); }
    QVariant row(int index, CheckInsModel::Role role) const
    {
        return checkIns()->list()->data(checkIns()->list()->index(index), role);
    }

    bool restart() { return m_app->restart(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    void init()
    {
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        m_clock.set(QDateTime(QDate(2027, 3, 22), QTime(9, 0), QTimeZone::utc()));
        m_app = std::make_unique<OpenVault>(
            m_clock, [](Composition::Options &options) { options.vfsName = QuotaVfs::Name; });
        QVERIFY(m_app->isOpen());
        m_tester = std::make_unique<QAbstractItemModelTester>(checkIns()->list());
    }

    void cleanup()
    {
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        m_tester.reset();
        m_app.reset();
    }

    void newMomentIsAWeekAheadWithAReminder()
    {
        QCOMPARE(checkIns()->list()->count(), 0);
        QCOMPARE(checkIns()->todayIso(), QStringLiteral("2027-03-22"));
        const QString id = checkIns()->addCheckIn();
        QVERIFY(!id.isEmpty());
        QCOMPARE(checkIns()->currentId(), id);
        QCOMPARE(checkIns()->currentDateIso(), QStringLiteral("2027-03-29"));
        QCOMPARE(checkIns()->currentTimeIso(), QStringLiteral("10:00"));
        QVERIFY(checkIns()->currentRemind());
        QCOMPARE(checkIns()->list()->count(), 1);
        QCOMPARE(row(0, CheckInsModel::KeyRole).toString(), id);
        QCOMPARE(row(0, CheckInsModel::WhenTextRole).toString(),
            QStringLiteral("maandag 29 maart 2027 om 10:00"));
    }

    void dayAndTimeFollowTheWallClockAcrossSummerTime()
    {
        checkIns()->addCheckIn();
        // Winter time (UTC+1) on the 27th, summer time (UTC+2) from the 28th at 3:00.
        checkIns()->setDate(QStringLiteral("2027-03-27"));
        checkIns()->setTime(QStringLiteral("10:00"));
        QCOMPARE(checkIns()->currentTimeIso(), QStringLiteral("10:00"));
        checkIns()->setDate(QStringLiteral("2027-03-28"));
        QCOMPARE(checkIns()->currentDateIso(), QStringLiteral("2027-03-28"));
        QCOMPARE(checkIns()->currentTimeIso(), QStringLiteral("10:00"));
        QVERIFY(restart());
        checkIns()->open(checkIns()
                             ->list()
                             ->data(checkIns()->list()->index(0), CheckInsModel::KeyRole)
                             .toString());
        QCOMPARE(checkIns()->currentDateIso(), QStringLiteral("2027-03-28"));
        QCOMPARE(checkIns()->currentTimeIso(), QStringLiteral("10:00"));
        // Invalid words change nothing.
        checkIns()->setTime(QStringLiteral("25:99"));
        checkIns()->setDate(QStringLiteral("2027-02-30"));
        QCOMPARE(checkIns()->currentDateIso(), QStringLiteral("2027-03-28"));
        QCOMPARE(checkIns()->currentTimeIso(), QStringLiteral("10:00"));
    }

    void ownWordsAreKeptAsTyped()
    {
        const QString id = checkIns()->addCheckIn();
        checkIns()->setWithWhom(QStringLiteral("  Sanne (wijkteam) "));
        checkIns()->setWhere(QStringLiteral("Buurthuis De Eik"));
        checkIns()->setRemind(false);
        QVERIFY(restart());
        checkIns()->open(id);
        QCOMPARE(checkIns()->currentWithWhom(), QStringLiteral("Sanne (wijkteam)"));
        QCOMPARE(checkIns()->currentWhere(), QStringLiteral("Buurthuis De Eik"));
        QVERIFY(!checkIns()->currentRemind());
    }

    void momentThatCameAsksToLookBack()
    {
        const QString id = checkIns()->addCheckIn();
        QVERIFY(checkIns()->dueCheckInId().isEmpty());
        QVERIFY(!checkIns()->currentHasPassed());
        m_clock.advance(8 * 24 * 3600);
        checkIns()->refresh();
        QCOMPARE(checkIns()->dueCheckInId(), id);
        QVERIFY(checkIns()->currentHasPassed());
        QVERIFY(row(0, CheckInsModel::HasPassedRole).toBool());

        checkIns()->setWhatChanged(QStringLiteral("De schulden zijn in beeld. Ik slaap beter."));
        checkIns()->complete();
        QVERIFY(checkIns()->currentCompleted());
        QVERIFY(checkIns()->dueCheckInId().isEmpty());
        QVERIFY(restart());
        QVERIFY(row(0, CheckInsModel::IsCompletedRole).toBool());
        QCOMPARE(row(0, CheckInsModel::WhatChangedRole).toString(),
            QStringLiteral("De schulden zijn in beeld. Ik slaap beter."));
    }

    void removeTakesItAway()
    {
        const QString keep = checkIns()->addCheckIn();
        const QString gone = checkIns()->addCheckIn();
        checkIns()->remove(gone);
        QCOMPARE(checkIns()->list()->count(), 1);
        QCOMPARE(row(0, CheckInsModel::KeyRole).toString(), keep);
        QVERIFY(checkIns()->currentId().isEmpty());
        QVERIFY(restart());
        QCOMPARE(checkIns()->list()->count(), 1);
    }

    void fullDiskLosesNothing()
    {
        const QString id = checkIns()->addCheckIn();
        QSignalSpy unsavedSpy(checkIns(), &CheckInsController::unsavedChanged);
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        checkIns()->setWithWhom(QStringLiteral("Ahmed"));
        QVERIFY(checkIns()->unsaved());
        QVERIFY(unsavedSpy.size() >= 1);
        QCOMPARE(checkIns()->currentWithWhom(), QStringLiteral("Ahmed"));
        QCOMPARE(row(0, CheckInsModel::WithWhomRole).toString(), QStringLiteral("Ahmed"));
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        checkIns()->setRetryInterval(10);
        QTRY_VERIFY(!checkIns()->unsaved());
        QVERIFY(restart());
        checkIns()->open(id);
        QCOMPARE(checkIns()->currentWithWhom(), QStringLiteral("Ahmed"));
    }
};

QTEST_GUILESS_MAIN(TestCheckInsController)
#include "tst_checkinscontroller.moc"
