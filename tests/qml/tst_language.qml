import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// The language can be switched at run time, every text follows, and it is said by name.
TestCase {
    id: testCase
    name: "Language"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        Harness.reset();
        Language.choose("nl");
    }

    function cleanup() {
        Harness.setPreferencesRefused(false);
        Language.choose("nl");
    }

    function test_switchToEnglishAndBack() {
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "welcomePage");
        const start = Flow.find(testCase, window, "startButton");
        compare(start.text, "Beginnen");

        Flow.press(testCase, window, "languageButton");
        Flow.waitForPage(testCase, window, "languagePage");
        const english = Flow.find(testCase, window, "language_en");
        verify(!english.Accessible.checked);
        Flow.press(testCase, window, "language_en");
        compare(Language.current, "en");
        verify(english.Accessible.checked);
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "welcomePage");
        compare(start.text, "Start");
        compare(Flow.find(testCase, window, "languageButton").text, "Language: English");

        Language.choose("nl");
        compare(start.text, "Beginnen");
    }

    function test_aLanguageTheDeviceRefusesStillHolds() {
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "welcomePage");
        Flow.press(testCase, window, "languageButton");
        Flow.waitForPage(testCase, window, "languagePage");
        const notice = Flow.find(testCase, window, "unsavedNotice");
        verify(!notice.visible);

        Harness.setPreferencesRefused(true);
        Flow.press(testCase, window, "language_en");
        compare(Language.current, "en");
        verify(Language.unsaved);
        verify(notice.visible);
        // Said in the language just chosen.
        compare(notice.text, "Mapje cannot save this choice right now. It does apply while Mapje is open. Mapje will try again in a moment.");

        Harness.setPreferencesRefused(false);
        tryVerify(() => !Language.unsaved, 5000);
        verify(!notice.visible);
    }
}
