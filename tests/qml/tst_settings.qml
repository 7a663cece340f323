import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// Weergave: reached from welcome, unlock and home; each choice shows at once and is kept.
TestCase {
    id: testCase
    name: "Settings"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        Harness.reset();
    }

    function cleanup() {
        Harness.setPreferencesRefused(false);
        Display.setHighContrast(false);
        Display.setTextScale(1.0);
        Display.setReducedMotion(false);
    }

    function startApp() {
        const window = createTemporaryObject(mainComponent, testCase);
        verify(window);
        waitForRendering(window.contentItem);
        return window;
    }

    function openSettings(window, from: string) {
        Flow.waitForPage(testCase, window, from);
        Flow.press(testCase, window, "displayButton");
        Flow.waitForPage(testCase, window, "settingsPage");
    }

    function test_choicesApplyAtOnce() {
        const window = startApp();
        openSettings(window, "welcomePage");
        const bodySize = Theme.fontBody;

        const contrast = Flow.find(testCase, window, "highContrastSwitch");
        compare(contrast.Accessible.role, Accessible.CheckBox);
        verify(!contrast.Accessible.checked);
        Flow.press(testCase, window, "highContrastSwitch");
        verify(Display.highContrast);
        verify(Theme.highContrast);
        verify(contrast.checked);
        verify(contrast.Accessible.checked);
        compare(Theme.background, "#ffffff");
        compare(Theme.borderWidth, 3);

        Flow.press(testCase, window, "textScale_200");
        compare(Display.textScale, 2.0);
        compare(Theme.fontBody, bodySize * 2);
        const big = Flow.find(testCase, window, "textScale_200");
        verify(big.Accessible.checked);
        verify(big.text.indexOf("✓") === 0);
        verify(!Flow.find(testCase, window, "textScale_100").Accessible.checked);

        Flow.press(testCase, window, "reducedMotionSwitch");
        verify(Display.reducedMotion);
        compare(Theme.motionDuration, 0);

        // Changed elsewhere, the switch follows: it shows what is stored, not what was tapped.
        Display.setHighContrast(false);
        verify(!contrast.checked);

        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "welcomePage");
    }

    function test_keyboardOnly() {
        const window = startApp();
        openSettings(window, "welcomePage");
        const contrast = Flow.find(testCase, window, "highContrastSwitch");
        contrast.forceActiveFocus(Qt.TabFocusReason);
        verify(contrast.visualFocus);
        keyClick(Qt.Key_Space);
        verify(Display.highContrast);
        keyClick(Qt.Key_Return);
        verify(!Display.highContrast);
        // Tab goes on to the text sizes.
        keyClick(Qt.Key_Tab);
        const first = Flow.find(testCase, window, "textScale_100");
        verify(first.activeFocus);
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Space);
        compare(Display.textScale, 1.25);
    }

    function test_reachableFromUnlockAndHome() {
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        let window = startApp();
        openSettings(window, "homePage");
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "homePage");
        window.destroy();

        Vault.lock();
        window = startApp();
        openSettings(window, "unlockPage");
        Flow.press(testCase, window, "textScale_150");
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "unlockPage");
        // The unlock page is drawn with the chosen size, before anything is opened.
        compare(Flow.find(testCase, window, "openButton").font.pixelSize, Math.round(18 * 1.5));
    }

    function test_aChoiceTheDeviceRefusesStillHolds() {
        const window = startApp();
        openSettings(window, "welcomePage");
        const notice = Flow.find(testCase, window, "unsavedNotice");
        verify(!notice.visible);

        Harness.setPreferencesRefused(true);
        Flow.press(testCase, window, "textScale_150");
        compare(Display.textScale, 1.5);
        verify(Display.unsaved);
        verify(notice.visible);
        compare(notice.Accessible.role, Accessible.AlertMessage);
        compare(notice.text, "Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.");
        Flow.press(testCase, window, "readAloudSlow");
        compare(ReadAloud.rate, ReadAloud.Slow);
        verify(notice.visible);

        // Room again: the retry stores both choices and the notice goes.
        Harness.setPreferencesRefused(false);
        tryVerify(() => !Display.unsaved, 5000);
        verify(!notice.visible);
    }
}
