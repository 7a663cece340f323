import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// Change the code from the home page; the data stays, only the new code opens it.
TestCase {
    id: testCase
    name: "ChangePin"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        Harness.reset();
        Vault.create("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Notes.save("Brief van de gemeente meenemen");
    }

    function test_changeKeepsDataAndOnlyTheNewCodeOpens() {
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "homePage");
        Flow.press(testCase, window, "changePinButton");
        Flow.waitForPage(testCase, window, "changePinPage");
        Flow.typeInto(testCase, window, "currentField", "24680");
        Flow.typeInto(testCase, window, "newField", "een lange wachtzin");
        Flow.typeInto(testCase, window, "repeatField", "een lange wachtzin");
        Flow.press(testCase, window, "saveButton");
        Flow.waitForPage(testCase, window, "homePage");

        Flow.press(testCase, window, "lockButton");
        Flow.waitForPage(testCase, window, "unlockPage");
        Flow.typeInto(testCase, window, "secretField", "24680");
        Flow.press(testCase, window, "openButton");
        tryCompare(Vault, "busy", false, 5000);
        compare(Vault.stage, Vault.Locked);
        Flow.typeInto(testCase, window, "secretField", "een lange wachtzin");
        Flow.press(testCase, window, "openButton");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Flow.waitForPage(testCase, window, "homePage");
        compare(Flow.find(testCase, window, "notepadInput").text, "Brief van de gemeente meenemen");
    }

    function test_wrongCurrentCodeChangesNothing() {
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "homePage");
        Flow.press(testCase, window, "changePinButton");
        Flow.waitForPage(testCase, window, "changePinPage");
        Flow.typeInto(testCase, window, "currentField", "97531");
        Flow.typeInto(testCase, window, "newField", "een lange wachtzin");
        Flow.typeInto(testCase, window, "repeatField", "een lange wachtzin");
        Flow.press(testCase, window, "saveButton");
        tryCompare(Vault, "busy", false, 5000);
        compare(Flow.currentPage(testCase, window), "changePinPage");
        verify(Flow.find(testCase, window, "problemNotice").visible);
    }
}
