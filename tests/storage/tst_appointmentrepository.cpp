#include "recordrepositorychecks.h"
#include "storage/appointmentrepository.h"
#include "vaulttesthelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace mapje;
using namespace mapje::testing;

namespace {

const QDateTime Moment(QDate(2024, 11, 4), QTime(13, 45, 30, 999), Qt::UTC);

/** An appointment with every field and both lists in the citizen's own order. */
Appointment fullAppointment(const QString &id, const QDateTime &when = Moment)
{
    Appointment appointment(id, when);
    appointment.setWhere(QStringLiteral("Spreekkamer 3, gemeentehuis Ĳsselstein"));
    appointment.setWithWhom(QStringLiteral("Mevrouw Öztürk, wijkwerker"));
    appointment.setMyQuestions({QStringLiteral("Wanneer krijg ik bericht?"),
        QStringLiteral("متى أحصل على الرد؟"), QStringLiteral("Kan het ook per café-brief?")});
    (void)appointment.addQuestion(
        QStringLiteral("Kan ik dat op papier krijgen?"), QStringLiteral("onPaper"));
    // Standard documents by their key, own things in own words.
    appointment.setToBring({QStringLiteral("Zorgpas"), QStringLiteral("Brief van de ëigenaar"),
        QStringLiteral("ID"), QStringLiteral("id"), QStringLiteral("bankStatements")});
    (void)appointment.setPacked(QStringLiteral("id"), true);
    (void)appointment.setPacked(QStringLiteral("Zorgpas"), true);
    appointment.setWantThemToKnow(QStringLiteral("Ik lees liever dan dat ik bel."));
    appointment.setComesWithMe(QStringLiteral("Mijn zus"));
    appointment.setAgreed(QStringLiteral("Ik krijg binnen twee weken een brief."));
    appointment.setRemind(true);
    return appointment;
}

} // namespace

class TestAppointmentRepository : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QuotaVfs::install());
    }

    void cleanup() { QuotaVfs::setMode(QuotaVfs::Mode::Normal); }

    /** A day picked without a time is kept as that day alone (an ISO date, has_time 0) and reads
     * back without a time after a restart; it sorts from the start of its day. */
    void dayWithoutTimeRoundTrips()
    {
        TestVault test;
        AppointmentRepository appointments(test.vault());
        Appointment dayAlone = fullAppointment(QStringLiteral("a1"));
        dayAlone.setDayWithoutTime(QDate(2024, 11, 4));
        const Appointment earlier(QStringLiteral("a2"), Moment.addDays(-1));
        const Appointment later(QStringLiteral("a0"), Moment); // 13:45 the same day
        QVERIFY(appointments.save(dayAlone));
        QVERIFY(appointments.save(later));
        QVERIFY(appointments.save(earlier));

        test.reopen();
        AppointmentRepository after(test.vault());
        const std::optional<Appointment> loaded = after.load(QStringLiteral("a1"));
        QVERIFY(loaded);
        QVERIFY(loaded->hasWhen());
        QVERIFY(!loaded->hasTime());
        QVERIFY(!loaded->when().isValid());
        QCOMPARE(loaded->dayWithoutTime(), QDate(2024, 11, 4));
        QCOMPARE(*loaded, dayAlone);
        QCOMPARE(after.all(), QList<Appointment>({earlier, dayAlone, later}));

        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(count(raw,
                     QStringLiteral("SELECT count(*) FROM appointments WHERE id = 'a1' AND"
                                    " starts_at = '2024-11-04' AND has_time = 0")),
            1);
        QCOMPARE(count(raw,
                     QStringLiteral("SELECT count(*) FROM appointments WHERE id = 'a0' AND"
                                    " starts_at = '2024-11-04T13:45:30.999Z' AND has_time = 1")),
            1);
    }

    void roundTripKeepsEveryField()
    {
        TestVault test;
        AppointmentRepository appointments(test.vault());
        QVERIFY(appointments.all().isEmpty());
        const Appointment full = fullAppointment(QStringLiteral("a1"));
        const Appointment empty(QStringLiteral("a2"), Moment.addDays(1)); // only a moment
        QSignalSpy changed(&appointments, &AppointmentRepository::appointmentChanged);
        QVERIFY(appointments.save(full));
        QVERIFY(appointments.save(empty));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("a1"));

        test.reopen();
        AppointmentRepository after(test.vault());
        const std::optional<Appointment> loaded = after.load(QStringLiteral("a1"));
        QVERIFY(loaded);
        QCOMPARE(loaded->myQuestions(), full.myQuestions());
        QCOMPARE(loaded->toBring(), full.toBring());
        QCOMPARE(loaded->questions(), full.questions());
        QCOMPARE(loaded->pickedSuggestions(), QStringList {QStringLiteral("onPaper")});
        QCOMPARE(loaded->packed(), (QStringList {QStringLiteral("Zorgpas"), QStringLiteral("id")}));
        QCOMPARE(loaded->agreed(), QStringLiteral("Ik krijg binnen twee weken een brief."));
        QCOMPARE(loaded->when(), Moment);
        QCOMPARE(*loaded, full);
        const std::optional<Appointment> loadedEmpty = after.load(QStringLiteral("a2"));
        QVERIFY(loadedEmpty);
        QVERIFY(loadedEmpty->myQuestions().isEmpty());
        QCOMPARE(loadedEmpty->where(), QString());
        QCOMPARE(*loadedEmpty, empty);
        QCOMPARE(after.all(), QList<Appointment>({full, empty}));

        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(count(raw,
                     QStringLiteral("SELECT count(*) FROM appointments WHERE id = 'a1' AND"
                                    " starts_at = '2024-11-04T13:45:30.999Z' AND remind = 1")),
            1);
        QCOMPARE(count(raw,
                     QStringLiteral("SELECT count(*) FROM appointment_bring WHERE"
                                    " appointment_id = 'a1' AND packed = 1 AND item IN ('id',"
                                    " 'Zorgpas')")),
            2);
        QCOMPARE(count(raw,
                     QStringLiteral("SELECT count(*) FROM appointment_questions WHERE"
                                    " appointment_id = 'a1' AND suggestion_key = 'onPaper'")),
            1);
    }

    void allByWhen()
    {
        TestVault test;
        AppointmentRepository appointments(test.vault());
        const Appointment later(QStringLiteral("a"), Moment.addDays(7));
        const Appointment first(QStringLiteral("z"), Moment);
        const Appointment sameB(QStringLiteral("c"), Moment.addDays(1));
        const Appointment sameA(QStringLiteral("b"), Moment.addDays(1));
        for (const Appointment &appointment : {later, sameB, first, sameA})
            QVERIFY(appointments.save(appointment));
        const QList<Appointment> expected = {first, sameA, sameB, later};
        QCOMPARE(appointments.all(), expected);
        test.reopen();
        QCOMPARE(AppointmentRepository(test.vault()).all(), expected);
    }

    // Reordered, shortened and emptied lists replace the old ones entirely.
    void updateRewritesLists()
    {
        TestVault test;
        AppointmentRepository appointments(test.vault());
        Appointment appointment = fullAppointment(QStringLiteral("a"));
        QVERIFY(appointments.save(appointment));
        appointment.setMyQuestions({QStringLiteral("Kan het ook per café-brief?"),
            QStringLiteral("Wanneer krijg ik bericht?")});
        appointment.setToBring({});
        appointment.setComesWithMe(QString());
        appointment.setAgreed(QString());
        appointment.setRemind(false);
        appointment.setWhen(Moment.addDays(3));
        QVERIFY(appointments.save(appointment));
        test.reopen();
        AppointmentRepository after(test.vault());
        QCOMPARE(*after.load(QStringLiteral("a")), appointment);
        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM appointment_questions")), 2);
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM appointment_bring")), 0);
    }

    void removeDeletesListsToo()
    {
        TestVault test;
        AppointmentRepository appointments(test.vault());
        QVERIFY(appointments.save(fullAppointment(QStringLiteral("weg"))));
        QVERIFY(appointments.save(fullAppointment(QStringLiteral("blijft"))));
        QSignalSpy changed(&appointments, &AppointmentRepository::appointmentChanged);
        QVERIFY(appointments.remove(QStringLiteral("weg")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!appointments.load(QStringLiteral("weg")));
        QCOMPARE(
            appointments.all(), QList<Appointment>({fullAppointment(QStringLiteral("blijft"))}));

        SqliteDatabase raw;
        QVERIFY(openRaw(raw, test.path(), TestVault::Pin));
        QCOMPARE(count(raw,
                     QStringLiteral("SELECT count(*) FROM appointment_questions"
                                    " WHERE appointment_id = 'weg'")),
            0);
        QCOMPARE(count(raw,
                     QStringLiteral("SELECT count(*) FROM appointment_bring"
                                    " WHERE appointment_id = 'weg'")),
            0);
        // The schema cascades too, for any delete that does not go through the repository.
        QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_keys = ON;"
                                        "DELETE FROM appointments WHERE id = 'blijft'"))
                    .ok());
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM appointment_questions")), 0);
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM appointment_bring")), 0);
    }

    void allIsFixedQueries()
    {
        checkAllIsFixedQueries<AppointmentRepository>(
            [](int i) { return fullAppointment(QStringLiteral("a%1").arg(i), Moment.addDays(i)); },
            3);
    }

    void refusedWritesStayNewest_data() { addDiskFaultRows(); }
    void refusedWritesStayNewest()
    {
        QFETCH(int, mode);
        QFETCH(int, code);
        Appointment changed = fullAppointment(QStringLiteral("a"));
        QVERIFY(changed.addQuestion(QStringLiteral("Net bedacht: mag ik het opnemen?")));
        QVERIFY(changed.removeToBring(0));
        checkRefusedWritesStayNewest<AppointmentRepository>(QuotaVfs::Mode(mode), code,
            fullAppointment(QStringLiteral("a")), changed,
            Appointment(QStringLiteral("nieuw"), Moment.addDays(14)),
            fullAppointment(QStringLiteral("weg"), Moment.addDays(-14)));
    }

    void pendingSurvivesLock()
    {
        checkPendingSurvivesLock<AppointmentRepository>(fullAppointment(QStringLiteral("a")));
    }
    void wipeDropsPending()
    {
        checkWipeDropsPending<AppointmentRepository>(fullAppointment(QStringLiteral("a")));
    }
};

QTEST_GUILESS_MAIN(TestAppointmentRepository)
#include "tst_appointmentrepository.moc"
