#include "recordrepositorychecks.h"
#include "storage/checkinrepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace mapje;
using namespace mapje::testing;

namespace {

const QDateTime Moment(QDate(2024, 9, 12), QTime(10, 15, 0, 250), Qt::UTC);

/** A finished check-in with every field set, in several scripts. */
CheckIn fullCheckIn(const QString &id, const QDateTime &when = Moment)
{
    CheckIn checkIn(id, when);
    checkIn.setWithWhom(QStringLiteral("Jeroen, klantmanager"));
    checkIn.setWhere(QStringLiteral("Wijkcentrum de Ĳsbreker, café"));
    checkIn.setRemind(true);
    checkIn.setWhatChanged(QStringLiteral("Ik slaap beter. أنام أفضل. Geen ëxtra zorgen."));
    checkIn.setBoardDate(QDate(2024, 9, 12));
    checkIn.setCompletedAt(when.addSecs(3600).addMSecs(5));
    return checkIn;
}

} // namespace

class TestCheckInRepository : public QObject {
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
        CheckInRepository checkIns(test.vault());
        QVERIFY(checkIns.all().isEmpty());
        const CheckIn full = fullCheckIn(QStringLiteral("c1"));
        // Planned only: no reminder, nothing written yet, no board, not completed.
        const CheckIn planned(QStringLiteral("c2"), Moment.addDays(30));
        // A local time is stored in UTC and read back as the same moment.
        const CheckIn local(QStringLiteral("c3"),
            QDateTime(QDate(2024, 10, 1), QTime(9, 0), Qt::OffsetFromUTC, 7200));
        QSignalSpy changed(&checkIns, &CheckInRepository::checkInChanged);
        for (const CheckIn &checkIn : {full, planned, local})
            QVERIFY(checkIns.save(checkIn));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("c2"));
        QVERIFY(!checkIns.hasUnsavedChanges());

        test.reopen();
        CheckInRepository after(test.vault());
        const std::optional<CheckIn> loaded = after.load(QStringLiteral("c1"));
        QVERIFY(loaded);
        QCOMPARE(loaded->when(), Moment);
        QCOMPARE(loaded->completedAt(), Moment.addSecs(3600).addMSecs(5));
        QCOMPARE(loaded->whatChanged(), full.whatChanged());
        QCOMPARE(*loaded, full);
        const std::optional<CheckIn> loadedPlanned = after.load(QStringLiteral("c2"));
        QVERIFY(loadedPlanned);
        QVERIFY(!loadedPlanned->isCompleted());
        QVERIFY(!loadedPlanned->boardDate().isValid());
        QVERIFY(!loadedPlanned->remind());
        QCOMPARE(*loadedPlanned, planned);
        QCOMPARE(*after.load(QStringLiteral("c3")), local);
        QCOMPARE(after.load(QStringLiteral("c3"))->when().toUTC().time(), QTime(7, 0));

        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        SqliteStatement row = raw.prepare(
            QStringLiteral("SELECT starts_at, completed_at, board_date, remind FROM checkins"
                           " WHERE id = 'c1'"));
        QVERIFY(row.step().ok());
        QVERIFY(row.hasRow());
        QCOMPARE(row.columnText(0), QStringLiteral("2024-09-12T10:15:00.250Z"));
        QCOMPARE(row.columnText(1), QStringLiteral("2024-09-12T11:15:00.255Z"));
        QCOMPARE(row.columnText(2), QStringLiteral("2024-09-12"));
        QCOMPARE(row.columnInt64(3), 1);
    }

    // Earliest first, then id; a check-in without a moment comes last.
    void allByWhen()
    {
        TestVault test;
        CheckInRepository checkIns(test.vault());
        const CheckIn later(QStringLiteral("a"), Moment.addDays(7));
        const CheckIn first(QStringLiteral("z"), Moment);
        const CheckIn sameB(QStringLiteral("c"), Moment.addDays(1));
        const CheckIn sameA(QStringLiteral("b"), Moment.addDays(1));
        const CheckIn undated(QStringLiteral("0"), QDateTime());
        for (const CheckIn &checkIn : {later, undated, sameB, first, sameA})
            QVERIFY(checkIns.save(checkIn));
        const QList<CheckIn> expected = {first, sameA, sameB, later, undated};
        QCOMPARE(checkIns.all(), expected);
        test.reopen();
        QCOMPARE(CheckInRepository(test.vault()).all(), expected);
    }

    void updateAndRemove()
    {
        TestVault test;
        CheckInRepository checkIns(test.vault());
        CheckIn checkIn(QStringLiteral("c"), Moment);
        QVERIFY(checkIns.save(checkIn));
        QVERIFY(checkIns.save(fullCheckIn(QStringLiteral("blijft"))));
        checkIn = fullCheckIn(QStringLiteral("c"), Moment.addDays(2));
        QVERIFY(checkIns.save(checkIn));
        QCOMPARE(*checkIns.load(QStringLiteral("c")), checkIn);
        checkIn.setWhatChanged(QString());
        checkIn.setRemind(false);
        QVERIFY(checkIns.save(checkIn));
        QCOMPARE(*checkIns.load(QStringLiteral("c")), checkIn);
        QSignalSpy changed(&checkIns, &CheckInRepository::checkInChanged);
        QVERIFY(checkIns.remove(QStringLiteral("c")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!checkIns.load(QStringLiteral("c")));
        test.reopen();
        QCOMPARE(CheckInRepository(test.vault()).all(),
            QList<CheckIn>({fullCheckIn(QStringLiteral("blijft"))}));
    }

    void allIsFixedQueries()
    {
        checkAllIsFixedQueries<CheckInRepository>(
            [](int i) { return fullCheckIn(QStringLiteral("c%1").arg(i), Moment.addDays(i)); }, 1);
    }

    void refusedWritesStayNewest_data() { addDiskFaultRows(); }
    void refusedWritesStayNewest()
    {
        QFETCH(int, mode);
        QFETCH(int, code);
        CheckIn changed = fullCheckIn(QStringLiteral("c"));
        changed.setWhatChanged(QStringLiteral("Nu in mijn eigen woorden, net getypt"));
        checkRefusedWritesStayNewest<CheckInRepository>(QuotaVfs::Mode(mode), code,
            fullCheckIn(QStringLiteral("c")), changed,
            CheckIn(QStringLiteral("nieuw"), Moment.addDays(14)),
            fullCheckIn(QStringLiteral("weg"), Moment.addDays(-14)));
    }

    void pendingSurvivesLock()
    {
        checkPendingSurvivesLock<CheckInRepository>(fullCheckIn(QStringLiteral("c")));
    }
    void wipeDropsPending()
    {
        checkWipeDropsPending<CheckInRepository>(fullCheckIn(QStringLiteral("c")));
    }
};

QTEST_GUILESS_MAIN(TestCheckInRepository)
#include "tst_checkinrepository.moc"
