import QtQuick
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow

// "Moeilijke woorden": find a word from home, read its three parts; a hard word on a page opens
// its explanation by mouse and by keyboard.
TestCase {
    id: testCase
    name: "Glossary"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        Harness.reset();
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
    }

    function openApp() {
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "homePage");
        return window;
    }

    function test_searchAndRead() {
        const window = openApp();
        Flow.press(testCase, window, "glossaryButton");
        Flow.waitForPage(testCase, window, "glossaryPage");
        const all = Glossary.entries.count;
        verify(all >= 45, "the list shows every word: " + all);

        Flow.typeInto(testCase, window, "glossarySearch", "bijstand");
        const shown = Glossary.entries.count;
        verify(shown > 0 && shown < all, "only matching words remain: " + shown);
        for (let row = 0; row < shown; ++row) {
            const index = Glossary.entries.index(row, 0);
            const word = Glossary.entries.data(index, GlossaryModel.WordRole).toLowerCase();
            const explanation = Glossary.entries.data(index, GlossaryModel.ExplanationRole).toLowerCase();
            verify(word.indexOf("bijstand") >= 0 || explanation.indexOf("bijstand") >= 0, word);
        }
        verify(Flow.find(testCase, window, "entry_bijstand").visible);
        compare(testCase.findChild(window.contentItem, "entry_uwv"), null);

        // The list has just been filtered: let it lay out before tapping an entry.
        waitForRendering(window.contentItem);
        Flow.press(testCase, window, "entry_bijstand");
        Flow.waitForPage(testCase, window, "explanationPage");
        compare(Flow.find(testCase, window, "explanationWord").text, "Bijstand");
        compare(Flow.find(testCase, window, "heading_explanation").text, "Wat is het?");
        compare(Flow.find(testCase, window, "heading_meaning").text, "Wat betekent het voor jou?");
        compare(Flow.find(testCase, window, "heading_whereToGo").text, "Waar kan je terecht?");
        for (const part of ["explanation", "meaning", "whereToGo"])
            verify(Flow.find(testCase, window, "part_" + part).text.length > 20, part);

        // Back to the list, which still shows the search; back home; a new visit shows every word.
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "glossaryPage");
        compare(Glossary.entries.count, shown);
        Flow.press(testCase, window, "backButton");
        Flow.waitForPage(testCase, window, "homePage");
        Flow.press(testCase, window, "glossaryButton");
        Flow.waitForPage(testCase, window, "glossaryPage");
        compare(Glossary.entries.filter, "");
        compare(Glossary.entries.count, all);
    }

    function test_linkify() {
        compare(Glossary.linkify("Het <wijkteam> & de Wmo-loket"),
                "Het &lt;<a href=\"mapje:glossary/wijkteam\">wijkteam</a>&gt; &amp; de "
                + "<a href=\"mapje:glossary/wmo\">Wmo</a>-loket");
        compare(Glossary.linkify("bijstand, Bijstand"), "<a href=\"mapje:glossary/bijstand\">bijstand</a>, Bijstand");
        compare(Glossary.linkify("Geen moeilijke woorden."), "Geen moeilijke woorden.");
        compare(Glossary.entry("nonsense"), {});
        compare(Glossary.entry("bijstand").word, "Bijstand");
    }

    function openMoneyInfo(window) {
        window.showPageWith("domainInfo", { "domainKey": "money" });
        Flow.waitForPage(testCase, window, "domainInfoPage");
    }

    // Where on the label the link to this id is: Text.linkAt over a grid of points.
    function linkPoint(label, id) {
        for (let y = 2; y < label.height; y += 4) {
            for (let x = 2; x < label.width; x += 4) {
                if (label.linkAt(x, y) === "mapje:glossary/" + id)
                    return Qt.point(x, y);
            }
        }
        return null;
    }

    function test_hardWordByMouse() {
        const window = openApp();
        openMoneyInfo(window);
        const button = Flow.find(testCase, window, "explain_juridisch-loket");
        const richLabel = button.parent.parent;
        const label = richLabel.label;
        compare(label.textFormat, Text.StyledText);
        Flow.ensureVisible(label);
        const point = linkPoint(label, "juridisch-loket");
        verify(point !== null, "the words Juridisch Loket are a link");
        mouseClick(label, point.x, point.y);
        Flow.waitForPage(testCase, window, "explanationPage");
        compare(Flow.find(testCase, window, "explanationWord").text, "Juridisch Loket");
    }

    function test_hardWordByKeyboard() {
        const window = openApp();
        openMoneyInfo(window);
        const button = Flow.find(testCase, window, "explain_wijkteam");
        compare(button.text, "Uitleg: wijkteam");
        compare(button.Accessible.name, "Uitleg: wijkteam");
        // Tab from the top of the page until the button has focus, as a keyboard user would.
        const page = Flow.find(testCase, window, "pageStack").currentItem;
        page.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
        for (let i = 0; i < 40 && !button.activeFocus; ++i)
            keyClick(Qt.Key_Tab);
        verify(button.activeFocus, "Tab reaches the explanation of wijkteam");
        keyClick(Qt.Key_Return);
        Flow.waitForPage(testCase, window, "explanationPage");
        compare(Flow.find(testCase, window, "explanationWord").text, "Wijkteam");
        // Hard words in the explanation link on, but never to the word itself.
        compare(testCase.findChild(Flow.find(testCase, window, "pageStack").currentItem, "explain_wijkteam"), null);
    }

    function test_welcomeOpensGlossary() {
        Harness.reset();
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "welcomePage");
        Flow.press(testCase, window, "glossaryButton");
        Flow.waitForPage(testCase, window, "glossaryPage");
    }
}
