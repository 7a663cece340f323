import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// Agreed moments end to end on the real pages: set one, get its reminder at the right moment on
// the test clock (words that say nothing private), snooze and put away, walk the look back with
// own words and a new board, and find it all in the timeline. Times are Amsterdam wall-clock.
TestCase {
    id: testCase
    name: "CheckIns"
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

    function back(window, to) {
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, to);
    }

    // Home → the list → a new moment a week ahead, with whom and where, at 11:00.
    function planMoment(window) {
        Flow.press(testCase, window, "checkInsButton");
        Flow.waitForPage(testCase, window, "checkInsPage");
        verify(Flow.find(testCase, window, "emptyLabel").visible);
        Flow.press(testCase, window, "newCheckInButton");
        Flow.waitForPage(testCase, window, "checkInPage");
        compare(CheckIns.currentDateIso, "2026-11-30");
        compare(CheckIns.currentTimeIso, "10:00");
        verify(CheckIns.currentRemind);
        Flow.typeInto(testCase, window, "withWhomField", "Sanne");
        Flow.typeInto(testCase, window, "whereField", "Stadhuis");
        const hour = Flow.find(testCase, window, "hourBox");
        Flow.ensureVisible(hour);
        hour.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Down);
        tryCompare(CheckIns, "currentTimeIso", "11:00", 2000);
        const id = CheckIns.currentId;
        back(window, "checkInsPage");
        verify(!Flow.find(testCase, window, "emptyLabel").visible);
        Flow.find(testCase, window, "checkIn_" + id);
        return id;
    }

    function test_planRemindLookBackAndTimeline() {
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        const window = openApp();
        const id = planMoment(window);
        back(window, "homePage");
        verify(!Flow.find(testCase, window, "dueReminderNotice").visible);

        // Nothing yet on Sunday morning; at 10:00 the day-before reminder comes, once.
        Harness.setClock("2026-11-29T08:00:00Z");
        Harness.tick();
        compare(Harness.notifications(), []);
        Harness.setClock("2026-11-29T09:00:00Z");
        Harness.tick();
        Harness.tick();
        compare(Harness.notifications(), ["Mapje|Je hebt morgen een afspraak. Kijk in Mapje als het je uitkomt."]);
        tryVerify(() => Flow.find(testCase, window, "dueReminderNotice").visible, 2000);

        // In the list (behind the PIN) it may say with whom. Later: over an hour it comes again.
        Flow.press(testCase, window, "remindersButton");
        Flow.waitForPage(testCase, window, "remindersPage");
        const key = "checkin:" + id + ":daybefore";
        const card = Flow.find(testCase, window, "reminder_" + key);
        verify(card.text.indexOf("Sanne") >= 0);
        Flow.press(testCase, window, "snoozeHour_" + key);
        Harness.advanceClock(3600);
        Harness.tick();
        compare(Harness.notifications().length, 2);
        const dismissButton = Flow.find(testCase, window, "dismiss_" + key);
        Flow.ensureVisible(dismissButton);
        Flow.press(testCase, window, "dismiss_" + key);
        tryVerify(() => Reminders.list.count === 1, 2000, "the hour-before reminder is left, count " + Reminders.list.count);
        back(window, "homePage");

        // An hour before the moment (11:00 in Amsterdam) the second reminder comes.
        Harness.setClock("2026-11-30T09:00:00Z");
        Harness.tick();
        compare(Harness.notifications().length, 3);
        compare(Harness.notifications()[2], "Mapje|Je hebt vandaag een afspraak. Kijk in Mapje als het je uitkomt.");

        // After the moment: home offers to look back together.
        Harness.setClock("2026-11-30T11:00:00Z");
        Harness.tick();
        compare(Harness.notifications().length, 3);
        for (const text of Harness.notifications())
            verify(text.indexOf("Sanne") < 0 && text.indexOf("Stadhuis") < 0, text);
        tryVerify(() => Flow.find(testCase, window, "lookBackButton").visible, 2000);
        Flow.press(testCase, window, "lookBackButton");
        Flow.waitForPage(testCase, window, "checkInFlowPage");
        Flow.typeInto(testCase, window, "whatChangedArea", "Ik heb hulp bij mijn post.");
        Flow.press(testCase, window, "nextButton");

        // A new board that starts from the last one.
        Flow.press(testCase, window, "newBoardButton");
        Flow.waitForPage(testCase, window, "feelingsPage");
        verify(Board.isToday);
        compare(Board.chosenKeys, ["money"]);
        back(window, "checkInFlowPage");
        Flow.press(testCase, window, "nextButton");
        Flow.press(testCase, window, "nextButton");
        verify(Flow.find(testCase, window, "doneLabel").visible);
        compare(CheckIns.dueCheckInId, "");
        back(window, "homePage");
        verify(!Flow.find(testCase, window, "lookBackButton").visible);

        // The timeline tells it, newest first, in own words.
        Flow.press(testCase, window, "timelineButton");
        Flow.waitForPage(testCase, window, "timelinePage");
        const entry = Flow.find(testCase, window, "entry_checkIn:" + id);
        compare(entry.text, "Ik heb hulp bij mijn post.");
        compare(Timeline.entries.count, 3);

        // Everything is still there after a restart.
        Harness.restart();
        Vault.unlock("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        CheckIns.open(id);
        compare(CheckIns.currentWhatChanged, "Ik heb hulp bij mijn post.");
        verify(CheckIns.currentCompleted);
        compare(CheckIns.currentWithWhom, "Sanne");
    }

    function test_turnOffQuietHoursAndAllOff() {
        const window = openApp();
        const id = planMoment(window);
        back(window, "homePage");
        Flow.press(testCase, window, "remindersButton");
        Flow.waitForPage(testCase, window, "remindersPage");
        compare(Reminders.list.count, 2);
        Flow.press(testCase, window, "turnOff_checkin:" + id + ":hourbefore");
        tryCompare(Reminders.list, "count", 1, 2000);

        // Quiet from 21:00 until 11:00: the day-before reminder waits until 11:00.
        const start = Flow.find(testCase, window, "quietStartField");
        const startHour = testCase.findChild(start, "hourBox");
        Flow.ensureVisible(startHour);
        startHour.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Up);
        tryCompare(Reminders, "quietStart", "21:00", 2000);
        const endHour = testCase.findChild(Flow.find(testCase, window, "quietEndField"), "hourBox");
        Flow.ensureVisible(endHour);
        endHour.forceActiveFocus(Qt.TabFocusReason);
        for (let i = 0; i < 3; ++i)
            keyClick(Qt.Key_Down);
        tryCompare(Reminders, "quietEnd", "11:00", 2000);
        Harness.setClock("2026-11-29T09:30:00Z");
        Harness.tick();
        compare(Harness.notifications(), []);
        Harness.setClock("2026-11-29T10:00:00Z");
        Harness.tick();
        compare(Harness.notifications().length, 1);

        // All off: nothing more shows, and the page says so.
        Flow.press(testCase, window, "enabledSwitch");
        verify(!Reminders.enabled);
        tryCompare(Reminders.list, "count", 0, 2000);
        verify(Flow.find(testCase, window, "emptyLabel").visible);
        Harness.setClock("2026-11-30T10:30:00Z");
        Harness.tick();
        compare(Harness.notifications().length, 1);
    }

    function test_calendarPreviewThenSave() {
        const window = openApp();
        const id = planMoment(window);
        back(window, "homePage");
        Flow.press(testCase, window, "remindersButton");
        Flow.waitForPage(testCase, window, "remindersPage");
        Flow.press(testCase, window, "calendarButton");
        Flow.waitForPage(testCase, window, "calendarPage");
        compare(Calendar.preview.length, 1);
        compare(Calendar.preview[0].summary, "Afspraak");
        compare(Calendar.preview[0].location, "");
        Flow.find(testCase, window, "preview_" + id);
        Flow.press(testCase, window, "detailsSwitch");
        compare(Calendar.preview[0].summary, "Afgesproken moment met Sanne");
        compare(Calendar.preview[0].location, "Stadhuis");
        Flow.press(testCase, window, "detailsSwitch");
        compare(Calendar.preview[0].summary, "Afspraak");
        Flow.press(testCase, window, "saveButton");
        tryVerify(() => Flow.find(testCase, window, "messageNotice").visible, 2000);
        verify(Calendar.savedPath.endsWith("mapje-agenda.ics"));
    }
}
