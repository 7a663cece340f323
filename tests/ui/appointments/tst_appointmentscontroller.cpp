#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <memory>

#include "core/clock.h"
#include "core/documentcatalogue.h"
#include "openvault.h"
#include "quotavfs.h"
#include "ui/appointments/appointmentquestionsmodel.h"
#include "ui/appointments/appointmentscontroller.h"
#include "ui/appointments/appointmentsmodel.h"
#include "ui/appointments/suggestionsmodel.h"
#include "ui/appointments/thingstobringmodel.h"
#include "ui/reminders/reminderscontroller.h"
#include "ui/reminders/remindersmodel.h"

using mapje::AppointmentQuestionsModel;
using mapje::AppointmentsController;
using mapje::AppointmentsModel;
using mapje::Composition;
using mapje::QuotaVfs;
using mapje::RemindersController;
using mapje::RemindersModel;
using mapje::SuggestionsModel;
using mapje::ThingsToBringModel;

namespace {

QStringList column(const QAbstractItemModel *model, int role)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->data(model->index(row, 0), role).toString());
    return values;
}

} // namespace

/**
 * AppointmentsController through a real Composition in Europe/Amsterdam: a new appointment with its
 * usual papers, its fields, my questions (own, picked, changed, moved, removed), the checklist
 * (ticks, own things, papers that go and come back), what was agreed afterwards, and nothing lost
 * on a restart or a full disk. Every model runs under QAbstractItemModelTester.
 */
class TestAppointmentsController : public QObject {
    Q_OBJECT

private:
    mapje::ManualClock m_clock {QDateTime(QDate(2027, 3, 22), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<OpenVault> m_app;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    AppointmentsController *appointments() const { return (*m_app)->appointmentsController(); }
    QStringList questionTexts() const
    {
        return column(appointments()->questions(), AppointmentQuestionsModel::TextRole);
    }
    QStringList thingKeys() const
    {
        return column(appointments()->toBring(), ThingsToBringModel::KeyRole);
    }
    QStringList suggestionKeys() const
    {
        return column(appointments()->suggestions(), SuggestionsModel::KeyRole);
    }
    QVariant thing(int row, ThingsToBringModel::Role role) const
    {
        return appointments()->toBring()->data(appointments()->toBring()->index(row), role);
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
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
                 appointments()->list(), appointments()->questions(), appointments()->suggestions(),
                 appointments()->toBring(), appointments()->documentSuggestions()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void cleanup()
    {
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        m_testers.clear();
        m_app.reset();
    }

    /** Nothing is chosen for the citizen: no day, no reminder, no paper on her list. */
    void newAppointmentIsEmptyAndOffersTheUsualPapers()
    {
        QCOMPARE(appointments()->list()->count(), 0);
        QVERIFY(!appointments()->hasCurrent());
        QCOMPARE(appointments()->todayIso(), QStringLiteral("2027-03-22"));
        const QString id = appointments()->addAppointment();
        QVERIFY(!id.isEmpty());
        QCOMPARE(appointments()->currentId(), id);
        QCOMPARE(appointments()->currentDateIso(), QString());
        QCOMPARE(appointments()->currentTimeIso(), QString());
        QCOMPARE(appointments()->currentWhenText(), QString());
        QVERIFY(!appointments()->current()->hasWhen());
        QVERIFY(!appointments()->currentRemind());
        QVERIFY(!appointments()->currentHasPassed());
        QCOMPARE(appointments()->list()->count(), 1);
        QCOMPARE(appointments()
                     ->list()
                     ->data(appointments()->list()->index(0), AppointmentsModel::KeyRole)
                     .toString(),
            id);
        QCOMPARE(appointments()->toBring()->count(), 0);
        QVERIFY(appointments()->current()->packed().isEmpty());
        // The usual papers are offered, with a short explanation; she ticks what she brings.
        QCOMPARE(column(appointments()->documentSuggestions(), SuggestionsModel::KeyRole),
            (QStringList {QStringLiteral("id"), QStringLiteral("bankStatements"),
                QStringLiteral("rentalContract"), QStringLiteral("payslip"),
                QStringLiteral("letters")}));
        appointments()->addDocument(QStringLiteral("id"));
        QCOMPARE(thingKeys(), QStringList {QStringLiteral("id")});
        QCOMPARE(thing(0, ThingsToBringModel::NameRole).toString(), QStringLiteral("ID-bewijs"));
        QVERIFY(thing(0, ThingsToBringModel::ExplanationRole).toString().contains(u"paspoort"));
        QVERIFY(!thing(0, ThingsToBringModel::PackedRole).toBool());
        QVERIFY(!thing(0, ThingsToBringModel::IsOwnRole).toBool());
        QCOMPARE(appointments()->documentSuggestions()->count(), 4);
        QCOMPARE(appointments()->questions()->count(), 0);
        QCOMPARE(appointments()->suggestions()->count(), 7);
        QVERIFY(!appointments()->current()->remind());
    }

    /** A reminder is something she agrees to, and it needs a day. */
    void aReminderNeedsADayAndAYes()
    {
        const QString id = appointments()->addAppointment();
        appointments()->setRemind(true);
        QVERIFY(!appointments()->currentRemind());
        QCOMPARE(appointments()->notice(),
            QStringLiteral(
                "Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren."));
        // A time picked before the day waits for it; the day keeps it.
        appointments()->setTime(QStringLiteral("14:30"));
        QCOMPARE(appointments()->currentTimeIso(), QStringLiteral("14:30"));
        QVERIFY(!appointments()->current()->hasWhen());
        appointments()->setDate(QStringLiteral("2027-03-29"));
        QVERIFY(appointments()->notice().isEmpty());
        QCOMPARE(appointments()->currentDateIso(), QStringLiteral("2027-03-29"));
        QCOMPARE(appointments()->currentTimeIso(), QStringLiteral("14:30"));
        QVERIFY(!appointments()->currentRemind());
        appointments()->setRemind(true);
        QVERIFY(appointments()->currentRemind());
        QVERIFY(restart());
        appointments()->open(id);
        QVERIFY(appointments()->currentRemind());
        QCOMPARE(appointments()->currentTimeIso(), QStringLiteral("14:30"));
    }

    /** A day picked without a time is kept with no time chosen: nothing shows a time she did not
     * pick, also after a restart; her first time joins the day. */
    void aDayWithoutATimeKeepsNoTime()
    {
        const QString id = appointments()->addAppointment();
        appointments()->setDate(QStringLiteral("2027-03-29"));
        QVERIFY(appointments()->current()->hasWhen());
        QCOMPARE(appointments()->currentDateIso(), QStringLiteral("2027-03-29"));
        QCOMPARE(appointments()->currentTimeIso(), QString());
        QVERIFY(!appointments()->currentHasTime());
        QCOMPARE(appointments()->currentWhenText(),
            QStringLiteral("maandag 29 maart 2027, nog geen tijd gekozen"));
        // Another day: still no time.
        appointments()->setDate(QStringLiteral("2027-03-30"));
        QCOMPARE(appointments()->currentTimeIso(), QString());
        QVERIFY(restart());
        appointments()->open(id);
        QCOMPARE(appointments()->currentDateIso(), QStringLiteral("2027-03-30"));
        QCOMPARE(appointments()->currentTimeIso(), QString());
        QVERIFY(!appointments()->currentHasTime());
        QCOMPARE(appointments()->list()->count(), 1);
        // The card in the list says the day alone, never a time she did not pick.
        QCOMPARE(appointments()
                     ->list()
                     ->data(appointments()->list()->index(0), AppointmentsModel::WhenTextRole)
                     .toString(),
            QStringLiteral("dinsdag 30 maart 2027"));

        appointments()->setTime(QStringLiteral("00:00")); // midnight is a time she can pick
        QVERIFY(appointments()->currentHasTime());
        QCOMPARE(appointments()->currentTimeIso(), QStringLiteral("00:00"));
        appointments()->setTime(QStringLiteral("14:30"));
        QCOMPARE(
            appointments()->currentWhenText(), QStringLiteral("dinsdag 30 maart 2027 om 14:30"));
        appointments()->setDate(QStringLiteral("2027-03-31"));
        QCOMPARE(appointments()->currentTimeIso(), QStringLiteral("14:30"));
    }

    /** A day without a time reminds her the morning of the day before (at the day-before time),
     * not "an hour before" a time nobody chose. */
    void aDayWithoutATimeRemindsTheDayBefore()
    {
        const QString id = appointments()->addAppointment();
        appointments()->setDate(QStringLiteral("2027-03-24")); // Wednesday, no time
        appointments()->setRemind(true);
        QVERIFY(appointments()->currentRemind());
        RemindersController *reminders = (*m_app)->remindersController();
        reminders->checkNow();
        QStringList keys;
        for (const RemindersModel::Row &row : reminders->list()->rows())
            keys.append(row.reminder.key);
        QCOMPARE(keys, QStringList {QStringLiteral("appointment:%1:daybefore").arg(id)});
        const RemindersModel::Row row = reminders->list()->rows().constFirst();
        // 10:00 on Tuesday in Amsterdam (CET).
        QCOMPARE(row.reminder.dueAt, QDateTime(QDate(2027, 3, 23), QTime(9, 0), QTimeZone::utc()));
        // The list says the day alone: no time she did not choose.
        QCOMPARE(row.whenText, QStringLiteral("woensdag 24 maart 2027"));
        QVERIFY(!row.reminder.eventAt.isValid());
        m_clock.set(QDateTime(QDate(2027, 3, 23), QTime(9, 0), QTimeZone::utc()));
        reminders->checkNow();
        QVERIFY(reminders->hasDue());
    }

    void fieldsAreKeptAsTypedOnTheWallClock()
    {
        const QString id = appointments()->addAppointment();
        QSignalSpy changed(appointments(), &AppointmentsController::currentChanged);
        appointments()->setDate(QStringLiteral("2027-03-28")); // summer time from 3:00
        appointments()->setTime(QStringLiteral("14:30"));
        appointments()->setWhere(QStringLiteral(" Stadskantoor, balie 3 "));
        appointments()->setWithWhom(QStringLiteral("Mevrouw De Vries, klantmanager"));
        appointments()->setWantThemToKnow(QStringLiteral("Ik slaap slecht door de brieven."));
        appointments()->setComesWithMe(QStringLiteral("Mijn buurvrouw Ans"));
        appointments()->setRemind(true);
        appointments()->setRemind(false);
        QCOMPARE(changed.count(), 8);
        // Invalid words change nothing.
        appointments()->setTime(QStringLiteral("25:99"));
        appointments()->setDate(QStringLiteral("2027-02-30"));
        QCOMPARE(changed.count(), 8);
        QVERIFY(restart());
        QVERIFY(!appointments()->hasCurrent());
        appointments()->open(id);
        QCOMPARE(appointments()->currentDateIso(), QStringLiteral("2027-03-28"));
        QCOMPARE(appointments()->currentTimeIso(), QStringLiteral("14:30"));
        QCOMPARE(appointments()->current()->when(),
            QDateTime(QDate(2027, 3, 28), QTime(12, 30), QTimeZone::utc()));
        QCOMPARE(appointments()->currentWhere(), QStringLiteral("Stadskantoor, balie 3"));
        QCOMPARE(
            appointments()->currentWithWhom(), QStringLiteral("Mevrouw De Vries, klantmanager"));
        QCOMPARE(appointments()->currentWantThemToKnow(),
            QStringLiteral("Ik slaap slecht door de brieven."));
        QCOMPARE(appointments()->currentComesWithMe(), QStringLiteral("Mijn buurvrouw Ans"));
        QVERIFY(!appointments()->currentRemind());
        QCOMPARE(appointments()
                     ->list()
                     ->data(appointments()->list()->index(0), AppointmentsModel::WhereRole)
                     .toString(),
            QStringLiteral("Stadskantoor, balie 3"));
    }

    void ownQuestionsAddChangeMoveAndGo()
    {
        appointments()->addAppointment();
        QVERIFY(!appointments()->addQuestion(QStringLiteral("   ")));
        QVERIFY(appointments()->addQuestion(QStringLiteral("Waarom duurt het zo lang?")));
        QVERIFY(appointments()->addQuestion(QStringLiteral("Krijg ik nog geld terug?")));
        QVERIFY(appointments()->addQuestion(QStringLiteral("Wie is mijn vaste contact?")));
        QCOMPARE(questionTexts(),
            (QStringList {QStringLiteral("Waarom duurt het zo lang?"),
                QStringLiteral("Krijg ik nog geld terug?"),
                QStringLiteral("Wie is mijn vaste contact?")}));
        QCOMPARE(column(appointments()->questions(), AppointmentQuestionsModel::KeyRole),
            (QStringList {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));

        // Typing changes one row in place: no reset, so the field keeps its focus.
        QSignalSpy reset(appointments()->questions(), &QAbstractItemModel::modelReset);
        QSignalSpy moved(appointments()->questions(), &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(appointments()->questions(), &QAbstractItemModel::rowsRemoved);
        appointments()->setQuestionText(1, QStringLiteral("Krijg ik nog geld terug? "));
        appointments()->setQuestionText(1, QStringLiteral("Krijg ik geld terug van de toeslag?"));
        appointments()->setQuestionText(1, QString()); // empty: the old words stay
        QCOMPARE(questionTexts().at(1), QStringLiteral("Krijg ik geld terug van de toeslag?"));

        appointments()->moveQuestionUp(2);
        QCOMPARE(questionTexts().at(1), QStringLiteral("Wie is mijn vaste contact?"));
        appointments()->moveQuestionDown(0);
        QCOMPARE(questionTexts(),
            (QStringList {QStringLiteral("Wie is mijn vaste contact?"),
                QStringLiteral("Waarom duurt het zo lang?"),
                QStringLiteral("Krijg ik geld terug van de toeslag?")}));
        appointments()->moveQuestionUp(0); // already first: nothing happens
        appointments()->moveQuestionDown(2); // already last
        QCOMPARE(moved.count(), 2);
        appointments()->removeQuestion(1);
        appointments()->removeQuestion(7);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(restart());
        appointments()->open(
            appointments()
                ->list()
                ->data(appointments()->list()->index(0), AppointmentsModel::KeyRole)
                .toString());
        QCOMPARE(questionTexts(),
            (QStringList {QStringLiteral("Wie is mijn vaste contact?"),
                QStringLiteral("Krijg ik geld terug van de toeslag?")}));
    }

    void pickedSuggestionBecomesOwnAndLeavesTheSuggestions()
    {
        const QString id = appointments()->addAppointment();
        QVERIFY(suggestionKeys().contains(QStringLiteral("onPaper")));
        QVERIFY(appointments()->pickSuggestion(QStringLiteral("onPaper")));
        QVERIFY(!appointments()->pickSuggestion(QStringLiteral("onPaper"))); // not twice
        QVERIFY(!appointments()->pickSuggestion(QStringLiteral("unknown")));
        QVERIFY(appointments()->pickSuggestion(QStringLiteral("whenHear")));
        QCOMPARE(questionTexts(),
            (QStringList {QStringLiteral("Kan ik dat op papier krijgen?"),
                QStringLiteral("Wanneer hoor ik iets?")}));
        QVERIFY(!suggestionKeys().contains(QStringLiteral("onPaper")));
        QVERIFY(!suggestionKeys().contains(QStringLiteral("whenHear")));
        QCOMPARE(appointments()->suggestions()->count(), 5);
        // The citizen may change a picked question; it stays picked.
        appointments()->setQuestionText(
            0, QStringLiteral("Kan ik dat op papier krijgen, per post?"));
        QVERIFY(!suggestionKeys().contains(QStringLiteral("onPaper")));
        QVERIFY(restart());
        appointments()->open(id);
        QCOMPARE(questionTexts().at(0), QStringLiteral("Kan ik dat op papier krijgen, per post?"));
        QCOMPARE(appointments()->suggestions()->count(), 5);
        // Taken away, it is offered again.
        appointments()->removeQuestion(0);
        QVERIFY(suggestionKeys().contains(QStringLiteral("onPaper")));
        QCOMPARE(appointments()->suggestions()->count(), 6);
    }

    void checklistTicksOwnThingsAndPapersThatComeBack()
    {
        const QString id = appointments()->addAppointment();
        QSignalSpy reset(appointments()->toBring(), &QAbstractItemModel::modelReset);
        // Each paper she ticks among the suggestions comes on her list, unpacked.
        for (const QString &key : mapje::DocumentCatalogue::keys())
            appointments()->addDocument(key);
        QVERIFY(appointments()->current()->packed().isEmpty());
        appointments()->setPacked(QStringLiteral("id"), true);
        QVERIFY(thing(0, ThingsToBringModel::PackedRole).toBool());
        QVERIFY(appointments()->addToBring(QStringLiteral(" Mijn zorgpas ")));
        QCOMPARE(thingKeys().constLast(), QStringLiteral("Mijn zorgpas"));
        QVERIFY(thing(5, ThingsToBringModel::IsOwnRole).toBool());
        QCOMPARE(thing(5, ThingsToBringModel::NameRole).toString(), QStringLiteral("Mijn zorgpas"));
        QVERIFY(thing(5, ThingsToBringModel::ExplanationRole).toString().isEmpty());
        appointments()->setPacked(QStringLiteral("Mijn zorgpas"), true);

        // The same thing twice or no words: a kind notice, nothing added.
        QVERIFY(!appointments()->addToBring(QStringLiteral("Mijn zorgpas")));
        QCOMPARE(appointments()->notice(), QStringLiteral("Dat staat al op je lijst."));
        QVERIFY(!appointments()->addToBring(QStringLiteral(" ")));
        QVERIFY(!appointments()->notice().isEmpty());
        appointments()->clearNotice();
        QVERIFY(appointments()->notice().isEmpty());

        // A paper that does not apply goes, and can come back (unticked).
        appointments()->removeToBring(QStringLiteral("payslip"));
        QVERIFY(!thingKeys().contains(QStringLiteral("payslip")));
        QCOMPARE(column(appointments()->documentSuggestions(), SuggestionsModel::KeyRole),
            QStringList {QStringLiteral("payslip")});
        QCOMPARE(column(appointments()->documentSuggestions(), SuggestionsModel::TextRole),
            QStringList {QStringLiteral("Loonstrook")});
        QCOMPARE(reset.count(), 0);
        QVERIFY(restart());
        appointments()->open(id);
        QCOMPARE(thingKeys(),
            (QStringList {QStringLiteral("id"), QStringLiteral("bankStatements"),
                QStringLiteral("rentalContract"), QStringLiteral("letters"),
                QStringLiteral("Mijn zorgpas")}));
        QCOMPARE(appointments()->current()->packed(),
            (QStringList {QStringLiteral("id"), QStringLiteral("Mijn zorgpas")}));
        appointments()->addDocument(QStringLiteral("payslip"));
        appointments()->addDocument(QStringLiteral("unknown"));
        QCOMPARE(thingKeys().constLast(), QStringLiteral("payslip"));
        QCOMPARE(appointments()->documentSuggestions()->count(), 0);
        appointments()->setPacked(QStringLiteral("id"), false);
        QVERIFY(!thing(0, ThingsToBringModel::PackedRole).toBool());
    }

    void afterwardsTheAgreedWordsAreKept()
    {
        const QString id = appointments()->addAppointment();
        QVERIFY(!appointments()->currentHasPassed()); // no day: never "passed"
        appointments()->setDate(QStringLiteral("2027-03-29"));
        QVERIFY(!appointments()->currentHasPassed());
        m_clock.advance(8 * 24 * 3600);
        QSignalSpy changed(appointments(), &AppointmentsController::currentChanged);
        appointments()->refresh();
        QVERIFY(changed.count() >= 1);
        QVERIFY(appointments()->currentHasPassed());
        QVERIFY(appointments()
                    ->list()
                    ->data(appointments()->list()->index(0), AppointmentsModel::HasPassedRole)
                    .toBool());
        appointments()->setAgreed(QStringLiteral("Ik stuur mijn bankafschriften voor vrijdag."));
        QVERIFY(restart());
        appointments()->open(id);
        QCOMPARE(appointments()->currentAgreed(),
            QStringLiteral("Ik stuur mijn bankafschriften voor vrijdag."));
        QCOMPARE(appointments()
                     ->list()
                     ->data(appointments()->list()->index(0), AppointmentsModel::AgreedRole)
                     .toString(),
            QStringLiteral("Ik stuur mijn bankafschriften voor vrijdag."));
    }

    void removeTakesItAway()
    {
        const QString keep = appointments()->addAppointment();
        const QString gone = appointments()->addAppointment();
        QCOMPARE(appointments()->list()->count(), 2);
        appointments()->remove(gone);
        QVERIFY(!appointments()->hasCurrent());
        QCOMPARE(appointments()->toBring()->count(), 0);
        QCOMPARE(appointments()->list()->count(), 1);
        QVERIFY(restart());
        QCOMPARE(appointments()->list()->count(), 1);
        appointments()->open(keep);
        QVERIFY(appointments()->hasCurrent());
        appointments()->open(QStringLiteral("unknown"));
        QVERIFY(!appointments()->hasCurrent());
    }

    // Nothing to do for reminders here: they read the same repository and follow its signal.
    void remindersFollowTheReminderSwitch()
    {
        appointments()->addAppointment();
        appointments()->setDate(QStringLiteral("2027-03-29")); // Monday, 9:00 in Amsterdam
        appointments()->setTime(QStringLiteral("09:00"));
        appointments()->setWithWhom(QStringLiteral("Mevrouw De Vries"));
        RemindersController *reminders = (*m_app)->remindersController();
        m_clock.set(QDateTime(QDate(2027, 3, 28), QTime(9, 0), QTimeZone::utc()));
        reminders->checkNow();
        QVERIFY(!reminders->hasDue()); // no reminder until she says yes
        appointments()->setRemind(true);
        reminders->checkNow();
        QVERIFY(reminders->hasDue());
        appointments()->setRemind(false);
        reminders->checkNow();
        QVERIFY(!reminders->hasDue());
    }

    void fullDiskLosesNothing()
    {
        const QString id = appointments()->addAppointment();
        QSignalSpy unsavedSpy(appointments(), &AppointmentsController::unsavedChanged);
        QuotaVfs::setMode(QuotaVfs::Mode::Full);
        appointments()->setWithWhom(QStringLiteral("Ahmed"));
        QVERIFY(appointments()->addQuestion(QStringLiteral("Mag ik het opnemen?")));
        appointments()->addDocument(QStringLiteral("letters"));
        appointments()->setPacked(QStringLiteral("letters"), true);
        appointments()->setAgreed(QStringLiteral("Volgende week bellen."));
        QVERIFY(appointments()->unsaved());
        QVERIFY(unsavedSpy.size() >= 1);
        QCOMPARE(appointments()->currentWithWhom(), QStringLiteral("Ahmed"));
        QCOMPARE(appointments()
                     ->list()
                     ->data(appointments()->list()->index(0), AppointmentsModel::WithWhomRole)
                     .toString(),
            QStringLiteral("Ahmed"));
        QuotaVfs::setMode(QuotaVfs::Mode::Normal);
        appointments()->setRetryInterval(10);
        QTRY_VERIFY(!appointments()->unsaved());
        QVERIFY(restart());
        appointments()->open(id);
        QCOMPARE(appointments()->currentWithWhom(), QStringLiteral("Ahmed"));
        QCOMPARE(questionTexts(), QStringList {QStringLiteral("Mag ik het opnemen?")});
        QVERIFY(appointments()->current()->isPacked(QStringLiteral("letters")));
        QCOMPARE(appointments()->currentAgreed(), QStringLiteral("Volgende week bellen."));
    }
};

QTEST_GUILESS_MAIN(TestAppointmentsController)
#include "tst_appointmentscontroller.moc"
