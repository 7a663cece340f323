import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// The mapje on the real pages: compose it item by item (a partner's view only after a yes), show
// it large one thing at a time, see the real PDF pages, and only then save or print.
TestCase {
    id: testCase
    name: "Summary"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    property string partner

    function init() {
        Harness.reset();
        Harness.setClock("2026-11-23T08:00:00Z");
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        Board.chooseDomain("paperwork");
        Board.setFeeling(Board.citizenId, "money", "sad");
        Board.setWish(Board.citizenId, "money", "notYet");
        Board.setNote(Board.citizenId, "money", "De brieven maken me bang");
        testCase.partner = Board.addPerspective("close", "Ahmed");
        Board.setNote(testCase.partner, "money", "Samen lukt het");
        Goals.addGoal("money", "Elke week mijn post openen");
        Appointments.addAppointment();
        Appointments.setDate("2026-11-30"); // a new appointment has no day until she picks one
        Appointments.setTime("10:00");
        Appointments.setWithWhom("Mevrouw Jansen");
        Appointments.addQuestion("Wanneer hoor ik iets?");
    }

    function lines(window) {
        const repeater = Flow.find(testCase, window, "showLines");
        const texts = [];
        for (let i = 0; i < repeater.count; ++i)
            texts.push(repeater.itemAt(i).text);
        return texts;
    }

    function openApp() {
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "homePage");
        return window;
    }

    function back(window, to) {
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, to);
    }

    function test_composeShowPreviewSave() {
        const window = openApp();
        Flow.press(testCase, window, "summaryButton");
        Flow.waitForPage(testCase, window, "summaryPage");
        compare(Summary.shown.count, 4);
        const view = "include_view:" + testCase.partner + ":money";
        verify(!Flow.find(testCase, window, view).checked, "a partner's view waits for a yes");
        Flow.press(testCase, window, view);
        tryCompare(Summary.shown, "count", 5);
        Flow.press(testCase, window, "include_domain:paperwork");
        tryCompare(Summary.shown, "count", 4);
        Flow.typeInto(testCase, window, "ownerNameField", "Fatima");
        compare(Summary.ownerName, "Fatima");

        // "Laat zien": one thing at a time, large.
        Flow.press(testCase, window, "showButton");
        Flow.waitForPage(testCase, window, "showPage");
        compare(Flow.find(testCase, window, "showTitle").text, "Geld");
        compare(lines(window), ["Verdrietig · Iets veranderen: Weet ik nog niet", "“De brieven maken me bang”"]);
        verify(!Flow.find(testCase, window, "previousButton").enabled);
        Flow.press(testCase, window, "nextButton");
        compare(Flow.find(testCase, window, "showTitle").text, "Ahmed (iemand dicht bij mij) over Geld");
        Flow.press(testCase, window, "nextButton");
        compare(Flow.find(testCase, window, "showTitle").text, "Elke week mijn post openen");
        compare(lines(window), ["Gaat over: Geld"]); // no state chosen: nothing said about it
        Flow.press(testCase, window, "nextButton");
        compare(Flow.find(testCase, window, "showTitle").text, "Mijn afspraak met Mevrouw Jansen");
        const appointment = lines(window);
        verify(appointment[0].startsWith("Wanneer: maandag 30 november 2026 om 10:00"), appointment[0]);
        compare(appointment.slice(1), ["Met wie: Mevrouw Jansen", "Wat wil ik vragen?", "• Wanneer hoor ik iets?"]);
        verify(!Flow.find(testCase, window, "nextButton").enabled);
        back(window, "summaryPage");

        // The real pages first; nothing is written before the yes.
        Flow.press(testCase, window, "previewButton");
        Flow.waitForPage(testCase, window, "previewPage");
        tryVerify(() => Summary.previewReady, 5000, "the PDF is ready");
        verify(Summary.pageCount >= 1);
        const page = Flow.find(testCase, window, "previewPage_0");
        tryVerify(() => page.height > page.width, 5000, "an A4 page stands upright");
        // The page's body text is at least as large as the app's: the page scrolls sideways.
        const pdf = Flow.find(testCase, window, "previewPdf_0");
        compare(pdf.textPixels, Theme.fontBody);
        verify(pdf.width >= pdf.readableWidth, "the page is drawn wide enough to read");
        verify(pdf.width > window.width, "on a phone the page is wider than the window");
        verify(Flow.find(testCase, window, "previewScroll_0").contentWidth >= pdf.width);
        compare(Summary.savedPath, "");
        verify(!Flow.find(testCase, window, "homeButton").visible);
        Flow.press(testCase, window, "saveButton");
        tryVerify(() => Summary.savedPath.endsWith("mapje-2026-11-23.pdf"), 5000);
        verify(Flow.find(testCase, window, "messageNotice").visible);
        compare(Summary.message, "Je mapje staat in de map Documenten, in Mapje.\n"
                + "Het bestand heet \u2066mapje-\u20602026-\u206011-\u206023.pdf\u2069.");
        verify(Flow.find(testCase, window, "savedFolder").visible);
        // After the save: clear next steps instead of the yes.
        verify(Flow.find(testCase, window, "showFolderButton").visible);
        verify(Flow.find(testCase, window, "homeButton").visible);
        verify(!Flow.find(testCase, window, "saveButton").primary);
        tryVerify(() => Flow.find(testCase, window, "homeButton").activeFocus, 2000, "the way on takes the focus, so it is in view");
        // A second save the same day keeps the first file.
        Flow.press(testCase, window, "saveButton");
        tryVerify(() => Summary.savedPath.endsWith("mapje-2026-11-23-2.pdf"), 5000);

        // Printing sends the same mapje (here to a file instead of a real printer).
        Flow.press(testCase, window, "printButton");
        tryVerify(() => Summary.message.indexOf("gaat naar de printer") >= 0, 5000);
        Flow.press(testCase, window, "homeButton");
        Flow.waitForPage(testCase, window, "homePage");
        verify(!Summary.previewReady, "the PDF is dropped when the preview closes");

        // The choices are still there after a restart.
        Harness.restart();
        Vault.unlock("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Summary.refresh();
        compare(Summary.shown.count, 4);
        compare(Summary.ownerName, "Fatima");
    }

    // Arabic pages are read from the right: a page wider than the window starts at its right edge.
    function test_rightToLeftPreviewStartsAtTheRight() {
        Language.choose("ar");
        const window = openApp();
        Flow.press(testCase, window, "summaryButton");
        Flow.waitForPage(testCase, window, "summaryPage");
        Flow.press(testCase, window, "previewButton");
        Flow.waitForPage(testCase, window, "previewPage");
        tryVerify(() => Summary.previewReady, 5000, "the PDF is ready");
        const scroll = Flow.find(testCase, window, "previewScroll_0");
        tryVerify(() => scroll.contentWidth > scroll.width, 5000, "the page is wider than a phone");
        tryCompare(scroll, "contentX", scroll.contentWidth - scroll.width);
        // What C++ says is in Arabic too (a class's translations follow its name, namespace and all).
        Flow.press(testCase, window, "saveButton");
        tryVerify(() => Summary.savedPath !== "", 5000, "the mapje is saved");
        verify(/[\u0600-\u06FF]/.test(Summary.message) && Summary.message.indexOf("Je mapje") < 0,
               "the saved message is in Arabic: " + Summary.message);
        Language.choose("nl");
    }
}
