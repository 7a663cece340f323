import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// A wrong PIN gets a calm message; after several, a wait that holds across a restart.
TestCase {
    id: testCase
    name: "WrongPin"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        Harness.reset();
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Vault.lock();
        compare(Vault.stage, Vault.Locked);
    }

    function startApp() {
        const window = createTemporaryObject(mainComponent, testCase);
        verify(window);
        waitForRendering(window.contentItem);
        return window;
    }

    function tryPin(window, pin) {
        Flow.typeInto(testCase, window, "secretField", pin);
        Flow.press(testCase, window, "openButton");
        tryCompare(Vault, "busy", false, 5000);
    }

    function test_wrongPinShowsCalmMessage() {
        const window = startApp();
        tryPin(window, "11223");
        compare(Vault.stage, Vault.Locked);
        const notice = Flow.find(testCase, window, "messageNotice");
        verify(notice.visible);
        compare(notice.text, Vault.message);
        verify(!Flow.find(testCase, window, "waitNotice").visible);
        compare(Flow.find(testCase, window, "secretFieldInput").text, "");
    }

    function test_waitAfterRepeatedTriesHoldsAcrossRestart() {
        let window = startApp();
        for (let i = 0; i < 4; ++i)
            tryPin(window, "11223");
        compare(Vault.waitSeconds, 30);
        verify(Flow.find(testCase, window, "waitNotice").visible);
        verify(!Flow.find(testCase, window, "openButton").enabled);

        window.destroy();
        Harness.restart();
        window = startApp();
        compare(Vault.waitSeconds, 30);
        verify(Flow.find(testCase, window, "waitNotice").visible);
        verify(!Flow.find(testCase, window, "openButton").enabled);

        Harness.advanceClock(31);
        tryCompare(Vault, "waitSeconds", 0, 3000);
        tryPin(window, "24680");
        compare(Vault.stage, Vault.Open);
        Flow.waitForPage(testCase, window, "homePage");
    }

    function test_forgotPinStartsOver() {
        const window = startApp();
        Flow.press(testCase, window, "forgotButton");
        Flow.waitForPage(testCase, window, "forgotPinPage");
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "unlockPage");
        Flow.press(testCase, window, "forgotButton");
        Flow.waitForPage(testCase, window, "forgotPinPage");
        Flow.press(testCase, window, "startOverButton");
        tryCompare(Vault, "stage", Vault.NoVault);
        Flow.waitForPage(testCase, window, "welcomePage");
    }
}
