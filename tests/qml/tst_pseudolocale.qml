import QtQuick
import QtQuick.Controls
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow
import "TextChecks.js" as TextChecks
import "LayoutChecks.js" as LayoutChecks
import "AuditPages.js" as AuditPages

// Longer languages must fit (docs/principles.md): with a pseudo-translation that makes every Dutch text
// 40 % longer (tools/languagecheck, built for this test only), the main pages show no text that is
// elided, wider than its box or cut off by a clipping parent, on a phone (360×640) and a kiosk
// (1920×1080), and no word broken in two by wrapping. The rules are the accessibility audit's
// (TextChecks.js, LayoutChecks.js).
TestCase {
    id: testCase

    // Every page of PageNavigator's routes, in the stage it is opened from (AuditPages.js), with
    // what a page needs to show its content; "" is the page the stage itself shows.
    readonly property var pagesByStage: AuditPages.pagesByStage(navigator.routes(), ["none", "locked", "open"], {
            "choosePin": "none",
            "language": "none",
            "settings": "none",
            "forgotPin": "locked"
        }, {
            "domainInfo": { "domainKey": "money" },
            "explanation": { "entryId": "bijstand" },
            "goal": () => ({ "goalId": testCase.goalId }),
            "checkIn": () => ({ "checkInId": testCase.checkInId }),
            "checkInFlow": () => ({ "checkInId": testCase.checkInId }),
            "appointment": () => ({ "appointmentId": testCase.appointmentId }),
            "appointmentAfter": () => ({ "appointmentId": testCase.appointmentId })
        }, {})
    // Made when the vault opens, for the pages that show one of them.
    property string goalId
    property string checkInId
    property string appointmentId
    readonly property var windowSizes: [[360, 640], [1920, 1080]]

    name: "PseudoLocale"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    // A navigator of its own for the list of routes; no page is pushed on its stack.
    StackView {
        id: spareStack
        width: 0
        height: 0
    }
    PageNavigator {
        id: navigator
        stack: spareStack
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

    function reachStage(stage: string) {
        if (stage === "none")
            return;
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        if (stage === "open") {
            // A board with three domains and fiches from two people, so every board page has text.
            Board.startNewBoard(false);
            Board.chooseDomain("money");
            Board.chooseDomain("work");
            Board.chooseDomain("health");
            Board.setFeeling(Board.citizenId, "money", "sad");
            Board.setNote(Board.citizenId, "money", "De huur is te hoog");
            const peer = Board.addPerspective("peer", "Sanne");
            Board.setFeeling(peer, "money", "unsure");
            // A goal with a step and an agreed moment with a reminder, for the plan pages.
            testCase.goalId = Goals.addGoal("money", "Elke week mijn post openen");
            Goals.addStep("Een map kopen");
            testCase.checkInId = CheckIns.addCheckIn();
            CheckIns.setWithWhom("Sanne");
            testCase.appointmentId = Appointments.addAppointment();
            Appointments.setWithWhom("Mevrouw De Vries");
            Appointments.setAgreed("Ik stuur de brief op.");
            return;
        }
        Vault.lock();
        compare(Vault.stage, Vault.Locked);
    }

    function polishPending(item): bool {
        if (isPolishScheduled(item))
            return true;
        for (let i = 0; i < item.children.length; ++i) {
            if (polishPending(item.children[i]))
                return true;
        }
        return false;
    }

    function settle(window) {
        wait(0);
        tryVerify(() => !polishPending(window.contentItem), 3000, "layouts should settle");
        // A word too long for its line gets smaller letters once the layout has moved
        // (WholeWordSize): one more turn, and the layout that follows.
        wait(20);
        tryVerify(() => !polishPending(window.contentItem), 3000, "layouts should settle");
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
        reachStage(data.stage);
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
                const name = typeof entry === "string" ? entry : entry.name;
                if (typeof entry !== "string")
                    window.showPageWith(name, typeof entry.properties === "function" ? entry.properties() : entry.properties);
                else if (name !== "")
                    window.showPage(name);
                tryVerify(() => !stack.busy && (name === "" || stack.depth === 2), 5000, "page " + name + " should open");
                settle(window);
                const context = size[0] + "×" + size[1];
                const texts = checkPage(window, context, offenders);
                verify(texts > 0, "no texts on " + stack.currentItem.objectName);
                summary.push(stack.currentItem.objectName + " " + context + ": " + texts + " texts");
                if (name !== "") {
                    stack.pop(null, StackView.Immediate);
                    tryVerify(() => stack.currentItem.objectName === stagePage && !stack.busy);
                }
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
