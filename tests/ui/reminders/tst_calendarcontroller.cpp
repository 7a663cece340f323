#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

#include "core/clock.h"
#include "openvault.h"
#include "ui/appointments/appointmentscontroller.h"
#include "ui/checkins/checkinscontroller.h"
#include "ui/reminders/calendarcontroller.h"

using mapje::AppointmentsController;
using mapje::CalendarController;
using mapje::CheckInsController;
using mapje::Composition;

/**
 * "Zet in je agenda": the preview shows exactly what the file says; by default nothing private,
 * with whom and where only when the citizen chooses; a folder that refuses gets kind words.
 */
class TestCalendarController : public QObject {
    Q_OBJECT

private:
    mapje::ManualClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc())};
    QTemporaryDir m_exports;
    std::unique_ptr<OpenVault> m_app;

    CalendarController *calendar() const { return (*m_app)->calendarController(); }
    CheckInsController *checkIns() const { return (*m_app)->checkInsController(); }
    QString exportDirectory() const { return m_exports.filePath(QStringLiteral("export/Mapje")); }

    void makeComposition(const QString &exportTo)
    {
        m_app = std::make_unique<OpenVault>(
            m_clock, [&](Composition::Options &options) { options.exportDirectory = exportTo; });
        QVERIFY(m_app->isOpen());
    }

    void planTwo()
    {
        checkIns()->addCheckIn();
        checkIns()->setDate(QStringLiteral("2026-12-01"));
        checkIns()->setTime(QStringLiteral("14:30"));
        checkIns()->setWithWhom(QStringLiteral("Sanne"));
        checkIns()->setWhere(QStringLiteral("Stadhuis"));
        // A moment that has been: not for the agenda any more.
        checkIns()->addCheckIn();
        checkIns()->setDate(QStringLiteral("2026-11-20"));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup() { m_app.reset(); }

    void previewIsPrivateByDefault()
    {
        makeComposition(exportDirectory());
        planTwo();
        calendar()->refresh();
        QVERIFY(!calendar()->withDetails());
        const QVariantList preview = calendar()->preview();
        QCOMPARE(preview.size(), 1);
        const QVariantMap item = preview.constFirst().toMap();
        QCOMPARE(item.value(QStringLiteral("summary")).toString(), QStringLiteral("Afspraak"));
        QCOMPARE(item.value(QStringLiteral("whenText")).toString(),
            QStringLiteral("dinsdag 1 december 2026 om 14:30"));
        QVERIFY(item.value(QStringLiteral("location")).toString().isEmpty());

        QVERIFY(calendar()->save());
        QCOMPARE(calendar()->savedPath(), exportDirectory() + QStringLiteral("/mapje-agenda.ics"));
        QVERIFY(calendar()->message().contains(QStringLiteral("Klaar")));
        QFile file(calendar()->savedPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(ics.contains("SUMMARY:Afspraak"));
        QVERIFY(ics.contains("DTSTART:20261201T133000Z"));
        QVERIFY(!ics.contains("Sanne"));
        QVERIFY(!ics.contains("Stadhuis"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
    }

    void detailsOnlyWhenChosen()
    {
        makeComposition(exportDirectory());
        planTwo();
        calendar()->setWithDetails(true);
        const QVariantMap item = calendar()->preview().constFirst().toMap();
        QCOMPARE(item.value(QStringLiteral("summary")).toString(),
            QStringLiteral("Afgesproken moment met Sanne"));
        QCOMPARE(item.value(QStringLiteral("location")).toString(), QStringLiteral("Stadhuis"));
        QVERIFY(calendar()->save());
        QFile file(calendar()->savedPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.contains("Sanne"));
        QVERIFY(ics.contains("LOCATION:Stadhuis"));
    }

    /** A day without a time is an all-day event on that day (no time made up), in the agenda
     * until that day is over; the preview says the day alone. */
    void dayWithoutTimeIsAnAllDayEvent()
    {
        makeComposition(exportDirectory());
        planTwo();
        AppointmentsController *appointments = (*m_app)->appointmentsController();
        for (const char *day : {"2026-12-02", "2026-11-23", "2026-11-22"}) {
            appointments->addAppointment();
            appointments->setDate(QString::fromLatin1(day));
            QVERIFY(!appointments->currentHasTime());
        }
        calendar()->refresh();
        QStringList whenTexts;
        for (const QVariant &item : calendar()->preview())
            whenTexts.append(item.toMap().value(QStringLiteral("whenText")).toString());
        // Today (23 November, 09:00 in Amsterdam) is still in; yesterday is over.
        QCOMPARE(whenTexts,
            (QStringList {QStringLiteral("maandag 23 november 2026"),
                QStringLiteral("dinsdag 1 december 2026 om 14:30"),
                QStringLiteral("woensdag 2 december 2026")}));
        QVERIFY(calendar()->save());
        QFile file(calendar()->savedPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QCOMPARE(ics.count("BEGIN:VEVENT"), 3);
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20261202\r\n"));
        QVERIFY(ics.contains("DTEND;VALUE=DATE:20261203\r\n"));
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20261123\r\n"));
        QVERIFY(ics.contains("DTSTART:20261201T133000Z"));
        QVERIFY(!ics.contains("20261122"));
    }

    void folderThatRefusesGetsKindWords()
    {
        // A file where the folder should be: the export cannot make its folder.
        const QString blocked = m_exports.filePath(QStringLiteral("blocked"));
        QFile blocker(blocked);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        makeComposition(blocked + QStringLiteral("/Mapje"));
        planTwo();
        QVERIFY(!calendar()->save());
        QVERIFY(calendar()->savedPath().isEmpty());
        QVERIFY(
            calendar()->message().contains(QStringLiteral("Je gegevens in Mapje zijn veilig.")));
        // Nothing in the vault changed.
        QCOMPARE(calendar()->preview().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCalendarController)
#include "tst_calendarcontroller.moc"
