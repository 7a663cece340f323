import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// The real goal pages: from home to "Mijn doelen", a goal in one's own words on a domain the
// citizen picks (none is chosen for her), no state until she picks one, a date from three lists (31 februari becomes the last day), two steps, one ticked
// off, a reminder day, Gelukt and back; everything back after a restart; the calm empty state;
// and taking a goal away only after "Weet je het zeker?".
TestCase {
    id: testCase
    name: "Goals"
    when: windowShown

    readonly property int keyRole: 257 // Qt.UserRole + 1: the stable key of every model

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        Harness.reset();
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
    }

    function openApp() {
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "homePage");
        return window;
    }

    function makeBoard() {
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        Board.chooseDomain("housing");
    }

    function openGoals(window) {
        Flow.press(testCase, window, "goalsButton");
        Flow.waitForPage(testCase, window, "goalsPage");
    }

    function stepKey(row: int): string {
        return Goals.steps.data(Goals.steps.index(row, 0), keyRole);
    }

    function boxIn(window, field: string, box: string) {
        const item = findChild(Flow.find(testCase, window, field), box);
        verify(item !== null, "no " + box + " in " + field);
        return item;
    }

    function test_emptyStateIsCalm() {
        const window = openApp();
        openGoals(window);
        const empty = Flow.find(testCase, window, "goalsEmpty");
        verify(empty.visible);
        verify(empty.text.indexOf("nog geen doelen") >= 0, empty.text);

        // Without a board there is nothing to write a goal on yet, and that is said kindly.
        Flow.press(testCase, window, "newGoalButton");
        Flow.waitForPage(testCase, window, "goalPage");
        verify(Flow.find(testCase, window, "noDomainsLabel").visible);
        verify(!Flow.find(testCase, window, "ownWords").visible);
        compare(Goals.goals.count, 0);
    }

    // The mouse wheel over a text box that does not scroll itself scrolls the page.
    function test_wheelOverATextBoxScrollsThePage() {
        makeBoard();
        const id = Goals.addGoal("money", "Mijn rekeningen op orde");
        const window = openApp();
        openGoals(window);
        Flow.press(testCase, window, "goal_" + id);
        Flow.waitForPage(testCase, window, "goalPage");
        for (const name of ["ownWordsInput", "whoHelpsInput"]) {
            const box = Flow.find(testCase, window, name);
            let page = box.parent;
            while (page && page.contentY === undefined)
                page = page.parent;
            verify(page && page.contentHeight > page.height, "the goal page is longer than the window");
            Flow.ensureVisible(box);
            const before = page.contentY;
            const down = before < page.contentHeight - page.height;
            mouseWheel(box, box.width / 2, box.height / 2, 0, down ? -120 : 120);
            tryVerify(() => page.contentY !== before, 1000, "the wheel over " + name + " scrolls the page");
            verify(down ? page.contentY > before : page.contentY < before);
        }
    }

    function test_writeAGoalAndFindItAfterARestart() {
        makeBoard();
        const window = openApp();
        openGoals(window);
        Flow.press(testCase, window, "newGoalButton");
        Flow.waitForPage(testCase, window, "goalPage");

        // No leefgebied is chosen for the citizen: she picks one herself.
        verify(!Flow.find(testCase, window, "domain_money").chosen);
        verify(!Flow.find(testCase, window, "domain_housing").chosen);
        verify(!Flow.find(testCase, window, "byWhenSwitch").visible, "a date comes after the words");

        // She picks the leefgebied; the goal is written with its first letter.
        Flow.press(testCase, window, "domain_money");
        verify(Flow.find(testCase, window, "domain_money").chosen);
        verify(!Goals.hasCurrent);
        Flow.typeInto(testCase, window, "ownWords", "Mijn rekeningen op orde");
        verify(Goals.hasCurrent);
        compare(Goals.currentOwnWords, "Mijn rekeningen op orde");
        compare(Goals.currentDomainId, "money");
        const goalId = Goals.currentId;
        compare(Goals.goals.count, 1);

        // Empty words keep the old ones, with a calm word about it.
        Flow.typeInto(testCase, window, "ownWords", "");
        verify(Flow.find(testCase, window, "goalNotice").visible);
        compare(Goals.currentOwnWords, "Mijn rekeningen op orde");
        Flow.typeInto(testCase, window, "ownWords", "Geen schulden meer");
        verify(!Flow.find(testCase, window, "goalNotice").visible);
        compare(Goals.currentOwnWords, "Geen schulden meer");
        // A goal being written for the first time has nothing to take away yet.
        verify(!Flow.find(testCase, window, "removeButton").visible, "no remove on a brand-new goal");

        // A date: none until the citizen picks one; a first pick (2027) keeps today's day and
        // month; then march, then 31, then februari.
        Flow.press(testCase, window, "byWhenSwitch");
        compare(Goals.currentByWhenIso, "", "no date is chosen for the citizen");
        verify(Flow.find(testCase, window, "byWhenSwitch").checked);
        verify(Flow.find(testCase, window, "byWhenField").visible);
        const monthBox = boxIn(window, "byWhenField", "monthBox");
        compare(monthBox.displayText, "");
        compare(boxIn(window, "byWhenField", "dayBox").displayText, "");
        compare(boxIn(window, "byWhenField", "yearBox").displayText, "");
        Flow.pick(testCase, boxIn(window, "byWhenField", "yearBox"), 1);
        compare(monthBox.displayText, "november");
        compare(Goals.currentByWhenIso, "2027-11-22");
        Flow.pick(testCase, monthBox, 2);
        compare(Goals.currentByWhenIso, "2027-03-22");
        Flow.pick(testCase, boxIn(window, "byWhenField", "dayBox"), 30);
        compare(Goals.currentByWhenIso, "2027-03-31");
        Flow.pick(testCase, monthBox, 1);
        compare(Goals.currentByWhenIso, "2027-02-28");
        compare(boxIn(window, "byWhenField", "dayBox").displayText, "28");
        // A day that has passed is kept, with a calm word.
        verify(!Flow.find(testCase, window, "byWhenPastNotice").visible);
        Flow.pick(testCase, boxIn(window, "byWhenField", "yearBox"), 0);
        compare(Goals.currentByWhenIso, "2026-02-28");
        verify(Flow.find(testCase, window, "byWhenPastNotice").visible, "a past date gets a calm word");
        Flow.pick(testCase, boxIn(window, "byWhenField", "yearBox"), 1);
        compare(Goals.currentByWhenIso, "2027-02-28");
        verify(!Flow.find(testCase, window, "byWhenPastNotice").visible);

        Flow.typeInto(testCase, window, "whoHelps", "Mijn zus");
        compare(Goals.currentWhoHelps, "Mijn zus");

        // Two steps: one with the button, one with Enter.
        verify(!Flow.find(testCase, window, "addStepButton").enabled);
        Flow.typeInto(testCase, window, "newStep", "Rekeningen sorteren");
        Flow.press(testCase, window, "addStepButton");
        compare(Goals.steps.rowCount(), 1);
        compare(Flow.find(testCase, window, "newStepInput").text, "");
        // The button turned off: the focus waits in the field for the next step.
        verify(Flow.find(testCase, window, "newStepInput").activeFocus, "focus back in the step field");
        Flow.typeInto(testCase, window, "newStep", "Schuldhulp bellen");
        keyClick(Qt.Key_Return);
        compare(Goals.steps.rowCount(), 2);
        const sort = stepKey(0);
        const call = stepKey(1);

        Flow.press(testCase, window, "tick_" + sort);
        verify(Goals.steps.data(Goals.steps.index(0, 0), keyRole + 2), "the first step is ticked off");
        verify(Flow.find(testCase, window, "tick_" + sort).Accessible.checked);
        compare(Flow.find(testCase, window, "tick_" + sort).Accessible.name, "Rekeningen sorteren");

        // A reminder for the second step, on 1 december.
        Flow.press(testCase, window, "remind_" + call);
        compare(Goals.steps.data(Goals.steps.index(1, 0), keyRole + 4), "2026-11-22");
        Flow.pick(testCase, boxIn(window, "remindOn_" + call, "monthBox"), 11);
        Flow.pick(testCase, boxIn(window, "remindOn_" + call, "dayBox"), 0);
        compare(Goals.steps.data(Goals.steps.index(1, 0), keyRole + 4), "2026-12-01");

        // No state is chosen until the citizen picks one.
        compare(Goals.currentStateKey, "");
        for (const key of ["busy", "reached", "stopped"]) {
            verify(!Flow.find(testCase, window, "state_" + key).chosen, key + " is not chosen for her");
            verify(Flow.find(testCase, window, "state_" + key).text !== "", key + " has words");
        }
        // A state that judges nothing, and back; words and steps stay.
        Flow.press(testCase, window, "state_reached");
        compare(Goals.currentStateKey, "reached");
        verify(Flow.find(testCase, window, "state_reached").chosen);
        Flow.press(testCase, window, "state_busy");
        compare(Goals.currentStateKey, "busy");
        compare(Goals.steps.rowCount(), 2);
        compare(Goals.currentOwnWords, "Geen schulden meer");

        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "goalsPage");
        const card = Flow.find(testCase, window, "goal_" + goalId);
        verify(!Flow.find(testCase, window, "goalsEmpty").visible);
        verify(card.Accessible.name.indexOf("Geen schulden meer") >= 0, card.Accessible.name);
        verify(card.Accessible.description.indexOf("Gedaan: Rekeningen sorteren") >= 0, card.Accessible.description);
        verify(card.Accessible.description.indexOf("Nog te doen: Schuldhulp bellen") >= 0, card.Accessible.description);

        // Restart and unlock: everything is back, on the cards and on the goal's page.
        window.destroy();
        Vault.lock();
        Harness.restart();
        Vault.unlock("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        const again = openApp();
        openGoals(again);
        Flow.press(testCase, again, "goal_" + goalId);
        Flow.waitForPage(testCase, again, "goalPage");
        compare(Flow.find(testCase, again, "ownWordsInput").text, "Geen schulden meer");
        compare(Flow.find(testCase, again, "whoHelpsInput").text, "Mijn zus");
        compare(Goals.currentByWhenIso, "2027-02-28");
        compare(boxIn(again, "byWhenField", "monthBox").displayText, "februari");
        compare(boxIn(again, "byWhenField", "yearBox").displayText, "2027");
        compare(Goals.steps.rowCount(), 2);
        verify(Flow.find(testCase, again, "tick_" + sort).Accessible.checked);
        verify(!Flow.find(testCase, again, "tick_" + call).Accessible.checked);
        compare(boxIn(again, "remindOn_" + call, "monthBox").displayText, "december");
        verify(Flow.find(testCase, again, "state_busy").chosen);

        // No date after all: the switch takes it away.
        Flow.press(testCase, again, "byWhenSwitch");
        compare(Goals.currentByWhenIso, "");
        verify(!Flow.find(testCase, again, "byWhenField").visible);
    }

    // Keyboard only: "Stap toevoegen" turns off once the step is added; the focus goes to the field
    // for the next step, never nowhere.
    function test_addingAStepKeepsTheFocusInSight() {
        makeBoard();
        const id = Goals.addGoal("money", "Mijn rekeningen op orde");
        const window = openApp();
        openGoals(window);
        Flow.press(testCase, window, "goal_" + id);
        Flow.waitForPage(testCase, window, "goalPage");
        compare(Goals.currentStateKey, "", "a goal written in code has no state either");
        Flow.typeInto(testCase, window, "newStep", "Een map kopen");
        const button = Flow.find(testCase, window, "addStepButton");
        Flow.ensureVisible(button);
        button.forceActiveFocus();
        tryVerify(() => button.activeFocus, 1000);
        keyClick(Qt.Key_Space);
        compare(Goals.steps.rowCount(), 1);
        const field = Flow.find(testCase, window, "newStepInput");
        tryVerify(() => field.activeFocus, 1000, "the focus goes to the field for the next step");
        compare(window.activeFocusItem, field);
        // Typing goes on at once.
        keyClick("B");
        compare(field.text, "B");
    }

    // Words before a leefgebied: kept in the box, a plain word says what is still missing, and the
    // goal is written once she picks where it belongs.
    function test_wordsBeforeALeefgebied() {
        makeBoard();
        const window = openApp();
        openGoals(window);
        Flow.press(testCase, window, "newGoalButton");
        Flow.waitForPage(testCase, window, "goalPage");
        verify(!Flow.find(testCase, window, "chooseDomainLabel").visible);
        Flow.typeInto(testCase, window, "ownWords", "Mijn rekeningen op orde");
        verify(!Goals.hasCurrent);
        verify(Flow.find(testCase, window, "chooseDomainLabel").visible);
        compare(Goals.goals.count, 0);
        Flow.press(testCase, window, "domain_money");
        verify(!Flow.find(testCase, window, "chooseDomainLabel").visible);
        verify(Goals.hasCurrent);
        compare(Goals.currentDomainId, "money");
        compare(Goals.currentOwnWords, "Mijn rekeningen op orde");
        compare(Goals.currentStateKey, "");
    }

    // Words typed before a leefgebied are not lost when she goes back: the next new goal shows
    // them again; once the goal is written, a new goal starts empty.
    function test_wordsBeforeALeefgebiedSurviveGoingBack() {
        makeBoard();
        const window = openApp();
        openGoals(window);
        Flow.press(testCase, window, "newGoalButton");
        Flow.waitForPage(testCase, window, "goalPage");
        Flow.typeInto(testCase, window, "ownWords", "Ik wil minder schulden");
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "goalsPage");
        compare(Goals.goals.count, 0);
        Flow.press(testCase, window, "newGoalButton");
        Flow.waitForPage(testCase, window, "goalPage");
        compare(Flow.find(testCase, window, "ownWordsInput").text, "Ik wil minder schulden", "her words are back");
        verify(!Goals.hasCurrent, "nothing is written until she chooses a leefgebied");
        Flow.press(testCase, window, "domain_money");
        verify(Goals.hasCurrent);
        compare(Goals.currentOwnWords, "Ik wil minder schulden");
        compare(Goals.draftWords, "");
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "goalsPage");
        Flow.press(testCase, window, "newGoalButton");
        Flow.waitForPage(testCase, window, "goalPage");
        compare(Flow.find(testCase, window, "ownWordsInput").text, "", "a new goal after a written one starts empty");
    }

    // Closing the app while a new goal has words and no leefgebied yet loses none of them: they
    // are kept in the vault, not in memory only.
    function test_wordsBeforeALeefgebiedSurviveClosingTheApp() {
        makeBoard();
        let window = openApp();
        openGoals(window);
        Flow.press(testCase, window, "newGoalButton");
        Flow.waitForPage(testCase, window, "goalPage");
        Flow.typeInto(testCase, window, "ownWords", "Ik wil rust in mijn hoofd");
        window.destroy();
        Vault.lock();
        compare(Goals.draftWords, "", "a locked vault keeps nothing in memory");
        Harness.restart();
        Vault.unlock("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        window = openApp();
        openGoals(window);
        Flow.press(testCase, window, "newGoalButton");
        Flow.waitForPage(testCase, window, "goalPage");
        compare(Flow.find(testCase, window, "ownWordsInput").text, "Ik wil rust in mijn hoofd", "her words are back");
        compare(Goals.goals.count, 0, "nothing is a goal until she chooses a leefgebied");
    }

    // Words and no leefgebied: "Klaar" does not leave without her goal but takes her to the choice.
    function test_klaarWithoutALeefgebiedGoesToTheChoice() {
        makeBoard();
        const window = openApp();
        openGoals(window);
        Flow.press(testCase, window, "newGoalButton");
        Flow.waitForPage(testCase, window, "goalPage");
        Flow.typeInto(testCase, window, "ownWords", "Ik wil een baan");
        Flow.press(testCase, window, "doneButton");
        compare(Flow.find(testCase, window, "pageStack").currentItem.objectName, "goalPage", "the page stays");
        compare(window.activeFocusItem.objectName, "domain_money", "the first leefgebied has the focus");
        verify(!Flow.find(testCase, window, "domain_money").chosen, "nothing is chosen for her");
        keyClick(Qt.Key_Space);
        verify(Goals.hasCurrent);
        compare(Goals.currentOwnWords, "Ik wil een baan");
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "goalsPage");
        compare(Goals.goals.count, 1);
    }

    // No leefgebied on her board yet: the goal page says so and takes her to the choice.
    function test_noBoardYetLeadsToTheBoard() {
        const window = openApp();
        openGoals(window);
        Flow.press(testCase, window, "newGoalButton");
        Flow.waitForPage(testCase, window, "goalPage");
        verify(Flow.find(testCase, window, "noDomainsLabel").visible);
        Flow.press(testCase, window, "chooseDomainsButton");
        Flow.waitForPage(testCase, window, "chooseDomainsPage");
        Flow.press(testCase, window, "tile_money");
        compare(Board.chosenKeys, ["money"], "she can choose there");
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "goalPage");
        verify(Flow.find(testCase, window, "domain_money").visible, "back at her goal, the leefgebied is there");
    }

    // A new goal opened from one leefgebied starts there: she chose it by opening it there.
    function test_aGoalOpenedFromOneLeefgebiedStartsThere() {
        makeBoard();
        const window = openApp();
        openGoals(window);
        window.showPageWith("goal", { "domainId": "housing" });
        Flow.waitForPage(testCase, window, "goalPage");
        verify(Flow.find(testCase, window, "domain_housing").chosen);
        verify(!Flow.find(testCase, window, "domain_money").chosen);
        Flow.typeInto(testCase, window, "ownWords", "Een eigen huis");
        compare(Goals.currentDomainId, "housing");
        compare(Goals.currentStateKey, "");
    }

    function test_removeOnlyAfterAYes() {
        makeBoard();
        const id = Goals.addGoal("housing", "Een eigen huis");
        verify(id !== "");
        const window = openApp();
        openGoals(window);
        Flow.press(testCase, window, "goal_" + id);
        Flow.waitForPage(testCase, window, "goalPage");
        verify(Flow.find(testCase, window, "domain_housing").chosen);

        Flow.press(testCase, window, "removeButton");
        const question = Flow.find(testCase, window, "removeQuestion");
        verify(question.visible);
        compare(question.text, "Weet je het zeker? Je kunt dit niet terugzetten.");
        Flow.press(testCase, window, "cancelRemoveButton");
        verify(!question.visible);
        compare(Goals.goals.count, 1);

        Flow.press(testCase, window, "removeButton");
        Flow.press(testCase, window, "confirmRemoveButton");
        Flow.waitForPage(testCase, window, "goalsPage");
        compare(Goals.goals.count, 0);
        verify(Flow.find(testCase, window, "goalsEmpty").visible);
    }
}
