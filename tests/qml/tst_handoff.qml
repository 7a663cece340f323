import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// "Ontvang van een zuil" on the real pages of a personal Mapje, against a real mapje-endpoint on
// 127.0.0.1 (ctest tst_qml_handoff; SyncHarness starts it): the button on "Delen met de
// gemeente", a code that cannot be one and a code no kiosk opened, each with one calm sentence,
// the keyboard back in the code field, and nothing kept. The whole hand-off with a kiosk is
// tests/ui/handoff/tst_handoffflow.
TestCase {
    id: testCase
    name: "Handoff"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        if (!SyncHarness.available)
            skip("runs in tst_qml_handoff, with a real endpoint");
        Harness.reset();
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
    }

    function test_receiveRefusesCodesInWordsAndKeepsNothing() {
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "homePage");
        Flow.press(testCase, window, "sharingButton");
        Flow.waitForPage(testCase, window, "sharingPage");
        verify(HandoffReceive.available);
        Flow.press(testCase, window, "handoffReceiveButton");
        Flow.waitForPage(testCase, window, "handoffReceivePage");
        compare(HandoffReceive.step, "start");

        Flow.typeInto(testCase, window, "handoffCodeField", "12");
        Flow.press(testCase, window, "handoffFetchButton");
        const message = Flow.find(testCase, window, "handoffReceiveMessage");
        tryVerify(() => message.visible);
        compare(message.text, "Deze code klopt niet. Kijk nog eens op het scherm van de zuil.");
        const input = Flow.find(testCase, window, "handoffCodeFieldInput");
        tryVerify(() => input.activeFocus, 2000, "the code field has the keyboard again");

        // A code of the right shape that no kiosk opened: the endpoint says it is gone.
        Flow.typeInto(testCase, window, "handoffCodeField", "km4t x7ra");
        Flow.press(testCase, window, "handoffFetchButton");
        tryVerify(() => message.text.startsWith("Deze code werkt niet meer"), 10000);
        compare(HandoffReceive.step, "start");
        tryVerify(() => input.activeFocus, 2000, "the code field has the keyboard again");
        verify(!Board.hasBoard);
    }
}
