import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// "Lees voor" is on every page: it hands the page's text to the speech engine in the chosen
// language, stops when pressed again, and explains kindly when the device has no voice.
TestCase {
    id: testCase
    name: "ReadAloud"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        Harness.reset();
        Harness.useFakeSpeech(["nl", "en"]);
    }

    function cleanup() {
        ReadAloud.stop();
        ReadAloud.setRate(ReadAloud.Normal);
        Language.choose("nl");
        Harness.useNoSpeech();
    }

    function startApp() {
        const window = createTemporaryObject(mainComponent, testCase);
        verify(window);
        waitForRendering(window.contentItem);
        return window;
    }

    // The notice on the page shown is made only once reading aloud was refused: until then there
    // is none to see.
    function noticeShown(window) {
        const stack = findChild(window.contentItem, "pageStack");
        const notice = findChild(stack.currentItem, "readAloudNotice");
        return notice !== null && notice.visible;
    }

    Component {
        id: pageWithAChoiceAbove

        MapjePage {
            width: 360
            height: 640
            actionsAbove: [
                MapjeLabel {
                    text: "Wie vertelt nu?"
                }
            ]
            actions: [
                MapjeButton {
                    text: "Verder"
                }
            ]

            MapjeLabel {
                text: "Wat je vertelt, blijft van jou."
            }
        }
    }

    // A choice that stays above the page's buttons (a conversation's "Wie vertelt nu?") is read
    // too, between the content and the buttons, as it stands on the screen.
    function test_theChoiceAboveTheActionsIsReadAloud() {
        // In the test's window (the TestCase item itself is never visible).
        const page = createTemporaryObject(pageWithAChoiceAbove, testCase.parent);
        verify(page && page.visible);
        compare(page.readableText(), "Wat je vertelt, blijft van jou.\nWie vertelt nu?\nVerder");
    }

    function test_welcomePageIsReadAloud() {
        const window = startApp();
        Flow.waitForPage(testCase, window, "welcomePage");
        const button = Flow.find(testCase, window, "readAloudButton");
        verify(button.height >= Theme.minTouchTarget);
        compare(button.Accessible.name, "Lees voor");

        Flow.press(testCase, window, "readAloudButton");
        const spoken = Harness.lastSpokenText();
        verify(spoken.indexOf("Welkom bij Mapje") === 0, spoken);
        verify(spoken.indexOf("Jij kiest wat belangrijk is, in je eigen woorden.") > 0, spoken);
        verify(spoken.indexOf("Beginnen") > 0, spoken);
        // The button does not read itself.
        verify(spoken.indexOf("Lees voor") < 0, spoken);
        compare(Harness.lastSpokenLanguage(), "nl");

        // Pressed again, it stops.
        verify(ReadAloud.speaking);
        compare(button.Accessible.name, "Stop met voorlezen");
        Flow.press(testCase, window, "readAloudButton");
        verify(!ReadAloud.speaking);
        compare(button.Accessible.name, "Lees voor");
        verify(!noticeShown(window));
    }

    function test_homePageIsReadAloudInEnglish() {
        Language.choose("en");
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        const window = startApp();
        Flow.waitForPage(testCase, window, "homePage");
        Flow.press(testCase, window, "readAloudButton");
        const spoken = Harness.lastSpokenText();
        const title = Flow.find(testCase, window, "homePage").title;
        verify(title !== "");
        verify(spoken.indexOf(title) === 0, spoken);
        // The notepad's question is read, and what was typed into it is not.
        verify(spoken.indexOf(qsTranslate("HomePage", "Wat wil je niet vergeten?")) > 0, spoken);
        compare(Harness.lastSpokenLanguage(), "en");
    }

    function test_noVoiceShowsAKindMessage() {
        Harness.useNoSpeech();
        const window = startApp();
        Flow.waitForPage(testCase, window, "welcomePage");
        verify(!noticeShown(window));
        Flow.press(testCase, window, "readAloudButton");
        verify(!ReadAloud.available);
        verify(noticeShown(window));
        const notice = Flow.find(testCase, window, "readAloudNotice");
        compare(notice.text, "Voorlezen lukt niet op dit apparaat. Er is geen stem geïnstalleerd.");
        compare(Harness.lastSpokenText(), "");
    }

    // "Lees voor" pressed while the engine starts is answered yes at once; when the engine then
    // has no voice the controller says refused(), and the page that asked shows the message too
    // (it showed it only at the next press). The fake engine answers at once, so the late answer
    // is the controller's signal (tst_readaloudcontrollerthread shows when it comes).
    function test_noVoiceFoundAfterStartingShowsAKindMessage() {
        const window = startApp();
        Flow.waitForPage(testCase, window, "welcomePage");
        Flow.press(testCase, window, "readAloudButton");
        verify(ReadAloud.speaking);
        verify(!noticeShown(window));
        Harness.useNoSpeech();
        ReadAloud.refused();
        tryVerify(() => noticeShown(window), 1000);
        const notice = Flow.find(testCase, window, "readAloudNotice");
        compare(notice.text, "Voorlezen lukt niet op dit apparaat. Er is geen stem geïnstalleerd.");
        // Only the page that asked: a page opened afterwards has no message until it asks.
        Flow.press(testCase, window, "displayButton");
        Flow.waitForPage(testCase, window, "settingsPage");
        ReadAloud.refused();
        verify(!noticeShown(window));
    }

    function test_speedOnTheSettingsPage() {
        const window = startApp();
        Flow.waitForPage(testCase, window, "welcomePage");
        Flow.press(testCase, window, "displayButton");
        Flow.waitForPage(testCase, window, "settingsPage");
        verify(Flow.find(testCase, window, "readAloudNormal").chosen);
        Flow.press(testCase, window, "readAloudSlow");
        compare(ReadAloud.rate, ReadAloud.Slow);
        verify(Flow.find(testCase, window, "readAloudSlow").Accessible.checked);
        verify(!Flow.find(testCase, window, "readAloudNormal").chosen);
        Flow.press(testCase, window, "readAloudFast");
        compare(ReadAloud.rate, ReadAloud.Fast);
    }
}
