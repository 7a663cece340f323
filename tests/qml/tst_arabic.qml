import QtQuick
import QtQuick.Controls
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow
import "TextChecks.js" as TextChecks

// Arabic as a reader meets it: digits 0-9 like everywhere else in Mapje (never ٠-٩), lists with
// the Arabic comma "،", and the controls that draw by themselves (the switch, the list of a combo
// box, the page's scroll bar, a wrapped link) turned around like the rest of the page.
TestCase {
    id: testCase

    readonly property var pages: ["", "chooseDomains", "feelings", "order", "perspectives", "history", "glossary",
        "settings", "goals", "checkIns", "appointments", "rights", "reminders", "calendar", "timeline", "summary",
        "show", "preview"]

    name: "Arabic"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }
    Component {
        id: mirroredComponent
        Item {
            width: 240
            height: 400
            LayoutMirroring.enabled: true
            LayoutMirroring.childrenInherit: true
        }
    }
    Component {
        id: comboComponent
        MapjeComboBox {
            label: "الشهر"
            model: ["يناير", "فبراير", "مارس"]
            currentIndex: 1
        }
    }
    Component {
        id: fieldComponent
        Column {
            width: 240
            // What she typed is longer than the box; a second control takes the focus from it.
            readonly property alias box: box
            readonly property alias other: other
            MapjeTextField {
                id: box
                width: 240
                label: "الخطوة"
                text: "وضع رسالة في البريد كل صباح قبل العمل وقبل أن يستيقظ الأطفال"
            }
            MapjeButton {
                id: other
                text: "التالي"
            }
        }
    }
    Component {
        id: linkComponent
        MapjeLinkButton {
            // Long enough to wrap in 240 px, and starting with a Latin word like many links do.
            text: "Mapje هو مكان آمن لأوراقك ومواعيدك وأهدافك، ويمكنك دائمًا أن تقرأ المزيد هنا"
        }
    }

    function init() {
        Harness.reset();
        Display.setReducedMotion(true);
        Language.choose("nl");
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        // Three domains, so the board's list has a comma; dates on goals, steps, talks and
        // appointments, so every kind of date is on some page.
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        Board.chooseDomain("family");
        Board.chooseDomain("work");
        Board.setFeeling(Board.citizenId, "money", "sad");
        const peer = Board.addPerspective("peer", "Sanne");
        Board.setFeeling(peer, "family", "happy");
        Goals.addGoal("money", "Elke week mijn post openen");
        Goals.setByWhen("2026-12-24");
        const step = Goals.addStep("Een map kopen");
        Goals.setStepRemindOn(step, "2026-12-20");
        CheckIns.addCheckIn();
        CheckIns.setWithWhom("Sanne");
        Appointments.addAppointment();
        Appointments.setWithWhom("Mevrouw De Vries");
        Language.choose("ar");
    }

    function cleanup() {
        Language.choose("nl");
        Display.setReducedMotion(false);
    }

    function openPage(window, stack, name: string) {
        if (name !== "")
            window.showPage(name);
        tryVerify(() => !stack.busy && (name === "" || stack.depth === 2), 5000, "page " + name);
        wait(50); // lets the page lay out
        return stack.currentItem;
    }

    function test_digitsAndCommas() {
        const window = createTemporaryObject(mainComponent, testCase, { "width": 360, "height": 640 });
        const stack = Flow.find(testCase, window, "pageStack");
        verify(stack.LayoutMirroring.enabled);
        const otherDigits = /[\u0660-\u0669\u06F0-\u06F9]/;
        // A Latin comma between two Arabic words.
        const latinComma = /[\u0600-\u06FF]\s*,\s*[\u0600-\u06FF]/;
        // Arabic words in a paragraph that starts left to right: its first letter with a
        // direction is Latin, with no right-to-left mark before it, so the words stand in the
        // wrong order ("Awb (…)" with Awb at the left).
        const startsLeftToRight = text => {
            const first = text.search(/[A-Za-z\u00C0-\u024F\u0590-\u08FF\u200F]/);
            return first >= 0 && /[A-Za-z\u00C0-\u024F]/.test(text[first]) && /[\u0600-\u06FF]/.test(text);
        };
        // The rule finds what it is for, and leaves alone what is right.
        verify(startsLeftToRight("Sanne (مرافق عاش التجربة)"));
        verify(!startsLeftToRight("\u200FSanne (مرافق عاش التجربة)"));
        verify(!startsLeftToRight("مرافق Sanne"));
        verify(!startsLeftToRight("Sanne"));
        const offenders = [];
        let arabicLists = 0;
        for (const name of pages) {
            const page = openPage(window, stack, name);
            TextChecks.walk(page, item => {
                if (typeof item.text !== "string" || item.text === "")
                    return;
                if (otherDigits.test(item.text))
                    offenders.push(page.objectName + " | Arabic-Indic digits | " + TextChecks.describe(item));
                if (latinComma.test(item.text))
                    offenders.push(page.objectName + " | Latin comma | " + TextChecks.describe(item));
                if (startsLeftToRight(item.text))
                    offenders.push(page.objectName + " | starts left to right | " + TextChecks.describe(item));
                if (item.text.indexOf("\u060C ") >= 0)
                    ++arabicLists;
            });
            if (name !== "")
                window.showHome();
        }
        if (offenders.length > 0)
            console.log(offenders.join("\n"));
        compare(offenders.length, 0);
        // The board's three domains are said with "،" somewhere (the board, its history).
        verify(arabicLists > 0, "no list joined with the Arabic comma");
        compare(Board.chosenNames.indexOf(","), -1);
        verify(/[0-9]/.test(Board.dateText), "the board's date in 0-9: " + Board.dateText);
    }

    function test_switchKnobFollowsTheDirection() {
        const window = createTemporaryObject(mainComponent, testCase, { "width": 360, "height": 640 });
        const stack = Flow.find(testCase, window, "pageStack");
        openPage(window, stack, "settings");
        const toggle = Flow.find(testCase, window, "highContrastSwitch");
        const knob = findChild(toggle, "switchKnob");
        const track = findChild(toggle, "switchTrack");
        verify(knob && track);
        verify(toggle.mirrored);
        const right = () => knob.x + knob.width / 2 > track.width / 2;
        // Off: the knob at the start, which is the right in Arabic; on: at the left.
        verify(!toggle.checked);
        verify(right(), "off should sit on the right in Arabic");
        Display.setHighContrast(true);
        tryVerify(() => !right(), 1000, "on should sit on the left in Arabic");
        Display.setHighContrast(false);
        // The track itself stands at the left, the end of an Arabic row.
        const trackAt = track.mapToItem(toggle, 0, 0);
        verify(trackAt.x < toggle.width / 2, "the track should stand on the left in Arabic");

        Language.choose("nl");
        tryVerify(() => !toggle.mirrored, 1000);
        verify(!right(), "off should sit on the left in Dutch");
    }

    // Undo points back the way the text runs: to the right in Arabic, to the left in Dutch.
    function test_undoArrowsFollowTheDirection() {
        const window = createTemporaryObject(mainComponent, testCase, { "width": 360, "height": 640 });
        const stack = Flow.find(testCase, window, "pageStack");
        openPage(window, stack, "");
        Board.chooseDomain("health");
        Board.undo();
        const undo = Flow.find(testCase, window, "undoButton");
        const redo = Flow.find(testCase, window, "redoButton");
        verify(undo.text.startsWith("↷"), undo.text);
        verify(redo.text.endsWith("↶"), redo.text);
        Language.choose("nl");
        tryVerify(() => undo.text.startsWith("↶"), 1000, undo.text);
        verify(redo.text.endsWith("↷"), redo.text);
    }

    function test_comboListStartsOnTheRight() {
        const holder = createTemporaryObject(mirroredComponent, testCase);
        const combo = createTemporaryObject(comboComponent, holder);
        verify(combo.mirrored);
        combo.popup.open();
        tryVerify(() => combo.popup.opened, 2000);
        const list = combo.popup.contentItem;
        tryVerify(() => list.itemAtIndex(0) !== null, 2000);
        for (let i = 0; i < 3; ++i) {
            const entry = list.itemAtIndex(i);
            verify(entry.mirrored, "entry " + i + " should be mirrored");
            compare(entry.contentItem.effectiveHorizontalAlignment, Text.AlignRight);
        }
        // The chosen entry, with its tick and in bold, still fits on one line.
        compare(list.itemAtIndex(1).contentItem.lineCount, 1);
        combo.popup.close();
    }

    function test_pageScrollBarOnTheLeft() {
        const window = createTemporaryObject(mainComponent, testCase, { "width": 360, "height": 640 });
        const stack = Flow.find(testCase, window, "pageStack");
        const page = openPage(window, stack, "glossary");
        const flick = page.contentColumn.parent.parent;
        verify(flick.contentHeight > flick.height, "the glossary should be longer than the window");
        const bar = flick.ScrollBar.vertical;
        verify(bar !== null);
        verify(bar.mirrored);
        verify(bar.visible, "the scroll bar should be shown");
        verify(bar.size > 0 && bar.size < 1);
        verify(bar.width > 0 && bar.height > 0);
        // Drawn at the left edge, inside the page (the start of a row in Arabic is on the right).
        compare(bar.x, 0);
        const at = bar.mapToItem(page, 0, 0);
        verify(at.x >= 0 && at.x + bar.width <= page.width, "the scroll bar should lie inside the page");
        // And it shows itself while the page moves under the mouse wheel.
        mouseWheel(flick, flick.width / 2, flick.height / 2, 0, -120);
        tryVerify(() => flick.contentY > 0, 2000, "the wheel should scroll the page");
        tryVerify(() => bar.contentItem.opacity > 0, 2000, "the scroll bar should be drawn");
    }

    function test_wrappedLinkStartsOnTheRight() {
        const holder = createTemporaryObject(mirroredComponent, testCase);
        const link = createTemporaryObject(linkComponent, holder, { "width": 240 });
        tryVerify(() => link.contentItem.lineCount > 1, 2000, "the link should wrap");
        compare(link.contentItem.effectiveHorizontalAlignment, Text.AlignRight);
        holder.LayoutMirroring.enabled = false;
        compare(link.contentItem.effectiveHorizontalAlignment, Text.AlignLeft);
    }

    // A box left after typing shows the start of the words again, in Arabic their right end:
    // the first letters are never cut off ("وضع" shown as "ضع").
    function test_aFieldLeftShowsItsFirstWords() {
        const holder = createTemporaryObject(mirroredComponent, testCase);
        const column = createTemporaryObject(fieldComponent, holder);
        const field = column.box.field;
        field.forceActiveFocus();
        field.cursorPosition = field.length;
        verify(field.contentWidth > field.width, "the words should be longer than the box");
        column.other.forceActiveFocus();
        const first = field.positionToRectangle(0);
        verify(first.x <= field.width - field.rightPadding + 0.5 && first.x >= field.leftPadding - 0.5,
               "the first letter should be inside the box, at " + first.x + " of " + field.width);
    }
}
