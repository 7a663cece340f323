import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// Sharing with the municipality on the real pages, against a real mapje-endpoint on 127.0.0.1
// (ctest tst_qml_sync; SyncHarness starts it): pair with the code (a wrong one first), see the
// board in words before "Ja, deel dit", find it at the municipality, change it and see that it
// asks again, take it back from "Wat heb ik gedeeld?", take over a proposed appointment with its
// reminder, say "Ik kan niet komen" with a message, and end the pairing.
TestCase {
    id: testCase
    name: "Sync"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        if (!SyncHarness.available)
            skip("runs in tst_qml_sync, with a real endpoint");
        Harness.reset();
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        Board.setFeeling(Board.citizenId, "money", "sad");
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

    function pair(window) {
        Flow.press(testCase, window, "sharingButton");
        Flow.waitForPage(testCase, window, "sharingPage");
        verify(Flow.find(testCase, window, "unpairedLabel").visible);
        Flow.press(testCase, window, "pairButton");
        Flow.waitForPage(testCase, window, "pairPage");
        compare(Flow.find(testCase, window, "municipalityLabel").text,
                "Met de code koppel je Mapje aan Gemeente Voorbeeld.");
        // A code that does not exist: one calm sentence, and the code stays typed.
        Flow.typeInto(testCase, window, "codeField", "ABCD-EFGH");
        Flow.press(testCase, window, "pairCodeButton");
        tryVerify(() => Sync.pairingFailed && !Sync.busy, 10000);
        const message = Flow.find(testCase, window, "pairingMessage");
        verify(message.text.startsWith("Deze code werkt niet."));
        const input = Flow.find(testCase, window, "codeFieldInput");
        compare(input.text, "ABCD-EFGH");
        // The keyboard is back in the code, and the answer stands in view right above it (the
        // walk found it below the button bar, and the focus on "Terug").
        tryVerify(() => input.activeFocus, 2000, "the code field has the keyboard again");
        Flow.waitForPolish(testCase, message);
        const back = Flow.find(testCase, window, "backButton");
        const headerBottom = back.mapToItem(window.contentItem, 0, 0).y + back.height;
        const top = message.mapToItem(window.contentItem, 0, 0).y;
        verify(top >= headerBottom && top + message.height <= input.mapToItem(window.contentItem, 0, 0).y,
               "the answer is in view above the field: " + top + " under a header ending at " + headerBottom);
        Flow.typeInto(testCase, window, "codeField", SyncHarness.issueCode());
        Flow.press(testCase, window, "pairCodeButton");
        tryVerify(() => Sync.paired, 10000);
        compare(Flow.find(testCase, window, "pairingMessage").text, "Gelukt. Mapje is gekoppeld.");
        Flow.press(testCase, window, "pairDoneButton");
        Flow.waitForPage(testCase, window, "sharingPage");
        verify(Flow.find(testCase, window, "pairedNotice").text.startsWith("Mapje is gekoppeld met Gemeente Voorbeeld"));
    }

    function test_pairShareChangeWithdrawProposalAndEnd() {
        const window = openApp();
        // Nothing is offered before a pairing.
        verify(!Flow.find(testCase, window, "boardShareSection").visible);
        pair(window);
        back(window, "homePage");

        // The board in words before it goes; nothing goes on "Nee, niet delen".
        Flow.press(testCase, window, "shareButton");
        Flow.waitForPage(testCase, window, "sharePreviewPage");
        compare(Flow.find(testCase, window, "previewIntro").text, "Dit gaat naar Gemeente Voorbeeld:");
        verify(Flow.find(testCase, window, "previewLine_1").text.startsWith("Geld — Ik: Verdrietig."));
        verify(!Flow.find(testCase, window, "withOthersSwitch").visible);
        Flow.press(testCase, window, "cancelShareButton");
        Flow.waitForPage(testCase, window, "homePage");
        verify(!Sync.itemStatus("board", "").shared);
        Flow.press(testCase, window, "shareButton");
        Flow.waitForPage(testCase, window, "sharePreviewPage");
        Flow.press(testCase, window, "confirmShareButton");
        Flow.waitForPage(testCase, window, "homePage");
        tryVerify(() => Flow.find(testCase, window, "shareState").text.startsWith("Je bord: Gedeeld op"), 10000,
                  Flow.find(testCase, window, "shareState").text);
        compare(SyncHarness.shareKinds(), ["bord"]);

        // A change after sharing: the page says so and asks again.
        Board.setWish(Board.citizenId, "money", "yes");
        tryVerify(() => Flow.find(testCase, window, "changedSinceShare").visible, 2000);
        compare(Flow.find(testCase, window, "shareButton").text, "Deel je nieuwe bord met de gemeente");

        // "Wat heb ik gedeeld?": take it back, with one question.
        Flow.press(testCase, window, "sharingButton");
        Flow.waitForPage(testCase, window, "sharingPage");
        Flow.press(testCase, window, "sharedButton");
        Flow.waitForPage(testCase, window, "sharedPage");
        Flow.press(testCase, window, "withdrawButton");
        Flow.press(testCase, window, "confirmWithdrawButton");
        tryVerify(() => SyncHarness.shareKinds().length === 0, 10000);
        tryVerify(() => Sync.shared.count === 0, 5000);
        compare(Sync.history.count, 2);
        back(window, "sharingPage");

        // The municipality proposes an appointment; she takes it over, with its reminder.
        const proposal = SyncHarness.proposeAppointment("2026-12-20T09:00:00Z", "Stadhuis, balie 3",
                                                        "Joris", "Kennismaken");
        verify(proposal !== "");
        Flow.press(testCase, window, "syncNowButton");
        tryVerify(() => Flow.find(testCase, window, "newProposalsNotice").visible, 10000);
        Flow.press(testCase, window, "proposalsButton");
        Flow.waitForPage(testCase, window, "proposalsPage");
        // "Nu niet" puts it away, not out of reach.
        Flow.press(testCase, window, "dismiss_" + proposal);
        tryVerify(() => Flow.find(testCase, window, "proposalState").text.indexOf("Je kunt het nog overnemen") >= 0, 2000);
        Flow.press(testCase, window, "accept_" + proposal);
        tryCompare(Appointments.list, "count", 1, 2000);
        // Taken over, it is planned like her own: the day before, its reminder comes.
        Harness.setClock("2026-12-19T09:00:00Z");
        Harness.tick();
        tryVerify(() => Reminders.list.count > 0, 2000, "the appointment's reminder comes");
        compare(Harness.notifications(), ["Mapje|Je hebt morgen een afspraak. Kijk in Mapje als het je uitkomt."]);
        tryVerify(() => Flow.find(testCase, window, "proposalState").visible, 2000);

        // "Ik kan niet komen", in her own words; the page says when it was sent.
        Flow.press(testCase, window, "cannotCome_" + proposal);
        Flow.waitForPage(testCase, window, "cannotComePage");
        Flow.typeInto(testCase, window, "messageArea", "Ik moet die ochtend werken.");
        // She looks elsewhere first: her words wait for her.
        back(window, "proposalsPage");
        Flow.press(testCase, window, "cannotCome_" + proposal);
        Flow.waitForPage(testCase, window, "cannotComePage");
        compare(Flow.find(testCase, window, "messageAreaInput").text, "Ik moet die ochtend werken.");
        Flow.press(testCase, window, "sendRequestButton");
        tryVerify(() => Flow.find(testCase, window, "requestSent").text.indexOf("Verstuurd op") >= 0, 10000);
        compare(SyncHarness.requestMessages(), ["Ik moet die ochtend werken."]);
        Flow.press(testCase, window, "cannotComeDoneButton");
        Flow.waitForPage(testCase, window, "proposalsPage");
        back(window, "sharingPage");

        // Ending the pairing: one question, then nothing more goes.
        Flow.press(testCase, window, "endPairingButton");
        Flow.press(testCase, window, "confirmEndPairingButton");
        tryVerify(() => !Sync.paired && !Sync.ending, 10000);
        verify(Flow.find(testCase, window, "pairButton").visible);
    }
}
