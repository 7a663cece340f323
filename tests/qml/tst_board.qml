import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// The real board pages: choose by tap, drag and keyboard; faces and wishes; another person's
// fiche (refused off the citizen's choice), hidden and removed; order by buttons and drag;
// undo and redo; and everything back after a restart.
TestCase {
    id: testCase
    name: "Board"
    when: windowShown

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

    function makeBoard(window) {
        Flow.press(testCase, window, "makeBoardButton");
        Flow.waitForPage(testCase, window, "chooseDomainsPage");
        verify(Board.hasBoard);
    }

    function test_chooseByTapDragAndKeyboard() {
        const window = openApp();
        makeBoard(window);

        Flow.press(testCase, window, "tile_money");
        compare(Board.chosenKeys, ["money"]);
        Flow.press(testCase, window, "tile_money");
        compare(Board.chosenKeys, []);
        Flow.press(testCase, window, "tile_money");

        // Keyboard: focus a tile, arrow to the next, Space chooses it.
        const money = Flow.find(testCase, window, "tile_money");
        money.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Right);
        verify(Flow.find(testCase, window, "tile_work").activeFocus);
        keyClick(Qt.Key_Space);
        compare(Board.chosenKeys, ["money", "work"]);
        keyClick(Qt.Key_Return);
        compare(Board.chosenKeys, ["money"]);
        keyClick(Qt.Key_Space);

        // Drag: the housing tile onto the board zone.
        const tile = Flow.find(testCase, window, "tile_housing");
        const zone = Flow.find(testCase, window, "boardDropZone");
        // Both in view, as a person drags only what they see: the tile just below the zone.
        Flow.ensureVisible(zone);
        Flow.ensureVisible(tile);
        const from = tile.mapToItem(window.contentItem, tile.width / 2, tile.height / 2);
        const to = zone.mapToItem(window.contentItem, zone.width / 2, zone.height / 2);
        verify(from.y < window.height - Flow.find(testCase, window, "pageActions").height && to.y > 0,
               "tile and zone in view: " + from.y + ", " + to.y);
        mousePress(window.contentItem, from.x, from.y);
        for (let step = 1; step <= 10; ++step)
            mouseMove(window.contentItem, from.x + (to.x - from.x) * step / 10, from.y + (to.y - from.y) * step / 10);
        mouseRelease(window.contentItem, to.x, to.y);
        tryVerify(() => Board.chosenKeys.indexOf("housing") >= 0, 2000, "dropping the tile chooses it");
        compare(Board.chosenKeys, ["money", "work", "housing"]);
    }

    function test_facesWishesAndOthers() {
        const window = openApp();
        makeBoard(window);
        Flow.press(testCase, window, "tile_money");
        Flow.press(testCase, window, "tile_housing");
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "homePage");

        Flow.press(testCase, window, "feelingsButton");
        Flow.waitForPage(testCase, window, "feelingsPage");
        Flow.press(testCase, window, "feeling_sad");
        Flow.press(testCase, window, "wish_yes");
        Flow.typeInto(testCase, window, "note", "De huur is te hoog");
        compare(Board.fiche(Board.citizenId, "money").feeling, "sad");
        compare(Board.fiche(Board.citizenId, "money").wish, "yes");
        compare(Board.fiche(Board.citizenId, "money").note, "De huur is te hoog");
        verify(Flow.find(testCase, window, "feeling_sad").chosen);
        Flow.press(testCase, window, "nextButton");
        Flow.press(testCase, window, "feeling_happy");
        compare(Board.fiche(Board.citizenId, "housing").feeling, "happy");
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "homePage");

        // A professional adds a fiche, only on what the citizen chose.
        Flow.press(testCase, window, "perspectivesButton");
        Flow.waitForPage(testCase, window, "perspectivesPage");
        Flow.press(testCase, window, "kind_professional");
        Flow.typeInto(testCase, window, "personName", "Sanne");
        Flow.press(testCase, window, "addPersonButton");
        compare(Board.perspectives.count, 2);
        const pro = Board.perspectives.data(Board.perspectives.index(1, 0), 257); // KeyRole
        verify(pro.length > 0);
        Board.setFeeling(pro, "work", "happy");
        verify(Board.notice.length > 0, "a fiche off the citizen's choice is refused kindly");
        compare(Object.keys(Board.fiche(pro, "work")).length, 0);

        Flow.press(testCase, window, "fiches_" + pro);
        Flow.waitForPage(testCase, window, "feelingsPage");
        Flow.press(testCase, window, "feeling_unsure");
        compare(Board.fiche(pro, "money").feeling, "unsure");
        compare(Board.fiche(pro, "money").title, "Sanne (hulpverlener)");
        // Stopping before the last leefgebied is "Terug"; what was chosen stays.
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "perspectivesPage");
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "homePage");

        // The citizen hides it, shows it again, then removes it.
        Flow.press(testCase, window, "hide_" + pro + "_money");
        verify(Board.fiche(pro, "money").hidden);
        Flow.press(testCase, window, "hide_" + pro + "_money");
        verify(!Board.fiche(pro, "money").hidden);
        Flow.press(testCase, window, "remove_" + pro + "_money");
        compare(Object.keys(Board.fiche(pro, "money")).length, 0);

        // Undo brings the fiche back; redo takes it away again.
        Flow.press(testCase, window, "undoButton");
        compare(Board.fiche(pro, "money").feeling, "unsure");
        keyClick(Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier);
        compare(Object.keys(Board.fiche(pro, "money")).length, 0);
        keyClick(Qt.Key_Z, Qt.ControlModifier);
        compare(Board.fiche(pro, "money").feeling, "unsure");

        // Restart and unlock: everything is back.
        window.destroy();
        Vault.lock();
        Harness.restart();
        Vault.unlock("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        compare(Board.chosenKeys, ["money", "housing"]);
        compare(Board.fiche(Board.citizenId, "money").note, "De huur is te hoog");
        compare(Board.fiche(pro, "money").feeling, "unsure");
    }

    function test_orderByButtonsAndDrag() {
        const window = openApp();
        makeBoard(window);
        Board.chooseDomain("money");
        Board.chooseDomain("work");
        Board.chooseDomain("health");
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "homePage");
        Flow.press(testCase, window, "orderButton");
        Flow.waitForPage(testCase, window, "orderPage");

        Flow.press(testCase, window, "up_health");
        compare(Board.chosenKeys, ["money", "health", "work"]);
        const said = Flow.find(testCase, window, "announcement");
        verify(said.text.indexOf("2") >= 0, "the new place is said: " + said.text);
        Flow.press(testCase, window, "down_money");
        compare(Board.chosenKeys, ["health", "money", "work"]);

        // Drag the handle of "work" up onto the first row.
        waitForRendering(window.contentItem); // the list lays out the moved rows first
        const grip = Flow.find(testCase, window, "grip_work");
        const firstGrip = Flow.find(testCase, window, "grip_health");
        const from = grip.mapToItem(window.contentItem, grip.width / 2, grip.height / 2);
        const to = firstGrip.mapToItem(window.contentItem, firstGrip.width / 2, firstGrip.height / 2);
        mousePress(window.contentItem, from.x, from.y);
        for (let step = 1; step <= 12; ++step)
            mouseMove(window.contentItem, from.x, from.y + (to.y - from.y) * step / 12);
        mouseRelease(window.contentItem, to.x, to.y);
        tryCompare(Board, "chosenKeys", ["work", "health", "money"], 2000);

        Board.undo();
        verify(Board.chosenKeys[0] !== "work" || Board.chosenKeys[1] !== "health");
    }

    function test_historyShowsEarlierBoards() {
        const window = openApp();
        makeBoard(window);
        Board.chooseDomain("money");
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "homePage");
        const first = Board.boardId;

        Harness.advanceClock(40 * 24 * 3600);
        window.destroy();
        const again = openApp();
        verify(!Board.isToday);
        Flow.press(testCase, again, "newBoardButton");
        verify(Board.boardId !== first, "a new board: " + Board.boardId + " " + first);
        compare(Board.chosenKeys, ["money"]); // starts from the previous board
        Board.chooseDomain("work");

        Flow.press(testCase, again, "historyButton");
        Flow.waitForPage(testCase, again, "historyPage");
        compare(Board.history.count, 2);
        Flow.press(testCase, again, "open_" + first);
        Flow.waitForPage(testCase, again, "homePage");
        compare(Board.boardId, first);
        compare(Board.chosenKeys, ["money"]);
    }
}
