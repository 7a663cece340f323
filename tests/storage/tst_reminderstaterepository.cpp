#include "recordrepositorychecks.h"
#include "storage/reminderstaterepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace mapje;
using namespace mapje::testing;

namespace {

const QDateTime Moment(QDate(2024, 11, 3), QTime(18, 0, 0, 42), Qt::UTC);

QString keyOf(ReminderKind kind, const QString &target, ReminderSlot slot)
{
    return reminderKey(kind, target, slot);
}

/** Every field set: snoozed, shown and put away, and turned off. */
ReminderState fullState(const QString &target)
{
    return {keyOf(ReminderKind::Appointment, target, ReminderSlot::DayBefore), Moment.addSecs(3600),
        true, Moment, Moment.addSecs(60)};
}

/** Nothing done with it yet but shown once. */
ReminderState shownState(const QString &target)
{
    return {keyOf(ReminderKind::Step, target, ReminderSlot::OnTheDay), {}, false, Moment, {}};
}

} // namespace

class TestReminderStateRepository : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    void cleanup() { QuotaVfs::setMode(QuotaVfs::Mode::Normal); }

    void roundTripKeepsEveryField()
    {
        TestVault test;
        ReminderStateRepository states(test.vault());
        QVERIFY(states.all().isEmpty());
        const ReminderState full = fullState(QStringLiteral("a1"));
        const ReminderState shown = shownState(QStringLiteral("g1/s2"));
        QSignalSpy changed(&states, &ReminderStateRepository::reminderStateChanged);
        QVERIFY(states.save(full));
        QVERIFY(states.save(shown));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toString(), full.key);
        QVERIFY(!states.save(ReminderState {})); // no key, nothing to keep it by

        test.reopen();
        ReminderStateRepository after(test.vault());
        QCOMPARE(after.load(full.key), std::optional<ReminderState>(full));
        const std::optional<ReminderState> loaded = after.load(shown.key);
        QVERIFY(loaded);
        QVERIFY(!loaded->snoozedUntil.isValid());
        QVERIFY(!loaded->dismissedAt.isValid());
        QVERIFY(!loaded->off);
        QCOMPARE(*loaded, shown);
        const QHash<QString, ReminderState> all = after.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.value(full.key), full);
        QCOMPARE(all.value(shown.key), shown);

        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        SqliteStatement row
            = raw.prepare(QStringLiteral("SELECT snoozed_until, off, shown_at, dismissed_at FROM "
                                         "reminder_states WHERE key = ?1"));
        row.bind(1, shown.key);
        QVERIFY(row.step().ok());
        QVERIFY(row.hasRow());
        QCOMPARE(row.columnText(0), QString());
        QCOMPARE(row.columnInt64(1), 0);
        QCOMPARE(row.columnText(2), QStringLiteral("2024-11-03T18:00:00.042Z"));
        QCOMPARE(row.columnText(3), QString());
    }

    void updateAndRemove()
    {
        TestVault test;
        ReminderStateRepository states(test.vault());
        ReminderState state = shownState(QStringLiteral("s"));
        QVERIFY(states.save(state));
        state.snoozedUntil = Moment.addDays(1);
        state.dismissedAt = Moment.addSecs(5);
        QVERIFY(states.save(state));
        QCOMPARE(*states.load(state.key), state);
        QVERIFY(states.save(fullState(QStringLiteral("blijft"))));
        QSignalSpy changed(&states, &ReminderStateRepository::reminderStateChanged);
        QVERIFY(states.remove(state.key));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), state.key);
        QVERIFY(!states.load(state.key));
        test.reopen();
        const QHash<QString, ReminderState> all = ReminderStateRepository(test.vault()).all();
        QCOMPARE(all.keys(), QStringList({fullState(QStringLiteral("blijft")).key}));
    }

    void allIsFixedQueries()
    {
        checkAllIsFixedQueries<ReminderStateRepository>(
            [](int i) { return fullState(QStringLiteral("a%1").arg(i)); }, 1);
    }

    void refusedWritesStayNewest_data() { addDiskFaultRows(); }
    void refusedWritesStayNewest()
    {
        QFETCH(int, mode);
        QFETCH(int, code);
        ReminderState changed = shownState(QStringLiteral("s"));
        changed.dismissedAt = Moment.addSecs(90);
        checkRefusedWritesStayNewest<ReminderStateRepository>(QuotaVfs::Mode(mode), code,
            shownState(QStringLiteral("s")), changed, fullState(QStringLiteral("nieuw")),
            fullState(QStringLiteral("weg")));
    }

    void pendingSurvivesLock()
    {
        checkPendingSurvivesLock<ReminderStateRepository>(fullState(QStringLiteral("a")));
    }
    void wipeDropsPending()
    {
        checkWipeDropsPending<ReminderStateRepository>(fullState(QStringLiteral("a")));
    }
};

QTEST_GUILESS_MAIN(TestReminderStateRepository)
#include "tst_reminderstaterepository.moc"
