#include "core/appointment.h"

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
};

QTEST_GUILESS_MAIN(TestAppointment)
#include "tst_appointment.moc"
