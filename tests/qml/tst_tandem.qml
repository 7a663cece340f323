import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// A whole tandem on the real pages, on a laptop-sized window: the citizen starts a conversation,
// says who is here (an ervaringswerker by name, a hulpverlener), reads the ground rules; three
// people put fiches and notes on three leefgebieden under "Wie vertelt nu?"; two cards are used
// and one skipped; the ervaringswerker adds "Wat mij hielp"; a pause covers everything and goes on
// where it was; "Draai om" turns the view; at the closing some items are removed and an agreement
// becomes a goal with a step and a moment. After a restart the vault holds exactly what was kept,
// and no removed word is in any file of the data folder.
TestCase {
    id: testCase
    name: "Tandem"
    when: windowShown

    readonly property string removedNote: "Misschien eerst bellen met de bank"
    readonly property string removedExperience: "Mij hielp een stage bij de buren"
    readonly property string keptExperience: "Mij hielp een vaste dag voor de post"

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        Harness.reset();
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
    }

    function openApp(width: int, height: int) {
        const window = createTemporaryObject(mainComponent, testCase);
        window.width = width;
        window.height = height;
        Flow.waitForPage(testCase, window, "homePage");
        return window;
    }

    function type(text: string) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function typeIntoArea(window, name: string, text: string) {
        const area = Flow.find(testCase, window, name).area;
        Flow.ensureVisible(area);
        area.forceActiveFocus();
        tryVerify(() => area.activeFocus, 1000, name + " should take focus");
        type(text);
        compare(area.text, text);
    }

    function speak(window, index: int) {
        Flow.pick(testCase, Flow.find(testCase, window, "speakerChoice"), index);
        compare(Conversation.speakerIndex, index);
    }

    function back(window) {
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "conversationPage");
    }

    // The speaker (by index in "Wie vertelt nu?") fills in one leefgebied on its own page.
    function fillIn(window, speaker: int, domain: string, feeling: string, note: string) {
        speak(window, speaker);
        Flow.press(testCase, window, "fillIn_" + domain);
        Flow.waitForPage(testCase, window, "conversationDomainPage");
        Flow.press(testCase, window, "feeling_" + feeling);
        if (note !== "")
            typeIntoArea(window, "note", note);
        back(window);
    }

    function resume(cover) {
        const button = findChild(cover.contentItem, "resumeButton");
        tryVerify(() => button.activeFocus, 2000, "the keyboard waits on Verder");
        // With its focus ring, every time the pause opens, not only the first.
        verify(button.visualFocus, "Verder shows its focus ring");
        mouseClick(button);
        tryVerify(() => !cover.visible);
    }

    // All the texts shown under an item, to prove what a screen does or does not show.
    function textsUnder(item): string {
        if (!item)
            return "";
        let texts = typeof item.text === "string" ? item.text : "";
        const children = item.children ?? [];
        for (let i = 0; i < children.length; ++i)
            texts += "\n" + textsUnder(children[i]);
        // A popup's content is not among its children.
        if (children.length === 0 && item.contentItem && item.contentItem !== item)
            texts += "\n" + textsUnder(item.contentItem);
        return texts;
    }

    function test_aWholeTandem() {
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        Board.chooseDomain("housing");
        Board.chooseDomain("work");
        const window = openApp(1280, 800);

        // Start, on the board she has; who is here, with what each role does here.
        Flow.press(testCase, window, "conversationButton");
        Flow.waitForPage(testCase, window, "conversationStartPage");
        Flow.press(testCase, window, "startWithBoardButton");
        tryVerify(() => Conversation.active);
        verify(!Flow.find(testCase, window, "addPersonButton").enabled, "no role is chosen for her");
        Flow.press(testCase, window, "role_peer");
        verify(Flow.find(testCase, window, "roleCard_peer").visible);
        Flow.typeInto(testCase, window, "personName", "Sanne");
        Flow.press(testCase, window, "addPersonButton");
        Flow.press(testCase, window, "role_professional");
        Flow.press(testCase, window, "addPersonButton");
        // Someone added by mistake leaves again, by the keyboard; the keyboard stays on the page.
        // "Voeg toe" by the keyboard: the keyboard goes back to the roles, never on to someone's
        // "Haal weg", where one more Return would take that person away.
        Flow.press(testCase, window, "role_close");
        const add = Flow.find(testCase, window, "addPersonButton");
        add.forceActiveFocus();
        keyClick(Qt.Key_Return);
        compare(Conversation.people.length, 4);
        tryVerify(() => Flow.find(testCase, window, "role_close").activeFocus, 2000, "after adding, the keyboard is on the first role");
        keyClick(Qt.Key_Return); // a second Return by mistake removes nobody
        compare(Conversation.people.length, 4);
        const leave = Flow.find(testCase, window, "leave_close");
        leave.forceActiveFocus();
        keyClick(Qt.Key_Return);
        tryCompare(Conversation.people, "length", 3);
        tryVerify(() => Flow.find(testCase, window, "role_close").activeFocus, 2000, "after taking someone away, the keyboard is on the first role");
        compare(Conversation.people.length, 3);
        Flow.press(testCase, window, "nextButton");
        const rules = textsUnder(Flow.find(testCase, window, "conversationStartPage"));
        verify(rules.indexOf("Jij beslist") >= 0, rules);
        verify(Flow.find(testCase, window, "roleCard_professional").visible);
        Flow.press(testCase, window, "beginButton");
        Flow.waitForPage(testCase, window, "conversationPage");

        // A big screen shows the board as a grid of cards, all at once.
        verify(Flow.find(testCase, window, "conversationGrid").columns >= 2);

        // Three people, fiches and notes on three leefgebieden, each under the right name.
        fillIn(window, 0, "money", "sad", "De post blijft liggen");
        fillIn(window, 0, "housing", "happy", "");
        fillIn(window, 0, "work", "unsure", "");
        fillIn(window, 1, "money", "unsure", "Een vaste dag helpt");
        fillIn(window, 1, "housing", "happy", testCase.removedNote);
        fillIn(window, 2, "work", "happy", "Er is een cursus in de buurt");
        const sanne = Conversation.people[1].id;
        const pro = Conversation.people[2].id;
        compare(Board.fiche(sanne, "money").note, "Een vaste dag helpt");
        compare(Board.fiche(pro, "work").feeling, "happy");
        verify(Flow.find(testCase, window, "conversationCard_money").visible);

        // "Wat mij hielp": only when the ervaringswerker speaks; two notes, on two leefgebieden.
        speak(window, 1);
        Flow.press(testCase, window, "fillIn_money");
        Flow.waitForPage(testCase, window, "conversationDomainPage");
        typeIntoArea(window, "experienceWords", testCase.keptExperience);
        Flow.press(testCase, window, "keepExperienceButton");
        back(window);
        Flow.press(testCase, window, "fillIn_work");
        Flow.waitForPage(testCase, window, "conversationDomainPage");
        typeIntoArea(window, "experienceWords", testCase.removedExperience);
        Flow.press(testCase, window, "keepExperienceButton");
        compare(Conversation.experiences("work").length, 1);
        // The professional cannot add one.
        speak(window, 2);
        verify(!Flow.find(testCase, window, "keepExperienceButton").visible);
        back(window);

        // Cards: one used with words kept on a leefgebied, one skipped, one more used.
        speak(window, 0);
        Flow.press(testCase, window, "cardsButton");
        Flow.waitForPage(testCase, window, "conversationCardsPage");
        compare(Flow.find(testCase, window, "cardText").text, "Wat gaat er nu goed, hoe klein ook?");
        Flow.press(testCase, window, "useCardButton");
        // The card she took stays in view while she answers it, and the keyboard waits in the box.
        compare(Flow.find(testCase, window, "cardText").text, "Wat gaat er nu goed, hoe klein ook?");
        verify(Flow.find(testCase, window, "cardWords").area.activeFocus);
        typeIntoArea(window, "cardWords", "Mijn zus komt elke week");
        Flow.pick(testCase, Flow.find(testCase, window, "cardDomain"), 1);
        Flow.press(testCase, window, "keepWordsButton");
        compare(Board.fiche(Board.citizenId, "housing").note, "Mijn zus komt elke week");
        tryVerify(() => Flow.find(testCase, window, "nextCardButton").activeFocus, 1000, "the way on waits");
        Flow.press(testCase, window, "nextCardButton");
        Flow.press(testCase, window, "skipCardButton");
        Flow.press(testCase, window, "useCardButton");
        Flow.press(testCase, window, "nextCardButton");
        const states = Conversation.cards.map(card => card.state);
        compare(states.slice(0, 3), ["used", "skipped", "used"]);

        // Pause: the whole window covered, none of the typed words shown; on where it was.
        Flow.press(testCase, window, "pauseButton");
        const cover = findChild(window.contentItem, "pauseLoader").item;
        compare(cover.objectName, "pauseCover");
        tryVerify(() => cover.opened);
        compare(cover.width, window.width);
        compare(cover.height, window.height);
        const shown = textsUnder(cover.contentItem);
        for (const typed of ["De post blijft liggen", testCase.keptExperience, "Mijn zus komt elke week"])
            verify(shown.indexOf(typed) < 0, "the pause shows " + typed);
        keyClick(Qt.Key_Escape);
        verify(cover.opened, "Escape keeps the pause");
        resume(cover);
        compare(Flow.currentPage(testCase, window), "conversationCardsPage");
        // Escape on a conversation's page pauses too.
        keyClick(Qt.Key_Escape);
        tryVerify(() => cover.opened);
        resume(cover);
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "conversationPage");

        // "Draai om" turns the whole view for the person across the table, and back.
        const stack = findChild(window.contentItem, "pageStack");
        Flow.press(testCase, window, "turnButton");
        compare(stack.rotation, 180);
        // A pause in the turned view reads the same way up as the pages it covers.
        const cover2 = findChild(window.contentItem, "pauseLoader").item;
        Conversation.paused = true;
        tryVerify(() => cover2.opened);
        compare(findChild(cover2.contentItem, "pauseMessage").rotation, 180);
        resume(cover2);
        Conversation.turned = false;
        compare(stack.rotation, 0);

        // The closing: Sanne's fiche on money and her first note are kept; the rest goes.
        Flow.press(testCase, window, "closingButton");
        Flow.waitForPage(testCase, window, "conversationClosingPage");
        const items = Conversation.closingItems;
        compare(items.length, 5);
        const keep = index => {
            const item = items[index];
            return (item.kind === "fiche" && item.who.id === sanne && item.domainId === "money")
                || (item.kind === "experience" && item.text === testCase.keptExperience);
        };
        // By keyboard, as Return on each button: after the last item the agreements start with
        // the page holding the focus, so one more Return does not end the conversation.
        for (let i = 0; i < items.length; ++i) {
            const button = Flow.find(testCase, window, keep(i) ? "keepItemButton" : "removeItemButton");
            Flow.waitForPolish(testCase, button);
            button.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Return);
        }
        tryVerify(() => Flow.find(testCase, window, "conversationClosingPage").activeFocus);
        keyClick(Qt.Key_Return);
        verify(Conversation.active, "a stray Return does not end the conversation");

        // An agreement: a goal on money with a first step and Sanne to help; then a moment.
        // An empty choice says so ("Kies"), quieter than a real answer.
        compare(Flow.find(testCase, window, "agreementDomain").contentItem.text, "Kies");
        compare(Flow.find(testCase, window, "agreementHelper").contentItem.text, "Kies");
        // A first step typed before the rest: the page says what is missing, and "Gesprek
        // afronden" asks before those words are gone; she goes back to finish the agreement.
        Flow.typeInto(testCase, window, "agreementStep", "Een vaste dag kiezen");
        verify(Flow.find(testCase, window, "agreementMissing").visible, "the page says what is missing");
        Flow.press(testCase, window, "closeConversationButton");
        verify(Conversation.active, "words that are no goal yet are not closed away without a question");
        verify(Flow.find(testCase, window, "unsavedAgreementNotice").visible);
        tryVerify(() => Flow.find(testCase, window, "finishAgreementButton").activeFocus);
        keyClick(Qt.Key_Return);
        tryVerify(() => Flow.find(testCase, window, "agreementDomain").activeFocus, 2000, "back at what is missing");
        verify(!Flow.find(testCase, window, "unsavedAgreementNotice").visible);
        Flow.pick(testCase, Flow.find(testCase, window, "agreementDomain"), 0);
        typeIntoArea(window, "agreementGoal", "Elke week mijn post openen");
        verify(!Flow.find(testCase, window, "agreementMissing").visible);
        Flow.pick(testCase, Flow.find(testCase, window, "agreementHelper"), 1);
        Flow.press(testCase, window, "addAgreementButton");
        verify(Flow.find(testCase, window, "agreementNotice").visible);
        Flow.press(testCase, window, "addMomentButton");
        Flow.waitForPage(testCase, window, "checkInPage");
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "conversationClosingPage");
        Flow.press(testCase, window, "closeConversationButton");
        Flow.waitForPage(testCase, window, "conversationSummaryPage");
        // The keyboard is on the summary at once (Page Down reads on), not on the page left behind.
        tryVerify(() => Flow.find(testCase, window, "conversationSummaryPage").activeFocus, 2000, "the summary holds the keyboard");
        const summary = textsUnder(Flow.find(testCase, window, "conversationSummaryPage"));
        verify(summary.indexOf("Sanne (ervaringswerker)") >= 0, summary);
        verify(summary.indexOf("Eerste stap: Een vaste dag kiezen") >= 0, summary);
        verify(!Conversation.active);

        // No removed word is in any file of the data folder, now or after a restart.
        for (const removed of [testCase.removedNote, testCase.removedExperience, "Er is een cursus in de buurt"])
            compare(Harness.filesHolding(removed), []);
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "homePage");
        window.destroy();
        Vault.lock();
        Harness.restart();
        Vault.unlock("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);

        // Exactly what she kept.
        compare(Board.fiche(sanne, "money").note, "Een vaste dag helpt");
        compare(Object.keys(Board.fiche(sanne, "housing")).length, 0);
        compare(Object.keys(Board.fiche(pro, "work")).length, 0);
        compare(Board.fiche(Board.citizenId, "money").note, "De post blijft liggen");
        compare(Conversation.experiences("money").length, 1);
        compare(Conversation.experiences("work").length, 0);
        compare(Conversation.pastConversations.length, 1);
        compare(Conversation.pastConversations[0].cards.length, 2);
        compare(Goals.goals.rowCount(), 1);
        for (const removed of [testCase.removedNote, testCase.removedExperience, "Er is een cursus in de buurt"])
            compare(Harness.filesHolding(removed), []);
    }

    // Words typed at a card and not kept yet are there again after Mapje closed in between.
    function test_wordsAtACardSurviveClosingTheApp() {
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        verify(Conversation.start(false));
        const window = openApp(360, 640);
        Flow.press(testCase, window, "conversationButton");
        Flow.waitForPage(testCase, window, "conversationPage");
        Flow.press(testCase, window, "cardsButton");
        Flow.waitForPage(testCase, window, "conversationCardsPage");
        Flow.press(testCase, window, "useCardButton");
        typeIntoArea(window, "cardWords", "Mijn buurvrouw");
        window.destroy();
        Vault.lock();
        Harness.restart();
        Vault.unlock("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        const again = openApp(360, 640);
        Flow.press(testCase, again, "conversationButton");
        Flow.waitForPage(testCase, again, "conversationPage");
        Flow.press(testCase, again, "cardsButton");
        Flow.waitForPage(testCase, again, "conversationCardsPage");
        compare(Flow.find(testCase, again, "cardWords").text, "Mijn buurvrouw");
        verify(Flow.find(testCase, again, "keepWordsButton").visible);
    }

    // Text that cannot take the focus is in reach of the keyboard: Page Down and the arrow keys
    // scroll the page (the ground rules on a phone with large letters).
    function test_theKeyboardScrollsToText() {
        Display.setTextScale(2.0);
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        verify(Conversation.start(false));
        Conversation.addPerson("peer", "Sanne");
        Conversation.addPerson("professional", "");
        const window = openApp(360, 640);
        window.showPage("conversationStart");
        Flow.waitForPage(testCase, window, "conversationStartPage");
        Flow.press(testCase, window, "nextButton");
        const flick = Flow.find(testCase, window, "pageFlick");
        // The step starts at its top, the page holding the focus, not on "We beginnen".
        verify(!Flow.find(testCase, window, "beginButton").activeFocus);
        verify(Flow.find(testCase, window, "conversationStartPage").activeFocus);
        tryCompare(flick, "contentY", flick.originY);
        verify(flick.contentHeight > flick.height, "the rules and role cards are taller than the view");
        keyClick(Qt.Key_PageDown);
        verify(flick.contentY > flick.originY + flick.height / 2, "Page Down scrolls a screenful");
        const after = flick.contentY;
        keyClick(Qt.Key_Up);
        verify(flick.contentY < after, "the up arrow scrolls back");
        Display.setTextScale(1.0);
    }

    // With a time chosen in Weergave, the clock that pauses the conversation watches Mapje's own
    // window (a popup has none of its own: watching that, it never ran), and its time is the one
    // she chose. (The offscreen platform cannot make a window lose the focus; the walk in a real
    // X window checks that part.)
    function test_thePauseWatchesMapjesWindow() {
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        verify(Conversation.start(false));
        const window = openApp(360, 640);
        const cover = findChild(window.contentItem, "pauseLoader").item;
        const timer = findChild(cover, "awayTimer");
        verify(timer !== null);
        compare(timer.hostWindow, window);
        Display.setPauseWhenAwaySeconds(30);
        compare(timer.interval, 30000);
        // The time passes away from Mapje while a page is read aloud: the screen is covered and
        // the reading stops (someone may walk in).
        Harness.useFakeSpeech(["nl"]);
        Flow.press(testCase, window, "readAloudButton");
        tryVerify(() => ReadAloud.speaking);
        timer.triggered();
        verify(Conversation.paused);
        tryVerify(() => cover.opened);
        tryVerify(() => !ReadAloud.speaking);
        Conversation.paused = false;
        Display.setPauseWhenAwaySeconds(0);
    }

    // On a phone the conversation's board is one card under the other.
    function test_aPhoneShowsOneColumn() {
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        Board.chooseDomain("work");
        verify(Conversation.start(false));
        Conversation.addPerson("peer", "Sanne");
        const window = openApp(360, 640);
        Flow.press(testCase, window, "conversationButton");
        Flow.waitForPage(testCase, window, "conversationPage");
        compare(Flow.find(testCase, window, "conversationGrid").columns, 1);
        verify(Flow.find(testCase, window, "speakerChoice").visible);
        verify(Flow.find(testCase, window, "pauseButton").visible);
        // A window made wider becomes the grid, "Wie vertelt nu?" beside the actions; and back.
        const grid = Flow.find(testCase, window, "conversationGrid");
        window.width = 1280;
        window.height = 800;
        tryVerify(() => grid.columns >= 2);
        const speaker = Flow.find(testCase, window, "speakerChoice");
        const pause = Flow.find(testCase, window, "pauseButton");
        tryVerify(() => speaker.mapToItem(null, 0, 0).x + speaker.width <= pause.mapToItem(null, 0, 0).x);
        window.width = 360;
        window.height = 640;
        tryCompare(grid, "columns", 1);
    }
}
