import QtQuick
import QtQuick.Controls
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow
import "FocusChecks.js" as FocusChecks

// A keyboard-only citizen, from the first screen to a saved PDF: only Tab, Shift+Tab, Enter,
// Space and the arrow keys (and the digits of the PIN). At every step the focused control must be
// fully in view with its focus ring drawn, on a phone-sized window where most pages scroll.
TestCase {
    id: testCase
    name: "KeyboardOnly"
    when: windowShown

    Component {
        id: mainComponent
        Main {
            width: 360
            height: 640
        }
    }

    property var window: null

    function init() {
        Harness.reset();
        Harness.setClock("2026-11-23T08:00:00Z");
        Display.setReducedMotion(true);
    }

    function cleanup() {
        Display.setReducedMotion(false);
        Display.setTextScale(1.0);
    }

    function focused() {
        return testCase.window.activeFocusItem;
    }

    function page() {
        return Flow.find(testCase, testCase.window, "pageStack").currentItem;
    }

    // The focused control is seen: in view, not under the header, ring drawn.
    function checkFocus(step: string) {
        const item = focused();
        verify(item !== null, step + ": something has the focus");
        // A page that has just opened may hold the focus itself until the first Tab.
        if (item === page())
            return;
        const problemsNow = () => {
            const found = [];
            FocusChecks.checkFocused(item, page(), testCase.window, (it, rule, detail) => found.push(rule + ": " + detail));
            return found;
        };
        // The page scrolls as soon as its layout has settled, within a frame or two.
        let problems = problemsNow();
        for (let waited = 0; problems.length > 0 && waited < 1000; waited += 20) {
            wait(20);
            problems = problemsNow();
        }
        compare(problems.length, 0, step + ", focus on " + (item.objectName || String(item)) + ": "
                + problems.join("; "));
    }

    function press(key: int, modifiers: int, step: string) {
        keyClick(key, modifiers === undefined ? Qt.NoModifier : modifiers);
        checkFocus(step);
    }

    // Tab (or Shift+Tab) until the control of that name has the focus, checking every stop.
    function tabTo(name: string, backwards: bool) {
        for (let i = 0; i < 80; ++i) {
            const item = focused();
            if (item && item.objectName === name)
                return item;
            press(Qt.Key_Tab, backwards ? Qt.ShiftModifier : Qt.NoModifier, "on the way to " + name);
        }
        fail("Tab never reached " + name + " on " + page().objectName);
        return null;
    }

    function typeDigits(text: string) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function waitForPage(name: string) {
        Flow.waitForPage(testCase, testCase.window, name);
        // The page hands its first control the focus when it opens.
        tryVerify(() => focused() !== null && FocusChecks.isWithin(focused(), page()), 3000,
                  name + " gives the focus to one of its controls");
        checkFocus("opening " + name);
    }

    function runToSavedPdf() {
        testCase.window = createTemporaryObject(mainComponent, testCase);
        verify(testCase.window);
        testCase.window.requestActivate();
        tryVerify(() => testCase.window.active, 3000, "the window takes the keyboard");

        // Welcome: "Beginnen" has the focus and shows it.
        waitForPage("welcomePage");
        compare(focused().objectName, "startButton");
        press(Qt.Key_Space, Qt.NoModifier, "Beginnen");

        // A PIN, twice.
        waitForPage("choosePinPage");
        tabTo("secretFieldInput", false);
        typeDigits("24680");
        press(Qt.Key_Return, Qt.NoModifier, "first PIN");
        tryCompare(focused(), "objectName", "secretFieldInput");
        typeDigits("24680");
        press(Qt.Key_Return, Qt.NoModifier, "second PIN");
        tryCompare(Vault, "stage", Vault.Open, 5000);

        // Home, down to the board: each leefgebied is reached and chosen by keyboard.
        waitForPage("homePage");
        tabTo("makeBoardButton", false);
        press(Qt.Key_Return, Qt.NoModifier, "open the chooser");
        waitForPage("chooseDomainsPage");
        tabTo("tile_money", false);
        press(Qt.Key_Space, Qt.NoModifier, "choose Geld");
        compare(Board.chosenKeys.length, 1);
        // Arrows walk the grid down to the last tiles, which lie far below the first screenful.
        for (let i = 0; i < 13; ++i)
            press(Qt.Key_Right, Qt.NoModifier, "arrow right " + i);
        const last = focused().objectName;
        verify(last.startsWith("tile_") && last !== "tile_money", last);
        press(Qt.Key_Space, Qt.NoModifier, "choose the last leefgebied");
        compare(Board.chosenKeys.length, 2);
        verify(Board.chosenKeys.indexOf(last.slice("tile_".length)) >= 0, Board.chosenKeys.join());
        press(Qt.Key_Up, Qt.NoModifier, "arrow up");
        press(Qt.Key_Left, Qt.NoModifier, "arrow left");
        tabTo("doneButton", false);
        // One step back and forth again, as someone who went one too far.
        press(Qt.Key_Tab, Qt.ShiftModifier, "Shift+Tab");
        tabTo("doneButton", false);
        press(Qt.Key_Return, Qt.NoModifier, "Klaar");

        // The mapje: its preview, then "Ja, bewaar als PDF".
        waitForPage("homePage");
        tabTo("summaryButton", false);
        press(Qt.Key_Return, Qt.NoModifier, "open the mapje");
        waitForPage("summaryPage");
        tabTo("previewButton", false);
        press(Qt.Key_Space, Qt.NoModifier, "see the PDF");
        waitForPage("previewPage");
        tryVerify(() => Summary.previewReady, 10000, "the PDF is ready");
        tabTo("saveButton", false);
        press(Qt.Key_Return, Qt.NoModifier, "save");
        tryVerify(() => Summary.savedPath !== "", 10000, "the PDF is saved");
        verify(Summary.savedPath.endsWith(".pdf"), Summary.savedPath);
        checkFocus("after saving");
    }

    // The grid of leefgebieden is one Tab stop: arrows walk it, Space chooses, i explains.
    function test_chooserIsOneTabStop() {
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Board.startNewBoard(false);
        testCase.window = createTemporaryObject(mainComponent, testCase);
        testCase.window.requestActivate();
        tryVerify(() => testCase.window.active, 3000, "the window takes the keyboard");
        testCase.window.showPage("chooseDomains");
        waitForPage("chooseDomainsPage");
        verify(Flow.find(testCase, testCase.window, "keyboardHint").text.indexOf("pijltjes") >= 0);
        tabTo("tile_money", false);
        press(Qt.Key_Right, Qt.NoModifier, "to the second tile");
        const second = focused().objectName;
        verify(second.startsWith("tile_") && second !== "tile_money", second);
        // From the grid, Tab goes on past every tile to "Klaar" in a few steps.
        let tabs = 0;
        while (focused().objectName !== "doneButton" && tabs < 5) {
            press(Qt.Key_Tab, Qt.NoModifier, "Tab from the grid");
            verify(!focused().objectName.startsWith("tile_") && !focused().objectName.startsWith("info_"),
                   "Tab leaves the grid: " + focused().objectName);
            ++tabs;
        }
        compare(focused().objectName, "doneButton");
        // Back into the grid lands on the tile visited last.
        press(Qt.Key_Tab, Qt.ShiftModifier, "Shift+Tab");
        while (!focused().objectName.startsWith("tile_") && tabs-- > 0)
            press(Qt.Key_Tab, Qt.ShiftModifier, "Shift+Tab back to the grid");
        compare(focused().objectName, second);
        keyClick(Qt.Key_I);
        waitForPage("domainInfoPage");
        compare(page().domainKey, second.slice("tile_".length));
    }

    // "Hoger" on the row that becomes the first turns off: the focus goes to "Lager" beside it,
    // and from the last row's "Lager" to its "Hoger", never to nothing.
    function test_focusStaysWhenHogerTurnsOff() {
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        Board.chooseDomain("housing");
        Board.chooseDomain("health");
        testCase.window = createTemporaryObject(mainComponent, testCase);
        testCase.window.requestActivate();
        tryVerify(() => testCase.window.active, 3000, "the window takes the keyboard");
        testCase.window.showPage("order");
        waitForPage("orderPage");
        tabTo("up_housing", false);
        press(Qt.Key_Space, Qt.NoModifier, "housing one up");
        compare(Board.chosenKeys[0], "housing");
        tryVerify(() => focused() && focused().objectName === "down_housing", 2000,
                  "the focus goes to Lager beside the Hoger that turned off, not " + focused());
        checkFocus("after Hoger turned off");
        tabTo("down_money", false);
        press(Qt.Key_Space, Qt.NoModifier, "money one down");
        compare(Board.chosenKeys[2], "money");
        tryVerify(() => focused() && focused().objectName === "up_money", 2000,
                  "the focus goes to Hoger beside the Lager that turned off, not " + focused());
        checkFocus("after Lager turned off");
    }

    // After a move, Tab goes through the rows in the order they are shown, not the order they
    // were made in; the last row's buttons show with their ring above the page's actions.
    function test_tabFollowsTheNewOrder() {
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Board.startNewBoard(false);
        for (const key of ["money", "housing", "health", "work"])
            Board.chooseDomain(key);
        Display.setTextScale(1.5);
        testCase.window = createTemporaryObject(mainComponent, testCase);
        testCase.window.requestActivate();
        tryVerify(() => testCase.window.active, 3000, "the window takes the keyboard");
        testCase.window.showPage("order");
        waitForPage("orderPage");
        tabTo("up_housing", false);
        press(Qt.Key_Space, Qt.NoModifier, "housing one up");
        compare(Board.chosenKeys.join(","), "housing,money,health,work");
        tryVerify(() => focused() && focused().objectName === "down_housing", 2000, "Lager beside it");
        press(Qt.Key_Tab, Qt.NoModifier, "Tab after the move");
        compare(focused().objectName, "up_money", "Tab goes to the row shown second");
        press(Qt.Key_Tab, Qt.NoModifier, "Tab");
        compare(focused().objectName, "down_money");
        press(Qt.Key_Tab, Qt.NoModifier, "Tab");
        compare(focused().objectName, "up_health", "then the row shown third");
        press(Qt.Key_Space, Qt.NoModifier, "health one up");
        compare(focused().objectName, "up_health", "Hoger keeps the focus on the second row");
        press(Qt.Key_Tab, Qt.NoModifier, "Tab after the second move");
        compare(focused().objectName, "down_health");
        press(Qt.Key_Tab, Qt.NoModifier, "Tab");
        compare(focused().objectName, "up_money", "money is third now");
        tabTo("down_health", true);
        compare(Board.chosenKeys.join(","), "housing,health,money,work");
        tabTo("down_money", false);
        press(Qt.Key_Space, Qt.NoModifier, "money to the end");
        compare(Board.chosenKeys.join(","), "housing,health,work,money");
        tryVerify(() => focused() && focused().objectName === "up_money", 2000, "Hoger beside it");
        checkFocus("the last row's Hoger, ring and all");
        press(Qt.Key_Tab, Qt.ShiftModifier, "Shift+Tab");
        compare(focused().objectName, "down_work", "Shift+Tab goes to the row shown above it");
    }

    // The first heading shown, in the order of the items' tree (a MapjeHeading has a level).
    function firstHeading(item: Item): Item {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (!child.visible)
                continue;
            if (child.level !== undefined && child.font !== undefined && child.text !== undefined)
                return child;
            const found = firstHeading(child);
            if (found)
                return found;
        }
        return null;
    }

    // Every page of an open vault opens at its top on a phone with large text: the heading's first
    // line is in view, not scrolled away or under the buttons at the top, whatever has the focus.
    function test_pagesOpenAtTheirTop_data() {
        return [{
                "tag": "nl 150%",
                "language": "nl",
                "scale": 1.5
            }, {
                "tag": "ar 150%",
                "language": "ar",
                "scale": 1.5
            }, {
                "tag": "nl 200%",
                "language": "nl",
                "scale": 2.0
            }];
    }

    function test_pagesOpenAtTheirTop(data) {
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Board.startNewBoard(false);
        for (const key of ["money", "housing", "health"])
            Board.chooseDomain(key);
        Language.choose(data.language);
        Display.setTextScale(data.scale);
        testCase.window = createTemporaryObject(mainComponent, testCase);
        testCase.window.requestActivate();
        tryVerify(() => testCase.window.active, 3000, "the window takes the keyboard");
        const stack = Flow.find(testCase, testCase.window, "pageStack");
        const problems = [];
        let held = 0;
        for (const name of ["changePin", "chooseDomains", "feelings", "order", "perspectives", "history", "glossary",
                            "goals", "goal", "checkIns", "appointments", "rights", "reminders", "calendar", "timeline",
                            "summary", "show", "settings", "language"]) {
            testCase.window.showPage(name);
            tryVerify(() => !stack.busy && stack.depth === 2, 5000, name + " opens");
            wait(100);
            const page = stack.currentItem;
            const flick = findChild(page, "pageFlick");
            const heading = testCase.firstHeading(flick);
            verify(heading !== null, name + " has a heading");
            const view = FocusChecks.rectOf(flick);
            const r = FocusChecks.rectOf(heading);
            const firstLine = Qt.rect(r.x, r.y, r.width, Math.min(r.height, heading.font.pixelSize * 1.2));
            // A page at its top is fine even if its heading starts low (the shown item's title).
            if (flick.contentY > flick.originY + 0.5 && !FocusChecks.inside(firstLine, view))
                problems.push(name + ": heading at y " + Math.round(r.y) + ", the page shows " + Math.round(view.y)
                              + " to " + Math.round(view.y + view.height) + " (focus on "
                              + (focused() ? focused().objectName || String(focused()) : "nothing") + ")");
            // A page that holds the focus itself: the first Tab starts at the top.
            if (focused() === page) {
                ++held;
                keyClick(Qt.Key_Tab);
                if (!FocusChecks.isWithin(focused(), page.header))
                    problems.push(name + ": the first Tab went to " + (focused().objectName || String(focused()))
                                  + ", not to the top of the page");
            }
            stack.pop(null, StackView.Immediate);
            tryVerify(() => !stack.busy && stack.depth === 1);
        }
        Language.choose("nl");
        verify(held > 0, "some pages hold the focus themselves when they open");
        compare(problems.join("\n"), "", "pages that open with their heading out of view");
    }

    // The code page opens at its top on a phone at 150 %: the heading stays in view and the field
    // that has the focus is in view too (the explanation comes below it).
    function test_choosePinOpensAtItsTop() {
        Display.setTextScale(1.5);
        testCase.window = createTemporaryObject(mainComponent, testCase);
        testCase.window.requestActivate();
        tryVerify(() => testCase.window.active, 3000, "the window takes the keyboard");
        waitForPage("welcomePage");
        press(Qt.Key_Space, Qt.NoModifier, "Beginnen");
        waitForPage("choosePinPage");
        tryVerify(() => focused() && focused().objectName === "secretFieldInput", 2000, "the field has the focus");
        checkFocus("the code page opened");
        wait(400);
        compare(Flow.find(testCase, testCase.window, "pageFlick").contentY, 0, "the page did not scroll away from its heading");
    }

    function test_firstScreenToSavedPdf_data() {
        return [{
                "tag": "100%",
                "scale": 1.0
            }, {
                "tag": "200%",
                "scale": 2.0
            }];
    }

    function test_firstScreenToSavedPdf(data) {
        Display.setTextScale(data.scale);
        runToSavedPdf();
    }
}
