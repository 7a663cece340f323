import QtQuick
import QtQuick.VirtualKeyboard
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// The lobby kiosk on its real pages (ctest tst_qml_kiosk, MAPJE_TEST_KIOSK=1): the welcome, a
// session where a marker is typed into every kind of field (through the keyboard on the screen
// where it can), the end by "Klaar — alles wissen" and by the idle countdown, "Ja, ik ben er nog",
// the admin PIN and its waits. After each end nothing of the session is left on screen or in the
// app, and no open file holds the marker; tests/kiosk/session scans every folder afterwards.
TestCase {
    id: testCase
    name: "Kiosk"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        if (!Kiosk.active)
            skip("runs in tst_qml_kiosk, as a kiosk");
        Harness.reset();
    }

    function startKiosk() {
        const window = createTemporaryObject(mainComponent, testCase, {
            "width": 1920,
            "height": 1080
        });
        verify(window);
        waitForRendering(window.contentItem);
        Flow.waitForPage(testCase, window, "kioskWelcomePage");
        // The keyboard is made just after the welcome is drawn.
        const keyboard = findChild(window.contentItem, "kioskKeyboardLoader");
        verify(keyboard);
        tryVerify(() => keyboard.status === Loader.Ready, 5000, "the keyboard on the screen is ready");
        return window;
    }

    // The covers (the question of "Klaar", "Ben je er nog?") and the keyboard stand in the
    // window's overlay, above the pages.
    function findInOverlay(window, name) {
        // The window's root item holds both the pages (contentItem) and the overlay.
        const item = findChild(window.contentItem.parent, name);
        verify(item !== null, "no item named " + name + " in the overlay");
        return item;
    }

    function begin(window) {
        Flow.press(testCase, window, "kioskBeginButton");
        Flow.waitForPage(testCase, window, "homePage");
        verify(Kiosk.started);
    }

    // Types lower-case letters through Qt Virtual Keyboard's input engine: the path a tap on one of
    // its keys takes, into the field that has the focus.
    function typeWithKeyboard(window, name, text) {
        const field = Flow.find(testCase, window, name + "Input");
        Flow.ensureVisible(field);
        field.forceActiveFocus();
        tryVerify(() => field.activeFocus, 1000, name + " should take focus");
        tryVerify(() => InputContext.inputEngine !== null, 2000, "the keyboard's engine is there");
        // The keyboard picks its layout and input method once a field has the focus.
        tryVerify(() => InputContext.inputEngine.inputMethod !== null, 5000, "the keyboard has an input method");
        for (let i = 0; i < text.length; ++i) {
            const letter = text[i];
            InputContext.inputEngine.virtualKeyClick(Qt.Key_A + letter.charCodeAt(0) - 97, letter, Qt.NoModifier);
        }
        tryCompare(field, "text", text, 2000, name + " holds what the keyboard typed");
        // Nothing a visitor types may be learned or predicted.
        verify(field.inputMethodHints & Qt.ImhSensitiveData, name + " asks for sensitive data");
        verify(field.inputMethodHints & Qt.ImhNoPredictiveText, name + " asks for no prediction");
    }

    // Every text the window shows, with its items, for the check that nothing is left.
    function textsHolding(item, text, found) {
        if (item.text !== undefined && String(item.text).indexOf(text) >= 0)
            found.push(item.objectName || String(item));
        for (let i = 0; i < item.children.length; ++i)
            textsHolding(item.children[i], text, found);
        return found;
    }

    // The marker in the notepad, a leefgebied's fiche, a goal and its step, an appointment, a name
    // on the mapje, and someone's name for their view: every kind of field the visitor can fill.
    function typeTheMarkerEverywhere(window) {
        const marker = Harness.kioskMarker;
        typeWithKeyboard(window, "notepad", marker);
        compare(Notes.text, marker);

        Board.startNewBoard(false);
        Board.chooseDomain("money");
        window.showPage("feelings");
        Flow.waitForPage(testCase, window, "feelingsPage");
        typeWithKeyboard(window, "note", marker + "fiche");

        window.showHome();
        window.showPage("goals");
        Flow.waitForPage(testCase, window, "goalsPage");
        Flow.press(testCase, window, "newGoalButton");
        Flow.waitForPage(testCase, window, "goalPage");
        Flow.press(testCase, window, "domain_money");
        typeWithKeyboard(window, "ownWords", marker + "doel");
        typeWithKeyboard(window, "newStep", marker + "stap");
        verify(Goals.hasCurrent);

        window.showHome();
        window.showPage("appointments");
        Flow.waitForPage(testCase, window, "appointmentsPage");
        Flow.press(testCase, window, "newAppointmentButton");
        Flow.waitForPage(testCase, window, "appointmentPage");
        typeWithKeyboard(window, "whereField", marker + "waar");

        window.showHome();
        window.showPage("summary");
        Flow.waitForPage(testCase, window, "summaryPage");
        typeWithKeyboard(window, "ownerNameField", marker + "naam");

        window.showHome();
        window.showPage("perspectives");
        Flow.waitForPage(testCase, window, "perspectivesPage");
        typeWithKeyboard(window, "personName", marker + "persoon");

        window.showHome();
        Flow.waitForPage(testCase, window, "homePage");
        compare(Harness.openFilesHolding(marker), [], "no open file holds what the visitor typed");
    }

    function checkNothingIsLeft(window) {
        const marker = Harness.kioskMarker;
        Flow.waitForPage(testCase, window, "kioskWelcomePage");
        verify(!Kiosk.started);
        compare(Notes.text, "");
        verify(!Board.hasBoard);
        verify(!Goals.hasCurrent);
        compare(textsHolding(window.contentItem, marker, []), [], "nothing on screen holds the marker");
        compare(Harness.openFilesHolding(marker), [], "no open file holds the marker");
        // The next visitor starts fresh and finds an empty notepad.
        begin(window);
        compare(Flow.find(testCase, window, "notepadInput").text, "");
    }

    function test_theWelcomeOffersEveryLanguageByItsOwnName() {
        const window = startKiosk();
        const names = ["Nederlands", "English", "العربية", "Türkçe", "Polski", "Українська"];
        const codes = ["nl", "en", "ar", "tr", "pl", "uk"];
        for (let i = 0; i < codes.length; ++i)
            compare(Flow.find(testCase, window, "kioskLanguage_" + codes[i]).text, names[i]);
        Flow.press(testCase, window, "kioskLanguage_ar");
        compare(Language.current, "ar");
        verify(Language.rightToLeft);
        Flow.press(testCase, window, "kioskLanguage_nl");
        begin(window);
        verify(Flow.find(testCase, window, "kioskEndButton").visible);
        // No PIN, no lock, no reminders and no history on a kiosk.
        for (const name of ["lockButton", "changePinButton", "remindersButton", "timelineButton"])
            verify(!Flow.find(testCase, window, name).visible, name + " is not offered on a kiosk");
    }

    function test_theButtonWipesEverything() {
        const window = startKiosk();
        begin(window);
        typeTheMarkerEverywhere(window);
        Flow.press(testCase, window, "kioskEndButton");
        // One question, with the focus on "Nee, ga terug": a second tap keeps everything.
        const keep = findInOverlay(window, "cancelKioskEndButton");
        tryVerify(() => keep.visible && keep.activeFocus, 2000);
        tryVerify(() => !findInOverlay(window, "kioskKeyboard").visible, 2000,
                  "the keyboard goes away for the question");
        keyClick(Qt.Key_Space);
        tryVerify(() => !keep.visible, 2000);
        compare(Notes.text, Harness.kioskMarker);
        Flow.press(testCase, window, "kioskEndButton");
        const wipe = findInOverlay(window, "confirmKioskEndButton");
        tryVerify(() => wipe.visible, 2000);
        mouseClick(wipe);
        checkNothingIsLeft(window);
    }

    function test_quietTimeAsksThenWipes() {
        const window = startKiosk();
        begin(window);
        typeWithKeyboard(window, "notepad", Harness.kioskMarker);
        Harness.advanceClock(Kiosk.idleSeconds - 1);
        Harness.kioskTick();
        verify(!Kiosk.asking);
        Harness.advanceClock(1);
        Harness.kioskTick();
        verify(Kiosk.asking);
        const digits = findInOverlay(window, "kioskCountdownDigits");
        tryVerify(() => digits.visible, 2000);
        compare(digits.text, String(Kiosk.countdownSeconds));
        verify(findInOverlay(window, "kioskStillHereButton").activeFocus);
        Harness.advanceClock(10);
        Harness.kioskTick();
        compare(digits.text, String(Kiosk.countdownSeconds - 10));
        // A conversation's pause does not stop it: only the visitor's answer does.
        Harness.advanceClock(Kiosk.countdownSeconds - 10);
        Harness.kioskTick();
        checkNothingIsLeft(window);
    }

    function test_stillHereKeepsEverything() {
        const window = startKiosk();
        begin(window);
        typeWithKeyboard(window, "notepad", Harness.kioskMarker);
        Harness.advanceClock(Kiosk.idleSeconds + 5);
        Harness.kioskTick();
        verify(Kiosk.asking);
        const here = findInOverlay(window, "kioskStillHereButton");
        tryVerify(() => here.visible, 2000);
        // The keyboard was up for the notepad: it must not stand over the answer.
        const keyboard = findInOverlay(window, "kioskKeyboard");
        tryVerify(() => !keyboard.visible, 2000, "the keyboard goes away for the question");
        // The question stays under the finger until the release: nothing lands on the keyboard.
        mousePress(here);
        verify(Kiosk.asking);
        mouseRelease(here);
        verify(!Kiosk.asking);
        tryVerify(() => !here.visible, 2000);
        compare(Notes.text, Harness.kioskMarker);
        Harness.advanceClock(Kiosk.idleSeconds - 1);
        Harness.kioskTick();
        verify(!Kiosk.asking);
    }

    // A visitor taps the note at the bottom of the screen; the keyboard comes up and takes the
    // lower part of the screen. The whole field, with its question, stays in view above it and
    // above the bar, without the visitor scrolling (a tap gives the focus for the mouse).
    function test_theKeyboardNeverCoversTheField() {
        const window = startKiosk();
        begin(window);
        const field = Flow.find(testCase, window, "notepadInput");
        const flick = Flow.find(testCase, window, "pageFlick");
        // The note's last line on the screen's last line, as after scrolling down to it.
        const below = field.mapToItem(flick.contentItem, 0, field.height).y;
        flick.contentY = Math.max(flick.originY, below - flick.height);
        waitForRendering(window.contentItem);
        mouseClick(field, field.width / 2, Math.min(field.height / 2, 20));
        tryVerify(() => field.activeFocus, 1000, "the tap gives the note the focus");
        tryVerify(() => Qt.inputMethod.visible, 3000, "the keyboard shows for a field");
        const keyboard = findInOverlay(window, "kioskKeyboard");
        tryVerify(() => keyboard.active && keyboard.height > 0, 3000);
        const bar = findInOverlay(window, "kioskBar");
        const fieldBottom = () => field.mapToItem(window.contentItem, 0, field.height).y;
        const fieldTop = () => field.mapToItem(window.contentItem, 0, 0).y;
        const viewBottom = () => flick.mapToItem(window.contentItem, 0, flick.height).y;
        tryVerify(() => fieldBottom() <= viewBottom() + 0.5 && fieldTop() >= flick.mapToItem(window.contentItem, 0, 0).y - 0.5,
                  3000, "the whole note is in view: it ends at " + fieldBottom() + ", the page at " + viewBottom());
        const keyboardTop = keyboard.mapToItem(window.contentItem, 0, 0).y;
        verify(fieldBottom() <= keyboardTop, "the note ends at " + fieldBottom() + ", the keyboard starts at " + keyboardTop);
        verify(fieldBottom() <= bar.mapToItem(window.contentItem, 0, 0).y, "the note ends above the bar");
    }

    // Keyboard only: Tab goes through a page as it stands (header, content, its own actions) and
    // then to the bar below it. The walk found the bar's "Klaar — alles wissen" between a page's
    // content and its actions.
    function test_tabGoesThroughThePageThenTheBar() {
        const window = startKiosk();
        begin(window);
        Flow.press(testCase, window, "appointmentsButton");
        Flow.waitForPage(testCase, window, "appointmentsPage");
        let item = Flow.find(testCase, window, "backButton");
        const names = [];
        for (let i = 0; i < 12 && (i === 0 || item.objectName !== "backButton"); ++i) {
            names.push(item.objectName);
            item = item.nextItemInFocusChain(true);
        }
        const actionAt = names.indexOf("newAppointmentButton");
        const barAt = names.indexOf("kioskEndButton");
        verify(actionAt > names.indexOf("rightsLink") && barAt > actionAt, names.join(", "));
    }

    function test_theAdminPinWaitsAfterWrongTries() {
        const window = startKiosk();
        Flow.press(testCase, window, "kioskAdminButton");
        Flow.waitForPage(testCase, window, "kioskAdminPinPage");
        // The walk found the PIN typed into nothing: the page opens with the field ready.
        const pin = Flow.find(testCase, window, "kioskAdminPinInput");
        tryVerify(() => pin.activeFocus, 2000, "the PIN field has the keyboard when the page opens");
        for (let i = 0; i < 4; ++i) {
            Flow.typeInto(testCase, window, "kioskAdminPin", "111111");
            Flow.press(testCase, window, "kioskAdminOpenButton");
        }
        verify(Kiosk.adminWaitSeconds > 0);
        const message = Flow.find(testCase, window, "kioskAdminMessage");
        verify(message.visible);
        Flow.typeInto(testCase, window, "kioskAdminPin", "246810");
        Flow.press(testCase, window, "kioskAdminOpenButton");
        compare(Flow.currentPage(testCase, window), "kioskAdminPinPage");
        Harness.advanceClock(Kiosk.adminWaitSeconds);
        Flow.typeInto(testCase, window, "kioskAdminPin", "246810");
        Flow.press(testCase, window, "kioskAdminOpenButton");
        Flow.waitForPage(testCase, window, "kioskAdminPage");
        verify(Flow.find(testCase, window, "kioskAdminMunicipality").text.indexOf("Gemeente Voorbeeld") >= 0);
        // The printer in one line, as it is now (this kiosk prints nothing).
        tryCompare(Flow.find(testCase, window, "kioskAdminPrinter"), "text", "Printen staat uit.", 2000);
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "kioskWelcomePage");
        verify(!Kiosk.adminOpen);
    }

    // "Meenemen naar je telefoon" shows a QR code and the code to type under it. A visitor stands
    // with her phone in her hand: the QR code, the code and how long it stays valid are all on
    // the first screen, on a lying and a standing kiosk, with normal and with larger letters.
    // The walk found the QR code filling a lying screen and the code out of sight below it.
    function test_theCodeToTypeIsInViewWithTheQrCode_data() {
        return [
            { tag: "1920x1080", width: 1920, height: 1080, textScale: 1.0 },
            { tag: "1080x1920", width: 1080, height: 1920, textScale: 1.0 },
            { tag: "1920x1080 at 150 %", width: 1920, height: 1080, textScale: 1.5 },
            { tag: "1080x1920 at 150 %", width: 1080, height: 1920, textScale: 1.5 }
        ];
    }

    function test_theCodeToTypeIsInViewWithTheQrCode(data) {
        const window = createTemporaryObject(mainComponent, testCase, {
            "width": data.width,
            "height": data.height
        });
        verify(window);
        Flow.waitForPage(testCase, window, "kioskWelcomePage");
        Display.setTextScale(data.textScale);
        begin(window);
        // This run has no endpoint: the page is shown at its code's step with a code of its own.
        window.showPage("handoffSend");
        Flow.waitForPage(testCase, window, "handoffSendPage");
        const page = Flow.find(testCase, window, "handoffSendPage");
        page.codeGroups = "KM4T X7RA";
        page.link = "mapje://zuil?u=https%3A%2F%2Fmapje.voorbeeld.nl%2Fv1&c=KM4TX7RA&k=" + "A".repeat(43);
        page.step = "code";
        const flick = Flow.find(testCase, window, "pageFlick");
        const qr = Flow.find(testCase, window, "handoffQrCode");
        const code = Flow.find(testCase, window, "handoffCodeGroups");
        const time = Flow.find(testCase, window, "handoffSecondsLeft");
        tryVerify(() => qr.visible && code.visible && time.visible, 2000);
        // The QR code takes its size once the page is laid out.
        tryVerify(() => qr.width > 0, 2000, "the QR code has a size");
        waitForRendering(window.contentItem);
        compare(flick.contentY, flick.originY, "the page is at its top");
        const viewTop = () => flick.mapToItem(window.contentItem, 0, 0).y;
        const viewBottom = () => viewTop() + flick.height;
        for (const item of [Flow.find(testCase, window, "handoffCodeHint"), qr, code, time]) {
            const top = () => item.mapToItem(window.contentItem, 0, 0).y;
            const bottom = () => top() + item.height;
            tryVerify(() => top() >= viewTop() - 0.5 && bottom() <= viewBottom() + 0.5, 2000,
                      item.objectName + " stands at " + top() + "–" + bottom() + ", the page shows " + viewTop() + "–" + viewBottom());
        }
        verify(code.height > 0 && code.lineCount === 1, "the code stays on one line, not " + code.lineCount);
        // Large enough for a phone's camera from an arm's length.
        verify(qr.width >= 4 * Theme.touchTarget, "the QR code is " + qr.width + " wide");
        compare(qr.width, qr.height);
        Display.setTextScale(1.0);
    }

    // After a failed hand-off both screens say "Tik opnieuw op ‘Meenemen naar je telefoon’"; the
    // bar's button of that name is hidden while the page is open, so the page's own button for a
    // new code carries those words (the walk found "Maak een nieuwe code" under them).
    function test_theButtonForANewCodeIsTheOneTheWordsName() {
        const window = startKiosk();
        begin(window);
        const barButton = Flow.find(testCase, window, "kioskHandoffButton");
        window.showPage("handoffSend");
        Flow.waitForPage(testCase, window, "handoffSendPage");
        const page = Flow.find(testCase, window, "handoffSendPage");
        page.step = "start";
        const again = Flow.find(testCase, window, "handoffBeginButton");
        tryVerify(() => again.visible, 2000);
        compare(again.text, barButton.text);
        compare(again.text, "Meenemen naar je telefoon");
    }

    // The bar stands outside the pages: in Arabic it mirrors by itself, "Klaar — alles wissen"
    // at the left; the municipality's name is whole or not there, never "Gemeent…" (the walk).
    function test_theBarMirrorsAndCutsNothingOff_data() {
        return [
            { tag: "1920x1080 nl", width: 1920, height: 1080, language: "nl" },
            { tag: "1920x1080 ar", width: 1920, height: 1080, language: "ar" },
            { tag: "1080x1920 ar", width: 1080, height: 1920, language: "ar" },
            { tag: "360x640 nl", width: 360, height: 640, language: "nl" },
            { tag: "360x640 ar", width: 360, height: 640, language: "ar" }
        ];
    }

    function test_theBarMirrorsAndCutsNothingOff(data) {
        const window = createTemporaryObject(mainComponent, testCase, {
            "width": data.width,
            "height": data.height
        });
        verify(window);
        Flow.waitForPage(testCase, window, "kioskWelcomePage");
        Flow.press(testCase, window, "kioskLanguage_" + data.language);
        begin(window);
        const bar = Flow.find(testCase, window, "kioskBar");
        const name = Flow.find(testCase, window, "kioskBarMunicipality");
        const end = Flow.find(testCase, window, "kioskEndButton");
        Flow.waitForPolish(testCase, end);
        waitForRendering(window.contentItem);
        verify(!name.visible || !name.truncated, "the name is whole or not shown");
        if (data.width >= 1080)
            verify(name.visible, "a kiosk screen shows whose kiosk it is");
        const left = end.mapToItem(window.contentItem, 0, 0).x;
        verify(left >= 0 && left + end.width <= window.width, "the button is on the screen");
        verify(end.contentItem.implicitWidth <= end.contentItem.width + 0.5, "the button's words are whole");
        const centre = left + end.width / 2;
        if (data.language === "ar")
            verify(centre <= window.width / 2, "in Arabic the way to finish stands at the left, at " + centre);
        else
            verify(centre >= window.width / 2, "the way to finish stands at the right, at " + centre);
        if (name.visible) {
            const nameCentre = name.mapToItem(window.contentItem, name.width / 2, 0).x;
            verify(data.language === "ar" ? nameCentre > centre : nameCentre < centre, "the name stands at the start");
        }
    }

    // On a lying screen a keyboard across the whole width took more than half of the height, and
    // the note's question went under the top of the page (the walk, in Arabic). The keyboard takes
    // at most about a third; the note and its question stay in view above it.
    function test_theKeyboardLeavesRoomOnALyingScreen() {
        const window = startKiosk();
        begin(window);
        const field = Flow.find(testCase, window, "notepadInput");
        Flow.ensureVisible(field);
        waitForRendering(window.contentItem);
        mouseClick(field, field.width / 2, Math.min(field.height / 2, 20));
        tryVerify(() => field.activeFocus, 1000, "the tap gives the note the focus");
        const keyboard = findInOverlay(window, "kioskKeyboard");
        tryVerify(() => keyboard.visible && keyboard.height > 0, 3000, "the keyboard shows for the note");
        verify(keyboard.height <= 0.4 * window.height, "the keyboard takes " + keyboard.height + " of " + window.height);
        verify(keyboard.width >= 0.5 * window.width, "the keyboard keeps keys for a finger: " + keyboard.width + " wide");
        const notepad = Flow.find(testCase, window, "notepad");
        let question = null;
        for (let i = 0; i < notepad.children.length; ++i) {
            if (notepad.children[i].text === "Wat wil je niet vergeten?")
                question = notepad.children[i];
        }
        verify(question !== null, "the note's question");
        const flick = Flow.find(testCase, window, "pageFlick");
        const viewTop = () => flick.mapToItem(window.contentItem, 0, 0).y;
        tryVerify(() => question.mapToItem(window.contentItem, 0, 0).y >= viewTop() - 0.5, 3000,
                  "the question stands at " + question.mapToItem(window.contentItem, 0, 0).y + ", the page starts at " + viewTop());
        const fieldBottom = () => field.mapToItem(window.contentItem, 0, field.height).y;
        const keyboardTop = () => keyboard.mapToItem(window.contentItem, 0, 0).y;
        tryVerify(() => fieldBottom() <= keyboardTop(), 3000,
                  "the note ends at " + fieldBottom() + ", the keyboard starts at " + keyboardTop());
    }

    // A stray "Openen" or Enter with nothing typed is no wrong try: the admin never waits for it.
    // After either, the keyboard is in the PIN field (it went to the field's frame, not its input).
    function test_anEmptyAdminPinIsNoTry() {
        const window = startKiosk();
        Flow.press(testCase, window, "kioskAdminButton");
        Flow.waitForPage(testCase, window, "kioskAdminPinPage");
        const pin = Flow.find(testCase, window, "kioskAdminPinInput");
        tryVerify(() => pin.activeFocus, 2000);
        for (let i = 0; i < 5; ++i)
            Flow.press(testCase, window, "kioskAdminOpenButton");
        keyClick(Qt.Key_Return);
        compare(Kiosk.adminWaitSeconds, 0);
        compare(Kiosk.adminMessage, "");
        tryVerify(() => pin.activeFocus, 2000, "the PIN field keeps the keyboard");
        // After a wrong PIN too the keyboard is back in the field, ready for the next try.
        Flow.typeInto(testCase, window, "kioskAdminPin", "111111");
        Flow.press(testCase, window, "kioskAdminOpenButton");
        compare(Kiosk.adminMessage, "Deze pincode klopt niet.");
        tryVerify(() => pin.activeFocus, 2000, "the PIN field has the keyboard after a wrong PIN");
        compare(pin.text, "");
        Flow.typeInto(testCase, window, "kioskAdminPin", "246810");
        Flow.press(testCase, window, "kioskAdminOpenButton");
        Flow.waitForPage(testCase, window, "kioskAdminPage");
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "kioskWelcomePage");
    }
}
