import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// Sending to the municipality from a lobby kiosk (ctest tst_qml_kiosk_sync: a kiosk, and a real
// mapje-endpoint on 127.0.0.1): only with the code from her klantmanager, the same preview and
// "Ja, deel dit" as at home, the preview says she can take it back only until she is done here;
// after "Klaar — alles wissen" the next visitor finds no pairing and nothing shared.
TestCase {
    id: testCase
    name: "KioskSync"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        if (!Kiosk.active || !SyncHarness.available)
            skip("runs in tst_qml_kiosk_sync, as a kiosk with a real endpoint");
        Harness.reset();
    }

    function startAndBegin() {
        const window = createTemporaryObject(mainComponent, testCase, {
            "width": 1920,
            "height": 1080
        });
        verify(window);
        waitForRendering(window.contentItem);
        Flow.waitForPage(testCase, window, "kioskWelcomePage");
        Flow.press(testCase, window, "kioskBeginButton");
        Flow.waitForPage(testCase, window, "homePage");
        return window;
    }

    function findInOverlay(window, name) {
        const item = findChild(window.contentItem.parent, name);
        verify(item !== null, "no item named " + name + " in the overlay");
        return item;
    }

    function test_shareFromTheKioskOnlyWithHerCodeAndNothingAfter() {
        const window = startAndBegin();
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        Board.setFeeling(Board.citizenId, "money", "sad");

        // Nothing can go before she pairs with her klantmanager's code.
        verify(!Flow.find(testCase, window, "boardShareSection").visible);
        Flow.press(testCase, window, "sharingButton");
        Flow.waitForPage(testCase, window, "sharingPage");
        Flow.press(testCase, window, "pairButton");
        Flow.waitForPage(testCase, window, "pairPage");
        Flow.typeInto(testCase, window, "codeField", SyncHarness.issueCode());
        Flow.press(testCase, window, "pairCodeButton");
        tryVerify(() => Sync.paired, 10000);
        Flow.press(testCase, window, "pairDoneButton");
        Flow.waitForPage(testCase, window, "sharingPage");
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "homePage");

        // The same preview as at home, and what a kiosk changes about taking it back.
        Flow.press(testCase, window, "shareButton");
        Flow.waitForPage(testCase, window, "sharePreviewPage");
        verify(Flow.find(testCase, window, "previewLine_1").text.startsWith("Geld — Ik: Verdrietig."));
        compare(Flow.find(testCase, window, "takeBackNote").text,
                "Je kunt het hier terughalen tot je klaar bent. Daarna kan dat alleen nog via je klantmanager.");
        Flow.press(testCase, window, "confirmShareButton");
        Flow.waitForPage(testCase, window, "homePage");
        tryVerify(() => SyncHarness.shareKinds().length === 1, 10000, "the board reached the municipality");
        compare(SyncHarness.shareKinds(), ["bord"]);
        const pairing = SyncHarness.appPairing();

        // Done: the next visitor finds no pairing, and nothing of hers.
        Flow.press(testCase, window, "kioskEndButton");
        const wipe = findInOverlay(window, "confirmKioskEndButton");
        tryVerify(() => wipe.visible, 2000);
        // The answers stand where the finger goes once their row is laid out.
        Flow.waitForPolish(testCase, wipe);
        mouseClick(wipe);
        Flow.waitForPage(testCase, window, "kioskWelcomePage");
        Flow.press(testCase, window, "kioskBeginButton");
        Flow.waitForPage(testCase, window, "homePage");
        verify(!Sync.paired, "the next visitor is not paired with her klantmanager");
        compare(Sync.shared.count, 0);
        compare(Sync.history.count, 0);
        verify(!Flow.find(testCase, window, "boardShareSection").visible);
        compare(SyncHarness.appPairing(), "");
        // What she chose to share stays with the municipality.
        compare(SyncHarness.shareKindsOf(pairing), ["bord"]);
    }
}
