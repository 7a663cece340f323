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
        Vault.createVault("24680");
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

    // On a phone at 200 % the words that say what went wrong stand below the fields: they come
    // into view, above the bar with "Nieuwe code bewaren".
    function test_whatWentWrongComesIntoView() {
        Display.setTextScale(2.0);
        const window = createTemporaryObject(mainComponent, testCase, {
                "width": 360,
                "height": 640
            });
        Flow.waitForPage(testCase, window, "homePage");
        Flow.press(testCase, window, "changePinButton");
        Flow.waitForPage(testCase, window, "changePinPage");
        Flow.typeInto(testCase, window, "currentField", "97531");
        Flow.typeInto(testCase, window, "newField", "een lange wachtzin");
        Flow.typeInto(testCase, window, "repeatField", "een lange wachtzin");
        Flow.press(testCase, window, "saveButton");
        tryCompare(Vault, "busy", false, 5000);
        const notice = Flow.find(testCase, window, "problemNotice");
        const bar = Flow.find(testCase, window, "pageActions");
        tryVerify(() => {
            const r = notice.mapToItem(null, 0, 0, notice.width, notice.height);
            return notice.visible && r.y >= 0 && r.y + r.height <= bar.mapToItem(null, 0, 0).y + 1;
        }, 3000, "the problem stands in view, above the actions");
        Display.setTextScale(1.0);
    }
}
