import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// An appointment at the municipality end to end on the real pages: prepare it from home (when,
// where, with whom, own and picked questions, papers ticked and an own thing, what they should
// know, who comes along), find it all again after a restart, write afterwards what was agreed and
// turn it into a goal and a new agreed moment, and read the four rights with their articles.
// Times are Amsterdam wall-clock.
TestCase {
    id: testCase
    name: "Appointments"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        Harness.reset();
        // Monday 23 November 2026, 9:00 in Amsterdam.
        Harness.setClock("2026-11-23T08:00:00Z");
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
    }

    function openApp() {
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "homePage");
        return window;
    }

    function next(window) {
        Flow.press(testCase, window, "nextButton");
    }

    // The time boxes show nothing as chosen, and say nothing to a screen reader.
    function checkNoTimeShown(window) {
        const field = Flow.find(testCase, window, "timeField");
        compare(Appointments.currentTimeIso, "");
        compare(findChild(field, "hourBox").currentIndex, -1);
        compare(findChild(field, "minuteBox").currentIndex, -1);
        compare(findChild(field, "hourBox").displayText, "");
        compare(findChild(field, "minuteBox").displayText, "");
        compare(field.Accessible.description, "");
    }

    function keyOnBox(window, field, box, key) {
        const item = findChild(Flow.find(testCase, window, field), box);
        Flow.ensureVisible(item);
        item.forceActiveFocus(Qt.TabFocusReason);
        keyClick(key);
    }

    function openAppointments(window) {
        Flow.press(testCase, window, "appointmentsButton");
        Flow.waitForPage(testCase, window, "appointmentsPage");
    }

    // Home → the list → a new appointment, prepared question by question.
    function prepare(window) {
        openAppointments(window);
        verify(Flow.find(testCase, window, "emptyLabel").visible);
        Flow.press(testCase, window, "newAppointmentButton");
        Flow.waitForPage(testCase, window, "appointmentPage");
        // Nothing is chosen for her: no day, no time, no reminder.
        compare(Appointments.currentDateIso, "");
        compare(findChild(Flow.find(testCase, window, "dateField"), "dayBox").currentIndex, -1);
        checkNoTimeShown(window);
        verify(!Appointments.currentRemind);
        verify(!Flow.find(testCase, window, "remindSwitch").checked);
        // A reminder before a day: the switch says what it waits for, stays off, and takes her
        // to the day, where she can act.
        compare(Flow.find(testCase, window, "remindSwitch").description,
                "Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.");
        Flow.press(testCase, window, "remindSwitch");
        verify(!Appointments.currentRemind);
        verify(!Flow.find(testCase, window, "remindSwitch").checked);
        tryVerify(() => findChild(Flow.find(testCase, window, "dateField"), "dayBox").activeFocus, 2000,
                  "the focus goes to the day");

        // When: Friday 27 November at 11:00. The first pick fills the rest from today.
        keyOnBox(window, "dateField", "dayBox", Qt.Key_Down);
        tryCompare(Appointments, "currentDateIso", "2026-11-01", 2000);
        verify(!Flow.find(testCase, window, "whenNotice").visible);
        for (let i = 0; i < 26; ++i)
            keyOnBox(window, "dateField", "dayBox", Qt.Key_Down);
        tryCompare(Appointments, "currentDateIso", "2026-11-27", 2000);
        // A day alone is kept with no time chosen: the time boxes stay empty.
        checkNoTimeShown(window);
        verify(!Appointments.currentHasTime);
        compare(Appointments.currentWhenText, "vrijdag 27 november 2026, nog geen tijd gekozen");
        verify(Flow.find(testCase, window, "remindSwitch").description.indexOf("Kies je ook een tijd?") >= 0);
        // Her first hour fills the minutes with 00 and is kept.
        keyOnBox(window, "timeField", "hourBox", Qt.Key_Down);
        tryCompare(Appointments, "currentTimeIso", "00:00", 2000);
        compare(findChild(Flow.find(testCase, window, "timeField"), "minuteBox").displayText, "00");
        for (let i = 0; i < 11; ++i)
            keyOnBox(window, "timeField", "hourBox", Qt.Key_Down);
        tryCompare(Appointments, "currentTimeIso", "11:00", 2000);
        verify(Appointments.currentHasTime);
        compare(Flow.find(testCase, window, "remindSwitch").description, "Een dag van tevoren en een uur van tevoren.");
        // Now she says yes to a reminder.
        Flow.press(testCase, window, "remindSwitch");
        verify(Appointments.currentRemind);
        next(window);

        // Where and with whom.
        Flow.typeInto(testCase, window, "whereField", "Stadskantoor, balie 3");
        Flow.typeInto(testCase, window, "withWhomField", "Mevrouw De Vries");
        next(window);

        // My questions: one of my own, two picked. The box has room for a long question.
        const box = Flow.find(testCase, window, "newQuestionInput");
        compare(box.wrapMode, TextEdit.Wrap);
        verify(box.height >= 3 * Theme.touchTarget, "several lines in sight");
        Flow.typeInto(testCase, window, "newQuestion", "Waarom duurt het zo lang?");
        Flow.press(testCase, window, "addQuestionButton");
        // The button turned off: the focus waits in the box for the next question.
        verify(Flow.find(testCase, window, "newQuestionInput").activeFocus, "focus back in the question box");
        Flow.press(testCase, window, "suggestion_onPaper");
        verify(Flow.find(testCase, window, "newQuestionInput").activeFocus, "focus in sight after a pick");
        Flow.press(testCase, window, "suggestion_whenHear");
        compare(Appointments.questions.count, 3);
        tryVerify(() => findChild(window.contentItem, "suggestion_onPaper") === null, 2000, "picked, so not offered");
        compare(Flow.find(testCase, window, "questionText_1").text, "2. Kan ik dat op papier krijgen?");
        // The most important question first, and own words in a picked one.
        Flow.press(testCase, window, "questionUp_2");
        compare(Flow.find(testCase, window, "questionText_1").text, "2. Wanneer hoor ik iets?");
        Flow.press(testCase, window, "questionEdit_2");
        Flow.typeInto(testCase, window, "questionField_2", "Kan ik dat op papier krijgen, per post?");
        Flow.press(testCase, window, "questionDone_2");
        compare(Flow.find(testCase, window, "questionText_2").text, "3. Kan ik dat op papier krijgen, per post?");
        next(window);

        // What I bring: nothing on the list yet; the usual papers offered, none ticked.
        verify(Flow.find(testCase, window, "emptyListLabel").visible);
        compare(Appointments.toBring.count, 0);
        for (const key of ["id", "bankStatements", "rentalContract", "payslip", "letters"])
            verify(!Flow.find(testCase, window, "offer_" + key).done, key + " is offered, not ticked");
        // She ticks the ID and the letters: they come on her list, and the focus follows.
        Flow.press(testCase, window, "offer_id");
        tryVerify(() => findChild(window.contentItem, "pack_id") !== null, 2000);
        tryVerify(() => Flow.find(testCase, window, "pack_id").activeFocus, 2000, "focus on the paper on her list");
        Flow.press(testCase, window, "offer_letters");
        compare(Appointments.toBring.count, 2);
        // The ID is packed, and an own thing.
        Flow.press(testCase, window, "pack_id");
        tryVerify(() => Flow.find(testCase, window, "pack_id").done, 2000);
        Flow.typeInto(testCase, window, "newThing", "Mijn zorgpas");
        Flow.press(testCase, window, "addThingButton");
        Flow.find(testCase, window, "pack_Mijn zorgpas");
        verify(Flow.find(testCase, window, "newThingInput").activeFocus, "focus back in the field");
        next(window);

        Flow.typeInto(testCase, window, "wantThemToKnowArea", "Ik slaap slecht door de brieven.");
        next(window);
        Flow.typeInto(testCase, window, "comesWithMeField", "Mijn buurvrouw Ans");
        next(window);
        verify(Flow.find(testCase, window, "readyLabel").visible);
        // The ready page lists the questions, in the citizen's order.
        compare(Flow.find(testCase, window, "readyQuestion_0").text, "1. Waarom duurt het zo lang?");
        compare(Flow.find(testCase, window, "readyQuestion_2").text, "3. Kan ik dat op papier krijgen, per post?");
        const id = Appointments.currentId;
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "appointmentsPage");
        verify(!Flow.find(testCase, window, "emptyLabel").visible);
        Flow.find(testCase, window, "appointment_" + id);
        return id;
    }

    // After a restart the page shows everything again.
    function checkPrepared(window, id) {
        openAppointments(window);
        Flow.press(testCase, window, "prepare_" + id);
        Flow.waitForPage(testCase, window, "appointmentPage");
        compare(Appointments.currentDateIso, "2026-11-27");
        compare(Appointments.currentTimeIso, "11:00");
        next(window);
        compare(Flow.find(testCase, window, "whereFieldInput").text, "Stadskantoor, balie 3");
        compare(Flow.find(testCase, window, "withWhomFieldInput").text, "Mevrouw De Vries");
        next(window);
        compare(Flow.find(testCase, window, "questionText_0").text, "1. Waarom duurt het zo lang?");
        compare(Flow.find(testCase, window, "questionText_1").text, "2. Wanneer hoor ik iets?");
        compare(Flow.find(testCase, window, "questionText_2").text, "3. Kan ik dat op papier krijgen, per post?");
        verify(findChild(window.contentItem, "suggestion_onPaper") === null);
        next(window);
        verify(Flow.find(testCase, window, "pack_id").done);
        verify(!Flow.find(testCase, window, "pack_letters").done);
        Flow.find(testCase, window, "pack_Mijn zorgpas");
        next(window);
        compare(Flow.find(testCase, window, "wantThemToKnowAreaInput").text, "Ik slaap slecht door de brieven.");
        next(window);
        compare(Flow.find(testCase, window, "comesWithMeFieldInput").text, "Mijn buurvrouw Ans");
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "appointmentsPage");
    }

    function test_prepareRestartAndAfterwards() {
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        let window = openApp();
        const id = prepare(window);

        Harness.restart();
        Vault.unlock("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Flow.waitForPage(testCase, window, "homePage");
        checkPrepared(window, id);
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "homePage");

        // After the appointment (Friday 27 November, 13:00 in Amsterdam).
        Harness.setClock("2026-11-27T12:00:00Z");
        openAppointments(window);
        Flow.press(testCase, window, "after_" + id);
        Flow.waitForPage(testCase, window, "appointmentAfterPage");
        verify(!Flow.find(testCase, window, "notYetLabel").visible);
        Flow.typeInto(testCase, window, "agreedArea", "Ik stuur mijn bankafschriften voor vrijdag.");
        compare(Appointments.currentAgreed, "Ik stuur mijn bankafschriften voor vrijdag.");

        // A goal in the words of what was agreed, on the domain she picks: none is chosen for her.
        Flow.press(testCase, window, "makeGoalButton");
        compare(Flow.find(testCase, window, "goalWordsInput").text, "Ik stuur mijn bankafschriften voor vrijdag.");
        verify(!Flow.find(testCase, window, "domain_money").chosen);
        verify(!Flow.find(testCase, window, "createGoalButton").enabled);
        verify(Flow.find(testCase, window, "chooseDomainLabel").visible);
        compare(Goals.goals.count, 0);
        Flow.press(testCase, window, "domain_money");
        verify(Flow.find(testCase, window, "domain_money").chosen);
        verify(!Flow.find(testCase, window, "chooseDomainLabel").visible);
        compare(Flow.find(testCase, window, "goalWordsInput").text, "Ik stuur mijn bankafschriften voor vrijdag.");
        Flow.press(testCase, window, "createGoalButton");
        Flow.waitForPage(testCase, window, "goalPage");
        compare(Goals.currentOwnWords, "Ik stuur mijn bankafschriften voor vrijdag.");
        compare(Goals.currentDomainId, "money");
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "appointmentAfterPage");

        // A new agreed moment with the same person at the same place.
        Flow.press(testCase, window, "makeCheckInButton");
        Flow.waitForPage(testCase, window, "checkInPage");
        compare(CheckIns.currentWithWhom, "Mevrouw De Vries");
        compare(CheckIns.currentWhere, "Stadskantoor, balie 3");
        compare(CheckIns.list.count, 1);
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "appointmentAfterPage");
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "appointmentsPage");
        verify(Flow.find(testCase, window, "appointment_" + id).visible);
        compare(Goals.goals.count, 1);

        Harness.restart();
        Vault.unlock("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Appointments.open(id);
        compare(Appointments.currentAgreed, "Ik stuur mijn bankafschriften voor vrijdag.");
    }

    function test_stepOfAGoal() {
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        const goalId = Goals.addGoal("money", "Mijn post op orde");
        const id = Appointments.addAppointment();
        Appointments.setDate("2026-11-24");
        Appointments.setAgreed("Elke week de post openen.");
        const window = openApp();
        window.showPageWith("appointmentAfter", { "appointmentId": id });
        Flow.waitForPage(testCase, window, "appointmentAfterPage");
        verify(Flow.find(testCase, window, "notYetLabel").visible);
        Flow.press(testCase, window, "makeStepButton");
        compare(Flow.find(testCase, window, "stepWordsInput").text, "Elke week de post openen.");
        Flow.press(testCase, window, "goal_" + goalId);
        Flow.press(testCase, window, "addStepButton");
        verify(Flow.find(testCase, window, "afterMessage").visible);
        Goals.open(goalId);
        compare(Goals.steps.rowCount(), 1);
    }

    // She leaves the day open and goes on: everything is kept, and the last page says plainly
    // that the day is still missing, with the way back to it.
    function test_finishingWithoutADaySaysWhatIsMissing() {
        const window = openApp();
        openAppointments(window);
        Flow.press(testCase, window, "newAppointmentButton");
        Flow.waitForPage(testCase, window, "appointmentPage");
        for (let i = 0; i < 6; ++i)
            next(window);
        verify(!Flow.find(testCase, window, "readyLabel").visible, "not 'klaar' without a day");
        const notice = Flow.find(testCase, window, "missingDateNotice");
        verify(notice.visible);
        verify(notice.text.indexOf("nog geen dag") >= 0, notice.text);
        Flow.press(testCase, window, "chooseDateButton");
        verify(Flow.find(testCase, window, "dateField").visible);
        keyOnBox(window, "dateField", "dayBox", Qt.Key_Down);
        tryCompare(Appointments, "currentDateIso", "2026-11-01", 2000);
        const id = Appointments.currentId;
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "appointmentsPage");
        Flow.find(testCase, window, "appointment_" + id);
    }

    // A day without a time: kept as it is, said plainly on the last page, and no time appears
    // after a restart either. Her first hour fills the minutes.
    function test_aDayWithoutATimeSaysSo() {
        const window = openApp();
        openAppointments(window);
        Flow.press(testCase, window, "newAppointmentButton");
        Flow.waitForPage(testCase, window, "appointmentPage");
        keyOnBox(window, "dateField", "dayBox", Qt.Key_Down);
        tryCompare(Appointments, "currentDateIso", "2026-11-01", 2000);
        checkNoTimeShown(window);
        const id = Appointments.currentId;
        for (let i = 0; i < 6; ++i)
            next(window);
        verify(Flow.find(testCase, window, "readyLabel").visible);
        compare(Flow.find(testCase, window, "whenLabel").text, "zondag 1 november 2026, nog geen tijd gekozen");
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "appointmentsPage");

        Harness.restart();
        Vault.unlock("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Flow.waitForPage(testCase, window, "homePage");
        openAppointments(window);
        Flow.press(testCase, window, "prepare_" + id);
        Flow.waitForPage(testCase, window, "appointmentPage");
        compare(Appointments.currentDateIso, "2026-11-01");
        checkNoTimeShown(window);
        // Minutes first: they wait for her hour, and nothing is kept yet.
        keyOnBox(window, "timeField", "minuteBox", Qt.Key_Down);
        compare(findChild(Flow.find(testCase, window, "timeField"), "minuteBox").displayText, "00");
        compare(findChild(Flow.find(testCase, window, "timeField"), "hourBox").currentIndex, -1);
        compare(Appointments.currentTimeIso, "");
        keyOnBox(window, "timeField", "minuteBox", Qt.Key_Down);
        keyOnBox(window, "timeField", "hourBox", Qt.Key_Down);
        tryCompare(Appointments, "currentTimeIso", "00:05", 2000);
        compare(Appointments.currentDateIso, "2026-11-01");
    }

    // A card without a day says so, instead of an empty line.
    function test_aCardWithoutADay() {
        const id = Appointments.addAppointment();
        const window = openApp();
        openAppointments(window);
        const card = Flow.find(testCase, window, "appointment_" + id);
        verify(findChild(card, "prepare_" + id).Accessible.name === "Bereid je afspraak voor");
    }

    function test_rights() {
        const window = openApp();
        openAppointments(window);
        Flow.press(testCase, window, "rightsLink");
        Flow.waitForPage(testCase, window, "rightsPage");
        const expected = {
            "bringSomeone": "2:1",
            "onPaper": "1:3",
            "objection": "6:7",
            "access": "15"
        };
        for (const right in expected) {
            verify(Flow.find(testCase, window, "right_" + right).visible, right);
            const law = Flow.find(testCase, window, "law_" + right);
            verify(law.text.indexOf(expected[right]) >= 0, law.text);
        }
        verify(Flow.find(testCase, window, "law_objection").text.indexOf("6:8") >= 0);
        verify(Flow.find(testCase, window, "law_access").text.indexOf("12 lid 3") >= 0);
        // Hard words link to their explanation.
        Flow.press(testCase, window, "explain_bezwaar");
        Flow.waitForPage(testCase, window, "explanationPage");
    }
}
