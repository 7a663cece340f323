import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// Welcome → choose PIN → home → restart → unlock, all through the real pages.
TestCase {
    id: testCase
    name: "FirstRun"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        Harness.reset();
    }

    function startApp() {
        const window = createTemporaryObject(mainComponent, testCase);
        verify(window);
        waitForRendering(window.contentItem);
        return window;
    }

    function test_welcomeToHomeAndBack() {
        let window = startApp();
        compare(Flow.currentPage(testCase, window), "welcomePage");
        Flow.press(testCase, window, "startButton");
        Flow.waitForPage(testCase, window, "choosePinPage");

        Flow.typeInto(testCase, window, "secretField", "24680");
        Flow.press(testCase, window, "nextButton");
        Flow.typeInto(testCase, window, "secretField", "24680");
        Flow.press(testCase, window, "nextButton");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Flow.waitForPage(testCase, window, "homePage");

        Flow.typeInto(testCase, window, "notepad", "Vraag naar de brief van maart");
        compare(Notes.text, "Vraag naar de brief van maart");
        verify(!Notes.unsaved);

        window.destroy();
        Harness.restart();
        compare(Vault.stage, Vault.Locked);

        window = startApp();
        compare(Flow.currentPage(testCase, window), "unlockPage");
        Flow.typeInto(testCase, window, "secretField", "24680");
        Flow.press(testCase, window, "openButton");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Flow.waitForPage(testCase, window, "homePage");
        compare(Flow.find(testCase, window, "notepadInput").text, "Vraag naar de brief van maart");
    }

    // "Terug" at the top goes back one step while typing the code again, then to the welcome page;
    // Escape does the same as "Terug".
    function test_terugGoesBackAStepFirst() {
        const window = startApp();
        Flow.press(testCase, window, "startButton");
        Flow.waitForPage(testCase, window, "choosePinPage");
        Flow.typeInto(testCase, window, "secretField", "24680");
        Flow.press(testCase, window, "nextButton");
        compare(Flow.find(testCase, window, "choosePinPage").title, "Typ je code nog een keer");
        Flow.press(testCase, window, "backButton");
        compare(Flow.find(testCase, window, "choosePinPage").title, "Kies een pincode");
        compare(Flow.find(testCase, window, "secretFieldInput").text, "");
        compare(Vault.stage, Vault.NoVault);
        Flow.find(testCase, window, "secretFieldInput").forceActiveFocus();
        keyClick(Qt.Key_Escape);
        Flow.waitForPage(testCase, window, "welcomePage");
    }

    function test_mismatchedRepeatStartsOver() {
        const window = startApp();
        Flow.press(testCase, window, "startButton");
        Flow.waitForPage(testCase, window, "choosePinPage");
        Flow.typeInto(testCase, window, "secretField", "24680");
        Flow.press(testCase, window, "nextButton");
        Flow.typeInto(testCase, window, "secretField", "24681");
        Flow.press(testCase, window, "nextButton");
        const notice = Flow.find(testCase, window, "problemNotice");
        verify(notice.visible);
        verify(notice.text.length > 0);
        compare(Vault.stage, Vault.NoVault);
    }

    function test_tooEasyPinIsExplained() {
        const window = startApp();
        Flow.press(testCase, window, "startButton");
        Flow.waitForPage(testCase, window, "choosePinPage");
        Flow.typeInto(testCase, window, "secretField", "12345");
        Flow.press(testCase, window, "nextButton");
        verify(Flow.find(testCase, window, "problemNotice").visible);
        compare(Vault.stage, Vault.NoVault);
    }

    function test_keyboardOnly() {
        const window = startApp();
        // Tab to the start button and press Space: no mouse needed.
        const start = Flow.find(testCase, window, "startButton");
        start.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        Flow.waitForPage(testCase, window, "choosePinPage");
        const field = Flow.find(testCase, window, "secretFieldInput");
        field.forceActiveFocus();
        for (const key of "97531")
            keyClick(key);
        keyClick(Qt.Key_Return);
        tryVerify(() => field.text === "");
        for (const key of "97531")
            keyClick(key);
        keyClick(Qt.Key_Return);
        tryCompare(Vault, "stage", Vault.Open, 5000);
    }
}
