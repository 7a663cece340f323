import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// The rights page's texts come from a data file (app/core/content/rights.json): every block is
// there in its order, shown by its own element, and follows a new language like a qsTr text.
TestCase {
    id: testCase
    name: "Rights"
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
    }

    function cleanup() {
        Language.choose("nl");
    }

    function openRights() {
        const window = createTemporaryObject(mainComponent, testCase, { "width": 360, "height": 640 });
        const stack = Flow.find(testCase, window, "pageStack");
        window.showPage("rights");
        tryVerify(() => !stack.busy && stack.depth === 2, 5000, "the rights page opens");
        return { "window": window, "page": stack.currentItem };
    }

    function test_everyBlockInItsOrder() {
        const opened = openRights();
        const lines = opened.page.readableText().split("\n");
        compare(lines[0], "Je rechten bij een afspraak");
        compare(lines[2], "Je mag iemand meenemen");
        compare(lines[4], "Wet: Awb, artikel 2:1");
        verify(lines.indexOf("• je naam en adres") > lines.indexOf("Schrijf een brief, of gebruik het formulier van de gemeente. Zet erin:"));
        compare(lines[lines.length - 1], "Twijfel je? Vraag het aan een sociaal raadslid of het Juridisch Loket.");
        // A paragraph with links is a MapjeRichLabel: its hard word is a button too.
        verify(Flow.find(testCase, opened.window, "explain_bezwaar").visible);
    }

    function test_followsANewLanguage() {
        const opened = openRights();
        const heading = Flow.find(testCase, opened.window, "right_bringSomeone");
        const law = Flow.find(testCase, opened.window, "law_objection");
        compare(heading.text, "Je mag iemand meenemen");
        Language.choose("en");
        compare(opened.page.title, "Your rights at an appointment");
        compare(heading.text, "You may bring someone");
        compare(law.text, "Law: Awb, articles 6:5, 6:7 and 6:8");
        Language.choose("nl");
        compare(heading.text, "Je mag iemand meenemen");
    }
}
