#include "core/appointment.h"
#include "core/clock.h"

#include <QTest>

using mapje::Appointment;

namespace {
const QDateTime kWhen(QDate(2024, 4, 9), QTime(14, 0), Qt::UTC);
}

class TestAppointment : public QObject {
    Q_OBJECT

private slots:
    void keepsIdAndWhen()
    {
        const Appointment appointment(QStringLiteral("a-1"), kWhen);
        QCOMPARE(appointment.id(), QStringLiteral("a-1"));
        QCOMPARE(appointment.when(), kWhen);
        QVERIFY(appointment.myQuestions().isEmpty());
        QVERIFY(appointment.toBring().isEmpty());
    }

    /** A moment has a day and a time; a day alone has no time, in every zone, and no moment. */
    void withAndWithoutATime()
    {
        const QTimeZone amsterdam("Europe/Amsterdam");
        Appointment appointment(QStringLiteral("a-1"), QDateTime());
        QVERIFY(!appointment.hasWhen());
        QVERIFY(!appointment.hasTime());
        QVERIFY(!appointment.startsAt(amsterdam).isValid());

        appointment.setWhen(kWhen); // 16:00 in Amsterdam
        QVERIFY(appointment.hasWhen());
        QVERIFY(appointment.hasTime());
        QCOMPARE(appointment.day(amsterdam), QDate(2024, 4, 9));
        QCOMPARE(appointment.startsAt(amsterdam), kWhen);
        QVERIFY(!appointment.dayWithoutTime().isValid());

        const Appointment withTime = appointment;
        appointment.setDayWithoutTime(QDate(2024, 4, 10));
        QVERIFY(appointment.hasWhen());
        QVERIFY(!appointment.hasTime());
        QVERIFY(!appointment.when().isValid()); // no moment: nobody chose the time
        QCOMPARE(appointment.dayWithoutTime(), QDate(2024, 4, 10));
        QCOMPARE(appointment.day(amsterdam), QDate(2024, 4, 10));
        QCOMPARE(appointment.day(QTimeZone("Pacific/Auckland")), QDate(2024, 4, 10));
        QCOMPARE(
            appointment.startsAt(amsterdam), QDateTime(QDate(2024, 4, 9), QTime(22, 0), Qt::UTC));
        QVERIFY(appointment != withTime);

        // A day alone has passed once that day is over on her wall clock.
        mapje::ManualClock clock(QDateTime(QDate(2024, 4, 10), QTime(21, 59), Qt::UTC));
        QVERIFY(!appointment.hasPassed(clock, amsterdam)); // 23:59 on the day itself
        clock.set(QDateTime(QDate(2024, 4, 10), QTime(22, 0), Qt::UTC));
        QVERIFY(appointment.hasPassed(clock, amsterdam));

        appointment.setWhen(kWhen); // a time again: the day alone is gone
        QCOMPARE(appointment, withTime);
        appointment.setDayWithoutTime(QDate());
        QVERIFY(!appointment.hasWhen());
    }

    void keepsThePreparation()
    {
        Appointment appointment(QStringLiteral("a-1"), kWhen);
        appointment.setWhere(QStringLiteral(" Stadskantoor, balie 3 "));
        appointment.setWithWhom(QStringLiteral("Mevrouw De Vries"));
        appointment.setWantThemToKnow(QStringLiteral("Ik slaap slecht door de schulden."));
        appointment.setComesWithMe(QStringLiteral("Mijn buurvrouw"));
        appointment.setWhen(kWhen.addDays(1));
        QCOMPARE(appointment.where(), QStringLiteral("Stadskantoor, balie 3"));
        QCOMPARE(appointment.withWhom(), QStringLiteral("Mevrouw De Vries"));
        QCOMPARE(appointment.wantThemToKnow(), QStringLiteral("Ik slaap slecht door de schulden."));
        QCOMPARE(appointment.comesWithMe(), QStringLiteral("Mijn buurvrouw"));
        QCOMPARE(appointment.when(), kWhen.addDays(1));
    }

    void questionsKeepTheirOrder()
    {
        Appointment appointment(QStringLiteral("a-1"), kWhen);
        QVERIFY(appointment.addQuestion(QStringLiteral("Wanneer krijg ik bericht?")));
        QVERIFY(appointment.addQuestion(QStringLiteral(" Mag ik iemand meenemen? ")));
        QCOMPARE(appointment.myQuestions(),
            (QStringList {QStringLiteral("Wanneer krijg ik bericht?"),
                QStringLiteral("Mag ik iemand meenemen?")}));
    }

    void emptyItemsAreNotAdded()
    {
        Appointment appointment(QStringLiteral("a-1"), kWhen);
        QVERIFY(!appointment.addQuestion(QStringLiteral("   ")));
        QVERIFY(!appointment.addToBring(QString()));
        QVERIFY(appointment.myQuestions().isEmpty());
        QVERIFY(appointment.toBring().isEmpty());
    }

    void settingListsTrimsAndDropsEmpty_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("clean") << QStringList {u"ID-kaart"_qs, u"Loonstrook"_qs}
                               << QStringList {u"ID-kaart"_qs, u"Loonstrook"_qs};
        QTest::newRow("spaces") << QStringList {u" ID-kaart "_qs, u""_qs, u"  "_qs, u"Brief"_qs}
                                << QStringList {u"ID-kaart"_qs, u"Brief"_qs};
        QTest::newRow("none") << QStringList {} << QStringList {};
    }

    void settingListsTrimsAndDropsEmpty()
    {
        QFETCH(QStringList, typed);
        QFETCH(QStringList, kept);
        Appointment appointment(QStringLiteral("a-1"), kWhen);
        appointment.setToBring(typed);
        appointment.setMyQuestions(typed);
        QCOMPARE(appointment.toBring(), kept);
        QCOMPARE(appointment.myQuestions(), kept);
    }

    void removesByPlace()
    {
        Appointment appointment(QStringLiteral("a-1"), kWhen);
        appointment.setToBring({u"ID-kaart"_qs, u"Loonstrook"_qs, u"Brief"_qs});
        QVERIFY(appointment.removeToBring(1));
        QCOMPARE(appointment.toBring(), (QStringList {u"ID-kaart"_qs, u"Brief"_qs}));
        QVERIFY(!appointment.removeToBring(2));
        QVERIFY(!appointment.removeToBring(-1));
        appointment.setMyQuestions({u"Een?"_qs, u"Twee?"_qs});
        QVERIFY(appointment.removeQuestion(0));
        QCOMPARE(appointment.myQuestions(), QStringList {u"Twee?"_qs});
        QVERIFY(!appointment.removeQuestion(1));
        QCOMPARE(appointment.toBring(), (QStringList {u"ID-kaart"_qs, u"Brief"_qs}));
    }

    void questionsRememberTheirSuggestion()
    {
        Appointment appointment(QStringLiteral("a-1"), kWhen);
        QVERIFY(appointment.addQuestion(u"Waarom duurt het zo lang?"_qs));
        QVERIFY(appointment.addQuestion(u" Kan ik dat op papier krijgen? "_qs, u"onPaper"_qs));
        QCOMPARE(appointment.questions().at(1),
            (Appointment::Question {u"Kan ik dat op papier krijgen?"_qs, u"onPaper"_qs}));
        QCOMPARE(appointment.pickedSuggestions(), QStringList {u"onPaper"_qs});
        // Changed words stay the picked suggestion; removing it offers it again.
        QVERIFY(appointment.setQuestionText(1, u"Krijg ik dat op papier, per post?"_qs));
        QCOMPARE(appointment.pickedSuggestions(), QStringList {u"onPaper"_qs});
        QVERIFY(appointment.removeQuestion(1));
        QVERIFY(appointment.pickedSuggestions().isEmpty());
    }

    void changingAQuestionNeedsWords()
    {
        Appointment appointment(QStringLiteral("a-1"), kWhen);
        appointment.setMyQuestions({u"Een?"_qs});
        QVERIFY(appointment.setQuestionText(0, u" Eén? "_qs));
        QCOMPARE(appointment.myQuestions(), QStringList {u"Eén?"_qs});
        QVERIFY(!appointment.setQuestionText(0, u"  "_qs));
        QVERIFY(!appointment.setQuestionText(1, u"Twee?"_qs));
        QVERIFY(!appointment.setQuestionText(-1, u"Twee?"_qs));
        QCOMPARE(appointment.myQuestions(), QStringList {u"Eén?"_qs});
    }

    void questionsMoveUpAndDown()
    {
        Appointment appointment(QStringLiteral("a-1"), kWhen);
        appointment.setMyQuestions({u"A?"_qs, u"B?"_qs, u"C?"_qs});
        QVERIFY(appointment.moveQuestion(2, 1));
        QCOMPARE(appointment.myQuestions(), (QStringList {u"A?"_qs, u"C?"_qs, u"B?"_qs}));
        QVERIFY(appointment.moveQuestion(0, 1));
        QCOMPARE(appointment.myQuestions(), (QStringList {u"C?"_qs, u"A?"_qs, u"B?"_qs}));
        QVERIFY(!appointment.moveQuestion(0, -1));
        QVERIFY(!appointment.moveQuestion(2, 3));
        QCOMPARE(appointment.myQuestions(), (QStringList {u"C?"_qs, u"A?"_qs, u"B?"_qs}));
    }

    void thingsToBringAreUniqueAndCanBeTicked()
    {
        Appointment appointment(QStringLiteral("a-1"), kWhen);
        appointment.setToBring({u"id"_qs, u"letters"_qs, u"id"_qs});
        QCOMPARE(appointment.toBring(), (QStringList {u"id"_qs, u"letters"_qs}));
        QVERIFY(appointment.addToBring(u" Zorgpas "_qs));
        QVERIFY(!appointment.addToBring(u"Zorgpas"_qs));
        QVERIFY(!appointment.addToBring(u"id"_qs));
        QVERIFY(appointment.packed().isEmpty());
        QVERIFY(appointment.setPacked(u"Zorgpas"_qs, true));
        QVERIFY(appointment.setPacked(u"id"_qs, true));
        QVERIFY(appointment.setPacked(u"id"_qs, true));
        QVERIFY(!appointment.setPacked(u"Paspoort"_qs, true));
        // In the list's order, whatever order they were ticked in.
        QCOMPARE(appointment.packed(), (QStringList {u"id"_qs, u"Zorgpas"_qs}));
        QVERIFY(appointment.isPacked(u"id"_qs));
        QVERIFY(!appointment.isPacked(u"letters"_qs));
        QVERIFY(appointment.setPacked(u"id"_qs, false));
        QCOMPARE(appointment.packed(), QStringList {u"Zorgpas"_qs});
        // An item that goes takes its tick along, so it comes back unticked.
        QVERIFY(appointment.removeToBring(2));
        QVERIFY(appointment.packed().isEmpty());
        QVERIFY(appointment.addToBring(u"Zorgpas"_qs));
        QVERIFY(!appointment.isPacked(u"Zorgpas"_qs));
        QVERIFY(appointment.setPacked(u"letters"_qs, true));
        appointment.setToBring({u"id"_qs});
        QVERIFY(appointment.packed().isEmpty());
    }

    void sameTicksInAnotherOrderAreEqual()
    {
        Appointment a(QStringLiteral("a-1"), kWhen);
        a.setToBring({u"id"_qs, u"letters"_qs});
        Appointment b = a;
        QVERIFY(a.setPacked(u"id"_qs, true) && a.setPacked(u"letters"_qs, true));
        QVERIFY(b.setPacked(u"letters"_qs, true) && b.setPacked(u"id"_qs, true));
        QCOMPARE(a, b);
    }

    void agreedIsOwnWordsAfterwards()
    {
        mapje::ManualClock clock(kWhen.addSecs(-60));
        Appointment appointment(QStringLiteral("a-1"), kWhen);
        QVERIFY(!appointment.hasPassed(clock));
        clock.advance(60);
        QVERIFY(appointment.hasPassed(clock));
        QVERIFY(!Appointment(QStringLiteral("a-2"), QDateTime()).hasPassed(clock));
        QVERIFY(appointment.agreed().isEmpty());
        appointment.setAgreed(u" Ik stuur mijn bankafschriften. \n"_qs);
        QCOMPARE(appointment.agreed(), u"Ik stuur mijn bankafschriften."_qs);
    }
};

QTEST_GUILESS_MAIN(TestAppointment)
#include "tst_appointment.moc"
