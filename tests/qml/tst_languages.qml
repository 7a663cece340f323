import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow
import "TextChecks.js" as TextChecks

// All six languages on the main pages: Arabic mirrors, no text is cut off, the glossary finds
// its words in each language, and switching language never changes what the citizen stored.
TestCase {
    id: testCase

    readonly property var languages: ["nl", "en", "ar", "tr", "pl", "uk"]
    readonly property var pages: ["", "chooseDomains", "feelings", "order", "perspectives", "history", "glossary", "settings",
        "goals", "checkIns", "appointments", "rights", "reminders", "calendar", "timeline", "summary", "show", "preview",
        "conversationStart", "conversation", "conversationDomain", "conversationCards", "conversationLargePrint",
        "conversationClosing", "conversationSummary", "pastConversations"]

    name: "Languages"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        Harness.reset();
        Language.choose("nl");
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        Board.chooseDomain("family");
        Board.setFeeling(Board.citizenId, "money", "sad");
        Board.setNote(Board.citizenId, "money", "De huur is te hoog");
        const peer = Board.addPerspective("peer", "Sanne");
        Board.setFeeling(peer, "family", "happy");
        Goals.addGoal("money", "Elke week mijn post openen");
        Goals.addStep("Een map kopen");
        CheckIns.addCheckIn();
        CheckIns.setWithWhom("Sanne");
        Appointments.addAppointment();
        Appointments.setWithWhom("Mevrouw De Vries");
        // An earlier conversation (its summary) and one going on, with Sanne's words.
        Conversation.start(false);
        Conversation.addPerson("professional", "");
        Conversation.useCard("goesWell");
        Conversation.close();
        Conversation.start(false);
        Conversation.setSpeaker(Conversation.addPerson("peer", "Sanne"));
        Conversation.setFeeling("money", "unsure");
        Conversation.addExperience("money", "Mij hielp een vaste dag voor de post.");
        Conversation.setSpeaker(Board.citizenId);
    }

    function cleanup() {
        Language.choose("nl");
    }

    function stored() {
        return JSON.stringify({
            "chosen": Board.chosenKeys,
            "money": Board.fiche(Board.citizenId, "money"),
            "history": Board.history.count
        });
    }

    function test_everyLanguage_data() {
        return languages.map(code => ({ "tag": code, "code": code }));
    }

    function test_everyLanguage(data) {
        const before = stored();
        Language.choose(data.code);
        compare(Language.current, data.code);
        const window = createTemporaryObject(mainComponent, testCase, { "width": 360, "height": 640 });
        const stack = Flow.find(testCase, window, "pageStack");
        compare(stack.LayoutMirroring.enabled, data.code === "ar");

        const offenders = [];
        for (const name of pages) {
            if (name === "conversationDomain")
                window.showPageWith(name, { "domainKey": "money" });
            else if (name !== "")
                window.showPage(name);
            tryVerify(() => !stack.busy && (name === "" || stack.depth === 2), 5000, "page " + name);
            wait(50); // lets the page lay out
            const page = stack.currentItem;
            TextChecks.walk(page, item => {
                if (TextChecks.isText(item))
                    TextChecks.checkClipped(item, (text, rule, detail) => offenders.push(page.objectName + " | " + TextChecks.describe(text) + " | " + detail));
            });
            if (name !== "")
                window.showHome();
        }
        if (offenders.length > 0)
            console.log(data.code + ":\n" + offenders.join("\n"));
        compare(offenders.length, 0);

        // The glossary searches the words of this language.
        const word = Glossary.entry("bijstand").word;
        verify(word.length > 0);
        Glossary.entries.filter = word;
        verify(Glossary.entries.count > 0, "search finds " + word + " in " + data.code);
        Glossary.entries.filter = "";

        // Dates follow the language; the stored board does not change at all.
        verify(Board.dateText.length > 0);
        Language.choose("nl");
        compare(stored(), before);
    }
}
