import QtQuick
import QtQuick.Controls
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow
import "TextChecks.js" as TextChecks
import "LayoutChecks.js" as LayoutChecks

// Longer languages must fit (docs/principles.md): with a pseudo-translation that makes every Dutch text
// 40 % longer (tools/languagecheck, built for this test only), every page shows no text that is
// elided, wider than its box or cut off by a clipping parent, on a phone (360×640) and a kiosk
// (1920×1080), and no word broken in two by wrapping. The rules are the accessibility audit's
// (TextChecks.js, LayoutChecks.js).
TestCase {
    id: testCase

    // Every page of PageNavigator's routes, in the stage it is opened from (AuditedPages.qml).
    readonly property var pagesByStage: audited.pagesByStage(["none", "locked", "open"], {})
    readonly property var windowSizes: [[360, 640], [1920, 1080]]

    name: "PseudoLocale"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    AuditedPages {
        id: audited
        testCase: testCase
    }

    function init() {
        Harness.reset();
        Display.setReducedMotion(true);
        verify(Harness.installTranslation(Harness.pseudoTranslation), "no pseudo-translation at "
               + Harness.pseudoTranslation);
    }

    function cleanup() {
        Harness.removeTranslation();
        Display.setReducedMotion(false);
    }

    // Returns how many texts it looked at, so a run that checks nothing shows.
    function checkPage(window, context: string, offenders): int {
        const page = Flow.find(testCase, window, "pageStack").currentItem;
        let texts = 0;
        TextChecks.walk(page, item => {
            if (!TextChecks.isText(item))
                return;
            ++texts;
            const report = (text, rule, detail) => {
                offenders.push(page.objectName + " | " + TextChecks.describe(text) + " | " + detail + " | " + context);
            };
            TextChecks.checkClipped(item, report);
            LayoutChecks.checkWordsWhole(item, (text, font, rich) => Harness.widestWord(text, font, rich), report);
        });
        return texts;
    }

    function test_pages_data() {
        return Object.keys(pagesByStage).map(stage => ({
                    "tag": stage,
                    "stage": stage
                }));
    }

    function test_pages(data) {
        audited.reachStage(data.stage);
        const offenders = [];
        const summary = [];
        for (const size of windowSizes) {
            const window = createTemporaryObject(mainComponent, testCase, {
                    "width": size[0],
                    "height": size[1]
                });
            verify(window);
            const stack = Flow.find(testCase, window, "pageStack");
            const stagePage = stack.currentItem.objectName;
            for (const entry of pagesByStage[data.stage]) {
                audited.open(window, stack, entry);
                audited.settle(window);
                const context = size[0] + "×" + size[1];
                const texts = checkPage(window, context, offenders);
                verify(texts > 0, "no texts on " + stack.currentItem.objectName);
                summary.push(stack.currentItem.objectName + " " + context + ": " + texts + " texts");
                audited.close(stack, entry, stagePage);
            }
        }
        console.log("Pseudo-locale, stage " + data.stage + ":\n" + summary.join("\n"));
        if (offenders.length > 0)
            console.log("Clipped with 40 % longer texts:\npage | text | detail | window\n" + offenders.join("\n"));
        compare(offenders.length, 0, "texts clipped with 40 % longer texts (listed above):\n"
                + offenders.slice(0, 10).join("\n"));
    }

    // The pseudo-translation is really shown: the welcome title is the Dutch one, made longer.
    function test_translationIsShown() {
        const window = createTemporaryObject(mainComponent, testCase);
        const title = Flow.find(testCase, window, "pageStack").currentItem.title;
        verify(title !== "Welkom bij Mapje", title);
        verify(title.length >= Math.ceil(1.4 * "Welkom bij Mapje".length), title);
        compare(title.replace(/(.)\1+/g, "$1"), "Welkom bij Mapje".replace(/(.)\1+/g, "$1"));
    }
}
