#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

#include "core/clock.h"
#include "fakenotifier.h"
#include "openvault.h"
#include "quotavfs.h"
#include "ui/checkins/checkinscontroller.h"
#include "ui/reminders/reminderscontroller.h"
#include "ui/reminders/remindersmodel.h"

using mapje::CheckInsController;
using mapje::Composition;
using mapje::QuotaVfs;
using mapje::RemindersController;
using mapje::RemindersModel;
using mapje::VaultController;

/**
 * RemindersController through a real Composition in Europe/Amsterdam: a check-in with a reminder
 * shows once at the right local time, says nothing private on the desktop, and snooze, put away,
 * turn off, all off and quiet hours are kept across a restart.
 */
class TestRemindersController : public QObject {
    Q_OBJECT

private:
    const QTimeZone m_zone {"Europe/Amsterdam"};
    // Monday 23 November 2026, 9:00 in Amsterdam (CET, UTC+1).
    mapje::ManualClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc())};
    FakeNotifier m_notifier;
    std::unique_ptr<OpenVault> m_app;

    VaultController *vault() const { return (*m_app)->vaultController(); }
    CheckInsController *checkIns() const { return (*m_app)->checkInsController(); }
    RemindersController *reminders() const { return (*m_app)->remindersController(); }
    QList<RemindersModel::Row> rows() const { return reminders()->list()->rows(); }

    void setLocalNow(QDate date, QTime time) { m_clock.set(QDateTime(date, time, m_zone).toUTC()); }

    bool restart() { return m_app->restart(); }

    /** A moment with Sanne at the Stadhuis on Wednesday 25 November at 14:00, with reminders. */
    QString planCheckIn()
    {
        const QString id = checkIns()->addCheckIn();
        checkIns()->setDate(QStringLiteral("2026-11-25"));
        checkIns()->setTime(QStringLiteral("14:00"));
        checkIns()->setWithWhom(QStringLiteral("Sanne"));
        checkIns()->setWhere(QStringLiteral("Stadhuis"));
        return id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
        QVERIFY(m_zone.isValid());
    }

    void init()
    {
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        m_notifier = FakeNotifier();
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc()));
        m_app = std::make_unique<OpenVault>(m_clock, [this](Composition::Options &options) {
            options.vfsName = QuotaVfs::Name;
            options.notifier = &m_notifier;
        });
        QVERIFY(m_app->isOpen());
    }

    void cleanup()
    {
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        m_app.reset();
    }

    void checkInPlansTwoRemindersOnTheWallClock()
    {
        planCheckIn();
        const QList<RemindersModel::Row> planned = rows();
        QCOMPARE(planned.size(), 2);
        // The day before at 10:00 and an hour before, Amsterdam time (UTC+1 in November).
        QCOMPARE(planned.at(0).reminder.dueAt,
            QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(planned.at(1).reminder.dueAt,
            QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()));
        // Inside the app (behind the PIN) the list may say with whom.
        QCOMPARE(planned.at(0).text, QStringLiteral("Afgesproken moment met Sanne"));
        QVERIFY(planned.at(0).whenText.contains(QStringLiteral("14:00")));
        QVERIFY(!planned.at(0).isDue);
        QVERIFY(!reminders()->hasDue());
        QVERIFY(m_notifier.shown.isEmpty());
    }

    void dueReminderShowsOnceAndSaysNothingPrivate()
    {
        planCheckIn();
        reminders()->checkNow();
        QVERIFY(m_notifier.shown.isEmpty());

        setLocalNow(QDate(2026, 11, 24), QTime(10, 0));
        reminders()->checkNow();
        QCOMPARE(m_notifier.shown.size(), 1);
        const FakeNotifier::Shown shown = m_notifier.shown.constFirst();
        QCOMPARE(shown.title, QStringLiteral("Mapje"));
        QCOMPARE(shown.body,
            QStringLiteral("Je hebt morgen een afspraak. Kijk in Mapje als het je uitkomt."));
        for (const QString &secret : {QStringLiteral("Sanne"), QStringLiteral("Stadhuis")}) {
            QVERIFY(!shown.title.contains(secret));
            QVERIFY(!shown.body.contains(secret));
        }
        QVERIFY(reminders()->hasDue());

        // Asking again does not show it twice, also not after a restart.
        reminders()->checkNow();
        QCOMPARE(m_notifier.shown.size(), 1);
        QVERIFY(restart());
        reminders()->checkNow();
        QCOMPARE(m_notifier.shown.size(), 1);
        QVERIFY(reminders()->hasDue());
    }

    void snoozeOneHourComesBackOnce()
    {
        planCheckIn();
        setLocalNow(QDate(2026, 11, 24), QTime(10, 0));
        reminders()->checkNow();
        const QString key = rows().constFirst().reminder.key;
        reminders()->snoozeOneHour(key);
        QVERIFY(m_notifier.withdrawn.contains(key));
        QCOMPARE(rows().constFirst().reminder.dueAt,
            QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc()));
        QVERIFY(rows().constFirst().reminder.snoozed);
        QVERIFY(!reminders()->hasDue());

        m_clock.advance(30 * 60);
        reminders()->checkNow();
        QCOMPARE(m_notifier.shown.size(), 1);
        m_clock.advance(30 * 60);
        reminders()->checkNow();
        QCOMPARE(m_notifier.shown.size(), 2);
        QCOMPARE(m_notifier.shown.at(1).key, key);
    }

    void snoozeTomorrowRespectsQuietHours()
    {
        planCheckIn();
        // Quiet until 11:00: "morgen" (10:00) waits until the quiet hours end.
        reminders()->setQuietHours(QStringLiteral("21:00"), QStringLiteral("11:00"));
        QCOMPARE(reminders()->quietStart(), QStringLiteral("21:00"));
        QCOMPARE(reminders()->quietEnd(), QStringLiteral("11:00"));
        // The day-before reminder itself moved out of the quiet hours too.
        QCOMPARE(rows().constFirst().reminder.dueAt,
            QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::utc()));
        setLocalNow(QDate(2026, 11, 24), QTime(11, 0));
        reminders()->checkNow();
        QCOMPARE(m_notifier.shown.size(), 1);
        const QString key = rows().constFirst().reminder.key;
        reminders()->snoozeTomorrow(key);
        // Tomorrow the moment itself is at 14:00: the snoozed reminder at 11:00 still comes first.
        QCOMPARE(rows().constFirst().reminder.key, key);
        QCOMPARE(rows().constFirst().reminder.dueAt,
            QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc()));
    }

    void dismissAndTurnOffStayAcrossRestart()
    {
        planCheckIn();
        setLocalNow(QDate(2026, 11, 24), QTime(10, 0));
        reminders()->checkNow();
        const QString dayBefore = rows().at(0).reminder.key;
        const QString hourBefore = rows().at(1).reminder.key;
        reminders()->dismiss(dayBefore);
        reminders()->turnOff(hourBefore);
        QVERIFY(rows().isEmpty());
        QVERIFY(!reminders()->hasDue());
        QVERIFY(restart());
        QVERIFY(rows().isEmpty());
        setLocalNow(QDate(2026, 11, 25), QTime(13, 0));
        reminders()->checkNow();
        QCOMPARE(m_notifier.shown.size(), 1);
    }

    void allOffShowsNothingAndIsRemembered()
    {
        planCheckIn();
        QSignalSpy settingsSpy(reminders(), &RemindersController::settingsChanged);
        reminders()->setEnabled(false);
        QCOMPARE(settingsSpy.size(), 1);
        QVERIFY(!reminders()->enabled());
        QVERIFY(rows().isEmpty());
        setLocalNow(QDate(2026, 11, 25), QTime(13, 30));
        reminders()->checkNow();
        QVERIFY(m_notifier.shown.isEmpty());
        QVERIFY(restart());
        QVERIFY(!reminders()->enabled());
        reminders()->setEnabled(true);
        reminders()->checkNow();
        // Both slots are due now; only the latest shows, so nobody gets two at once.
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown.constFirst().body,
            QStringLiteral("Je hebt vandaag een afspraak. Kijk in Mapje als het je uitkomt."));
    }

    void noReminderWhenTheCitizenSaysNo()
    {
        planCheckIn();
        checkIns()->setRemind(false);
        QVERIFY(rows().isEmpty());
        checkIns()->setRemind(true);
        QCOMPARE(rows().size(), 2);
        // A moment that was looked back on asks for nothing more.
        checkIns()->complete();
        QVERIFY(rows().isEmpty());
    }

    void withoutNotificationServiceTheListStillHasIt()
    {
        m_notifier.available = false;
        QVERIFY(!reminders()->notificationsAvailable());
        planCheckIn();
        setLocalNow(QDate(2026, 11, 24), QTime(10, 0));
        reminders()->checkNow();
        QVERIFY(m_notifier.shown.isEmpty());
        QVERIFY(reminders()->hasDue());
        QVERIFY(rows().constFirst().isDue);
    }

    void lockedShowsNothing()
    {
        planCheckIn();
        vault()->lock();
        QCOMPARE(vault()->stage(), VaultController::Locked);
        QVERIFY(rows().isEmpty());
        setLocalNow(QDate(2026, 11, 24), QTime(10, 0));
        reminders()->checkNow();
        QVERIFY(m_notifier.shown.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemindersController)
#include "tst_reminderscontroller.moc"
