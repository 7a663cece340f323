import QtQuick
import QtQuick.Controls
import QtTest
import Mapje
import MapjeTest
import "FlowHelpers.js" as Flow
import "TextChecks.js" as TextChecks
import "FocusChecks.js" as FocusChecks
import "PageChecks.js" as PageChecks
import "LayoutChecks.js" as LayoutChecks

// The accessibility audit (docs/principles.md): every page, in both palettes, at 100 % and 200 % text,
// on a phone (360×640) and a kiosk (1920×1080). It walks the live item tree of the shown page and
// fails on:
//   name     an interactive item a screen reader cannot name, or that has no role;
//   target   a visible interactive item smaller than Theme.minTouchTarget (48 px × screen scale);
//   contrast text under 4.5:1 (3:1 for large text: ≥ 24 px, or bold ≥ 18.66 px) against the
//            nearest opaque background behind it;
//   tab      an enabled interactive item that Tab never reaches, nor the keys of a control that
//            Tab reaches (named in its `reachedBy`);
//   clipped  text cut off: wider than its box, elided, or outside its clipping ancestor;
//   focus view / focus ring
//            at a Tab stop (walked with Tab from the page's first control), the focused control
//            is not fully in view (outside the window or a clipping area, or under the page
//            header), or its focus ring is not drawn or is cut by the edge of a clipping area;
//   focus trap
//            Tab does not move focus on;
//   word broken
//            a wrapping text narrower than its widest word, or one that wraps anywhere;
//   icon over text
//            a visible picture drawn over the letters of a visible text (LayoutChecks.js);
//   icon over icon
//            a visible picture drawn on another picture, or on a button it is not part of;
//   mark alone
//            a tick box or bullet written in the same text as its words, where the mark and the
//            first word do not fit on one line (the mark would stand alone above its word);
//   small letters
//            a text of more than four words in letters under three quarters of its size (a long
//            word may make its own line smaller, not a whole message);
//   looks usable
//            a button that cannot be used yet whose words are not faded (only its background);
//   message out of view
//            after an action (an entry with "then"), the message it brought does not start in view;
//   question out of view
//            after such an action, while she types, the question of her field is out of view
//            although the question, the field and the message fit the view together.
// Apart from the walk, test_onlyChosenAnswersAreChosen clicks choices one at a time and fails on
// any answer shown as chosen that the test did not choose.
// A new page is audited as soon as it has a route in PageNavigator; only a page opened before the
// vault is open, or one that needs input, is named in `pagesByStage` below.
TestCase {
    id: testCase

    // Every page of PageNavigator's routes, in the stage it is opened from (AuditPages.js): "" is
    // the page the stage itself shows. A page that needs input is opened with showPageWith and
    // the properties below. An extra visit with "then" is audited after that action, at every
    // size: what it brought (a message) must start in view.
    readonly property var pagesByStage: audited.pagesByStage(["none", "locked", "open", "damaged", "tooNew"], {
            "open": [
                // Words typed in a new goal before its leefgebied: the message asking for one.
                { "name": "goal", "properties": { "goalId": "" }, "then": window => testCase.typeNewGoalWords(window) },
                // After a yes: the saved mapje's message, its start in view.
                { "name": "preview", "then": window => testCase.saveMapje(window) }]
        })
    readonly property var windowSizes: [[360, 640], [1920, 1080]]
    readonly property var textScales: [1.0, 2.0]
    readonly property var palettes: [false, true]

    name: "Accessibility"
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
        // No fades, so each page is ready at once; motion is not what this test looks at.
        Display.setReducedMotion(true);
    }

    function cleanup() {
        Display.setHighContrast(false);
        Display.setTextScale(1.0);
        Display.setReducedMotion(false);
    }

    // ---- what an item is -------------------------------------------------------------------

    function isText(item): bool {
        return TextChecks.isText(item);
    }

    function isButton(item): bool {
        return PageChecks.isButton(item);
    }

    function isTextInput(item): bool {
        return item.placeholderText !== undefined && item.cursorPosition !== undefined;
    }

    function isInteractive(item): bool {
        if (item.activeFocusOnTab === true)
            return true;
        if (item.focusPolicy !== undefined && (item.focusPolicy & Qt.TabFocus))
            return true;
        return isButton(item) || isTextInput(item);
    }

    function isRectangle(item): bool {
        return item.radius !== undefined && item.border !== undefined && item.color !== undefined;
    }

    function describe(item): string {
        return TextChecks.describe(item);
    }

    // ---- colour ----------------------------------------------------------------------------

    function channel(c: real): real {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    function luminance(c): real {
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    }

    function contrast(a, b): real {
        const la = luminance(a);
        const lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function opaqueFill(item) {
        if (!item || !isRectangle(item) || !item.visible)
            return null;
        if (item.color.a < 0.999 || item.opacity < 0.999)
            return null;
        return item.color;
    }

    // The nearest opaque fill behind an item: an ancestor Rectangle, or a control's background.
    function backgroundBehind(item, window) {
        for (let p = item.parent; p; p = p.parent) {
            const own = opaqueFill(p);
            if (own)
                return own;
            if (p.background !== undefined && p.background !== item) {
                const fill = opaqueFill(p.background);
                if (fill)
                    return fill;
            }
        }
        return window.color;
    }

    function checkContrast(text, window, report) {
        if (!text.enabled || text.text.trim() === "")
            return; // WCAG exempts inactive controls
        const bg = backgroundBehind(text, window);
        let alpha = text.color.a;
        for (let p = text; p && p !== window.contentItem; p = p.parent)
            alpha *= p.opacity;
        const fg = Qt.rgba(text.color.r * alpha + bg.r * (1 - alpha), text.color.g * alpha + bg.g * (1 - alpha),
                           text.color.b * alpha + bg.b * (1 - alpha), 1);
        const px = text.font.pixelSize > 0 ? text.font.pixelSize : text.font.pointSize * 96 / 72;
        const large = px >= 24 || (text.font.bold && px >= 18.66);
        const needed = large ? 3 : 4.5;
        const ratio = contrast(fg, bg);
        if (ratio < needed)
            report(text, "contrast", ratio.toFixed(2) + ":1 < " + needed + ":1 (" + fg + " on " + bg + ")");
    }

    // ---- clipping --------------------------------------------------------------------------

    function checkClipped(text, report) {
        TextChecks.checkClipped(text, report);
    }

    // ---- the walk --------------------------------------------------------------------------

    function focusChainOf(page) {
        const chain = new Set();
        const first = page.nextItemInFocusChain(true);
        let item = first;
        for (let i = 0; item && i < 2000; ++i) {
            chain.add(item);
            item = item.nextItemInFocusChain(true);
            if (item === first)
                break;
        }
        return chain;
    }

    // In the Tab chain, or reached by the keys of a control that is (a grid of tiles is one Tab
    // stop, its arrows reach the other tiles): such a control names it in `reachedBy`.
    function reachedByKeyboard(item, chain): bool {
        let via = item;
        for (let i = 0; via && i < 4; ++i) {
            if (chain.has(via))
                return true;
            via = via.reachedBy !== undefined ? via.reachedBy : null;
        }
        return false;
    }

    function checkInteractive(item, chain, report) {
        const accessible = item.Accessible;
        if (accessible.ignored)
            report(item, "name", "interactive but hidden from screen readers (Accessible.ignored)");
        // Qt names a button by its text and gives controls a role when a screen reader is on;
        // a text field gets neither a name (Qt 6.4 does not take a placeholder as a name) nor does an icon-only button.
        const named = accessible.name !== "" || (isButton(item) && item.text !== "");
        if (!named)
            report(item, "name", "no Accessible.name");
        if (accessible.role === Accessible.NoRole && !isButton(item) && !isTextInput(item))
            report(item, "name", "no Accessible.role");
        const r = item.mapToItem(null, 0, 0, item.width, item.height);
        if (r.width < Theme.minTouchTarget - 0.5 || r.height < Theme.minTouchTarget - 0.5)
            report(item, "target", Math.round(r.width) + "×" + Math.round(r.height) + " px < "
                   + Theme.minTouchTarget + "×" + Theme.minTouchTarget);
        if (item.enabled && !reachedByKeyboard(item, chain))
            report(item, "tab", "Tab never reaches it");
    }

    function walk(item, visit) {
        TextChecks.walk(item, visit);
    }

    // Returns how many controls and texts it looked at, so a run that checks nothing shows.
    function audit(window, context: string, offenders) {
        const page = Flow.find(testCase, window, "pageStack").currentItem;
        const chain = focusChainOf(page);
        const report = (item, rule, detail) => {
            offenders.push(page.objectName + " | " + describe(item) + " | " + rule + " | " + detail + " | " + context);
        };
        const seen = {
            "controls": 0,
            "texts": 0,
            "tabStops": 0
        };
        // The page as it opens, at its top (an earlier Tab walk may have scrolled it).
        if (typeof page.scrollToTop === "function")
            page.scrollToTop();
        PageChecks.checkNothingOverContent(page, report);
        PageChecks.checkMainActionInView(page, window, walk, item => item.Accessible, report);
        PageChecks.checkWayBack(page, walk, report);
        walk(page, item => {
            if (isInteractive(item)) {
                checkInteractive(item, chain, report);
                PageChecks.checkDisabledLooksDisabled(item, isText, report);
                ++seen.controls;
            }
            if (isText(item)) {
                checkContrast(item, window, report);
                checkClipped(item, report);
                ++seen.texts;
            }
        });
        seen.tabStops = auditTabStops(window, page, chain, report);
        auditLayout(page, report);
        return seen;
    }

    // Words stay whole and no picture lies on text, over every visible text and picture.
    function auditLayout(page, report) {
        const icons = [];
        const texts = [];
        const buttons = [];
        walk(page, item => {
            if (LayoutChecks.isIcon(item))
                icons.push(item);
            else if (isText(item))
                texts.push(item);
            else if (PageChecks.isButton(item))
                buttons.push(item);
        });
        const measure = (text, font, rich) => Harness.widestWord(text, font, rich);
        for (const text of texts) {
            LayoutChecks.checkWordsWhole(text, measure, report);
            LayoutChecks.checkSmallLettersStayShort(text, report);
            LayoutChecks.checkMarkBesideWord(text, measure, report);
        }
        LayoutChecks.checkIconsOverText(icons, texts, describe, report);
        LayoutChecks.checkIconsApart(icons, buttons, describe, report);
    }

    // Tab from the first control of the page once round, as a keyboard user would; at every stop
    // the focused control must be in view with its ring drawn. Returns the number of stops.
    function auditTabStops(window, page, chain, report): int {
        const first = page.nextItemInFocusChain(true);
        if (!first || !FocusChecks.isWithin(first, page))
            return 0;
        first.forceActiveFocus(Qt.TabFocusReason);
        const seen = new Set();
        let stops = 0;
        for (let i = 0; i < 300; ++i) {
            const item = window.activeFocusItem;
            if (!item || seen.has(item))
                break;
            seen.add(item);
            ++stops;
            if (FocusChecks.isWithin(item, page))
                FocusChecks.checkFocused(item, page, window, report);
            keyClick(Qt.Key_Tab);
            // A page with one control keeps the focus on it; that is no trap.
            if (window.activeFocusItem === item && chain.size > 1) {
                report(item, "focus trap", "Tab does not move focus on");
                break;
            }
        }
        return stops;
    }

    // sizes and entries default to every window size and every page of the stage.
    function auditStage(stage: string, sizes, entries) {
        const offenders = [];
        const summary = [];
        for (const size of sizes ?? windowSizes) {
            const window = createTemporaryObject(mainComponent, testCase, {
                    "width": size[0],
                    "height": size[1]
                });
            verify(window);
            compare(window.width, size[0]);
            compare(window.height, size[1]);
            const stack = Flow.find(testCase, window, "pageStack");
            const stagePage = stack.currentItem.objectName;
            for (const entry of entries ?? pagesByStage[stage]) {
                audited.open(window, stack, entry);
                for (const highContrast of palettes) {
                    for (const scale of textScales) {
                        Display.setHighContrast(highContrast);
                        Display.setTextScale(scale);
                        audited.settle(window);
                        compare(Theme.textScale, scale);
                        compare(Theme.highContrast, highContrast);
                        const context = size[0] + "×" + size[1] + (highContrast ? " high contrast" : " calm") + " "
                                      + Math.round(scale * 100) + "%";
                        if (typeof entry !== "string" && entry.then) {
                            entry.then(window);
                            audited.settle(window);
                            const page = stack.currentItem;
                            const reportThen = (item, rule, detail) => {
                                offenders.push(page.objectName + " | " + describe(item) + " | " + rule + " | " + detail + " | " + context);
                            };
                            PageChecks.checkMessagesInView(page, window, walk, item => item.Accessible, reportThen);
                            PageChecks.checkQuestionInView(page, window, walk, item => item.Accessible, reportThen);
                        }
                        const seen = audit(window, context, offenders);
                        summary.push(stack.currentItem.objectName + " " + context + ": " + seen.controls
                                     + " controls, " + seen.texts + " texts, " + seen.tabStops + " Tab stops");
                    }
                }
                audited.close(stack, entry, stagePage);
            }
        }
        verify(summary.length > 0);
        console.log("Accessibility audit, stage " + stage + ":\n" + summary.join("\n"));
        if (offenders.length > 0) {
            console.log("Accessibility audit, stage " + stage + ": " + offenders.length + " problems\n"
                        + "page | item | rule | detail | window, palette, text size\n" + offenders.join("\n"));
        }
        compare(offenders.length, 0, "accessibility problems on stage " + stage + " (listed above):\n"
                + offenders.slice(0, 10).join("\n"));
    }

    function saveMapje(window) {
        const save = Flow.find(testCase, window, "saveButton");
        tryVerify(() => save.enabled, 5000, "the preview is ready");
        Flow.press(testCase, window, "saveButton");
        tryVerify(() => Flow.find(testCase, window, "messageNotice").visible, 3000, "the mapje is saved");
        // The page keeps the message in view while its layout settles.
        wait(350);
    }

    // Types into a new goal's words with the keyboard, as she would; no leefgebied is chosen.
    function typeNewGoalWords(window) {
        const words = Flow.find(testCase, window, "ownWordsInput");
        words.forceActiveFocus(Qt.TabFocusReason);
        for (const letter of "rust")
            keyClick(letter);
        tryVerify(() => Flow.find(testCase, window, "chooseDomainLabel").visible, 3000, "the page asks for a leefgebied");
        wait(350);
    }

    function test_audit_data() {
        return Object.keys(pagesByStage).map(stage => ({
                    "tag": stage,
                    "stage": stage
                }));
    }

    function test_audit(data) {
        audited.reachStage(data.stage);
        auditStage(data.stage);
    }

    // A conversation's board is looked at around a table: every conversation page also on a
    // tablet (1024×768) and a laptop (1280×800), in both palettes, at 100 % and 200 %.
    function test_conversationAtTheTable() {
        audited.reachStage("open");
        const conversationPages = pagesByStage["open"].filter(entry => {
            const name = typeof entry === "string" ? entry : entry.name;
            return name.startsWith("conversation") || name === "pastConversations";
        });
        verify(conversationPages.length >= 8, conversationPages.length + " conversation pages");
        auditStage("open", [[1024, 768], [1280, 800]], conversationPages);
    }

    // The audit must see problems, or a passing run proves nothing.
    Component {
        id: badPage
        Rectangle {
            objectName: "badPage"
            color: "#ffffff"
            width: 300
            height: 200

            Text {
                objectName: "paleText"
                text: "bleek"
                color: "#bbbbbb"
                font.pixelSize: 16
            }
            TextField {
                objectName: "unnamedField"
                y: 40
                width: 200
            }
            Button {
                objectName: "tinyButton"
                y: 100
                width: 20
                height: 20
                text: "x"
                focusPolicy: Qt.NoFocus
            }
            // Cannot be used, and looks as if it can: only its background is faded.
            Button {
                objectName: "usableLookingButton"
                x: 150
                y: 100
                width: 120
                height: 48
                text: "Bewaar"
                enabled: false
                background: Rectangle {
                    opacity: 0.5
                    color: "#1f4e79"
                }
                contentItem: Text {
                    text: "Bewaar"
                    color: "#1f4e79"
                }
            }
            Item {
                y: 140
                width: 40
                height: 30
                clip: true

                Text {
                    objectName: "cutText"
                    width: 40
                    text: "veel te lange tekst"
                    font.pixelSize: 16
                }
            }
        }
    }

    // Focus that cannot be seen: under the header, out of a clipped view, and without a ring.
    Component {
        id: badFocusPage
        Page {
            objectName: "badFocusPage"

            header: Rectangle {
                implicitHeight: 80
                color: "#ffffff"
            }

            MapjeButton {
                objectName: "underHeaderButton"
                y: -60
                text: "onder de kop"
            }
            Item {
                objectName: "smallView"
                y: 100
                width: 300
                height: 60
                clip: true

                MapjeButton {
                    objectName: "outOfViewButton"
                    y: 100
                    text: "buiten beeld"
                }
            }
            Button {
                objectName: "ringlessButton"
                y: 200
                text: "zonder ring"
                focusPolicy: Qt.StrongFocus
            }
        }
    }

    function test_auditFindsFocusProblems() {
        const window = createTemporaryObject(mainComponent, testCase);
        const stack = Flow.find(testCase, window, "pageStack");
        stack.push(badFocusPage, {}, StackView.Immediate);
        tryVerify(() => stack.currentItem.objectName === "badFocusPage" && !stack.busy);
        audited.settle(window);
        const offenders = [];
        const seen = audit(window, "self-test", offenders);
        compare(seen.tabStops, 3, offenders.join("\n"));
        const found = (name, rule, detail) => offenders.some(line => line.indexOf(name) >= 0
                                                             && line.indexOf("| " + rule + " |") >= 0
                                                             && line.indexOf(detail) >= 0);
        verify(found("underHeaderButton", "focus view", "under the page header"), offenders.join("\n"));
        verify(found("outOfViewButton", "focus view", "smallView"), offenders.join("\n"));
        verify(found("ringlessButton", "focus ring", "no focus ring"), offenders.join("\n"));
        verify(!found("underHeaderButton", "focus ring", ""), offenders.join("\n"));
    }

    // Words broken and pictures on text, the way people met them: a face beside a word too long
    // for its line, and a picture beside a heading that mirroring put on the same spot.
    Component {
        id: badLayoutPage
        Page {
            objectName: "badLayoutPage"

            Text {
                objectName: "brokenWord"
                width: 40
                wrapMode: Text.Wrap
                font.pixelSize: 27
                text: "Verdrietig"
            }
            Text {
                objectName: "anywhereText"
                x: 100
                width: 200
                wrapMode: Text.WrapAnywhere
                font.pixelSize: 16
                text: "kort"
            }
            Text {
                objectName: "wholeWords"
                x: 100
                y: 40
                width: 120
                wrapMode: Text.Wrap
                font.pixelSize: 16
                text: "Wil je hier iets aan veranderen?"
            }
            Item {
                y: 120
                width: 300
                height: 60
                LayoutMirroring.enabled: true
                LayoutMirroring.childrenInherit: true

                Text {
                    objectName: "mirroredHeading"
                    width: 300
                    horizontalAlignment: Text.AlignLeft
                    font.pixelSize: 24
                    text: "Geld"
                }
                MapjeIcon {
                    objectName: "iconOnHeading"
                    x: 270
                    source: "qrc:/Mapje/assets/faces/happy.svg"
                }
                // Inside the heading's box but not on its letters: no problem.
                MapjeIcon {
                    objectName: "iconBesideLetters"
                    x: 0
                    source: "qrc:/Mapje/assets/faces/sad.svg"
                }
            }
            // A picture that slid onto the next row: on another picture and on a button.
            MapjeIcon {
                objectName: "iconOnIcon"
                y: 200
                source: "qrc:/Mapje/assets/faces/happy.svg"
            }
            MapjeIcon {
                objectName: "iconUnderneath"
                x: 10
                y: 210
                source: "qrc:/Mapje/assets/faces/sad.svg"
            }
            MapjeButton {
                objectName: "buttonUnderIcon"
                x: 200
                y: 190
                text: "Invullen"
            }
            MapjeIcon {
                objectName: "iconOnButton"
                x: 210
                y: 200
                source: "qrc:/Mapje/assets/faces/unsure.svg"
            }
        }
    }

    function test_auditFindsLayoutProblems() {
        const window = createTemporaryObject(mainComponent, testCase);
        const stack = Flow.find(testCase, window, "pageStack");
        stack.push(badLayoutPage, {}, StackView.Immediate);
        tryVerify(() => stack.currentItem.objectName === "badLayoutPage" && !stack.busy);
        audited.settle(window);
        const offenders = [];
        auditLayout(stack.currentItem, (item, rule, detail) => offenders.push(describe(item) + " | " + rule + " | "
                                                                               + detail));
        const found = (name, rule, detail) => offenders.some(line => line.indexOf(name) >= 0
                                                             && line.indexOf("| " + rule + " |") >= 0
                                                             && line.indexOf(detail) >= 0);
        verify(found("brokenWord", "word broken", "in a line of 40 px"), offenders.join("\n"));
        verify(found("anywhereText", "word broken", "wraps anywhere"), offenders.join("\n"));
        verify(!found("wholeWords", "word broken", ""), offenders.join("\n"));
        verify(found("mirroredHeading", "icon over text", "iconOnHeading"), offenders.join("\n"));
        verify(!found("mirroredHeading", "icon over text", "iconBesideLetters"), offenders.join("\n"));
        verify(found("iconOnIcon", "icon over icon", "iconUnderneath"), offenders.join("\n"));
        verify(found("iconOnButton", "icon over icon", "buttonUnderIcon"), offenders.join("\n"));
        verify(!found("iconBesideLetters", "icon over icon", ""), offenders.join("\n"));
    }

    // Mirrored, the pages with a picture beside a title keep words whole and pictures off the
    // text as well: Arabic, on a phone and a kiosk, at 100 % and 200 %.
    function test_layoutInArabic() {
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        Board.chooseDomain("health");
        Board.setFeeling(Board.citizenId, "money", "sad");
        Language.choose("ar");
        const offenders = [];
        try {
            for (const size of windowSizes) {
                const window = createTemporaryObject(mainComponent, testCase, {
                        "width": size[0],
                        "height": size[1]
                    });
                const stack = Flow.find(testCase, window, "pageStack");
                for (const entry of [["feelings", {}], ["domainInfo", { "domainKey": "health" }],
                                     ["explanation", { "entryId": "bijstand" }]]) {
                    window.showPageWith(entry[0], entry[1]);
                    tryVerify(() => !stack.busy && stack.depth === 2, 5000, "page " + entry[0] + " should open");
                    verify(Language.rightToLeft, "Arabic mirrors the page");
                    for (const scale of textScales) {
                        Display.setTextScale(scale);
                        audited.settle(window);
                        // A text with a word too long for its line gets its size once the layout moved.
                        wait(20);
                        audited.settle(window);
                        auditLayout(stack.currentItem, (item, rule, detail) => offenders.push(
                                        stack.currentItem.objectName + " | " + describe(item) + " | " + rule + " | "
                                        + detail + " | " + size[0] + "×" + size[1] + " " + Math.round(scale * 100) + "%"));
                    }
                    stack.pop(null, StackView.Immediate);
                    tryVerify(() => !stack.busy);
                }
            }
        } finally {
            Language.choose("nl");
        }
        compare(offenders.length, 0, "layout problems in Arabic:\n" + offenders.join("\n"));
    }

    // Mapje answering for the person: a page that shows an answer as chosen before anyone chose.
    Component {
        id: badChoicePage
        Page {
            objectName: "badChoicePage"

            Column {
                MapjeChoiceButton {
                    objectName: "preChosen"
                    text: "Weet ik nog niet"
                    chosen: true
                }
                MapjeChoiceButton {
                    id: other
                    objectName: "other"
                    text: "Ja"
                    onClicked: other.chosen = true
                }
            }
        }
    }

    // Ticks, switches and dates count as answers too: a page that pre-ticks, pre-switches or
    // pre-fills one is found.
    Component {
        id: preTickedPage
        Page {
            objectName: "preTickedPage"

            Column {
                width: 300
                StepTick {
                    objectName: "preTicked"
                    width: 300
                    stepText: "ID-bewijs"
                    done: true
                }
                StepTick {
                    objectName: "notTicked"
                    width: 300
                    stepText: "Loonstrook"
                    done: false
                }
                MapjeSwitch {
                    objectName: "preSwitched"
                    text: "Herinner mij hieraan"
                    checked: true
                }
                MapjeDateField {
                    objectName: "preFilledDate"
                    width: 300
                    label: "Welke dag?"
                    isoDate: "2026-11-30"
                }
                MapjeDateField {
                    objectName: "emptyDate"
                    width: 300
                    label: "Welke dag?"
                }
            }
        }
    }

    function test_choiceAuditFindsPreTickedSwitchedAndFilled() {
        const window = createTemporaryObject(mainComponent, testCase);
        const stack = Flow.find(testCase, window, "pageStack");
        stack.push(preTickedPage, {}, StackView.Immediate);
        tryVerify(() => stack.currentItem.objectName === "preTickedPage" && !stack.busy);
        audited.settle(window);
        const problems = [];
        LayoutChecks.checkOnlyChosen(stack.currentItem, walk, [], detail => problems.push(detail), item => item.Accessible);
        compare(problems.length, 1);
        compare(problems[0], "shows chosen [preFilledDate, preSwitched, preTicked], the person chose []");
    }

    // A new goal and a new appointment, opened as a person opens them: nothing is chosen, ticked,
    // switched on or filled in that she did not choose, on every question of the appointment.
    function test_newGoalAndAppointmentChooseNothing() {
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        Board.chooseDomain("work");
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "homePage");
        const stack = Flow.find(testCase, window, "pageStack");
        const expectChosen = (names, step) => {
            audited.settle(window);
            LayoutChecks.checkOnlyChosen(stack.currentItem, walk, names, detail => fail(step + ": " + detail),
                                         item => item.Accessible);
        };

        Flow.press(testCase, window, "goalsButton");
        Flow.waitForPage(testCase, window, "goalsPage");
        Flow.press(testCase, window, "newGoalButton");
        Flow.waitForPage(testCase, window, "goalPage");
        expectChosen([], "a new goal");
        Flow.press(testCase, window, "domain_work");
        expectChosen(["domain_work"], "a leefgebied she picked");
        Flow.typeInto(testCase, window, "ownWords", "Werk vinden dat past");
        verify(Goals.hasCurrent);
        expectChosen(["domain_work"], "the goal written: no state, no date, no reminder");
        Flow.typeInto(testCase, window, "newStep", "Een cv maken");
        Flow.press(testCase, window, "addStepButton");
        expectChosen(["domain_work"], "a new step: not ticked, no reminder");
        Flow.press(testCase, window, "state_busy");
        expectChosen(["domain_work", "state_busy"], "a state she picked");
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "goalsPage");
        stack.pop(null, StackView.Immediate);
        Flow.waitForPage(testCase, window, "homePage");

        Flow.press(testCase, window, "appointmentsButton");
        Flow.waitForPage(testCase, window, "appointmentsPage");
        Flow.press(testCase, window, "newAppointmentButton");
        Flow.waitForPage(testCase, window, "appointmentPage");
        for (let stage = 0; stage < 7; ++stage) {
            expectChosen([], "a new appointment, question " + (stage + 1));
            if (stage < 6)
                Flow.press(testCase, window, "nextButton");
        }
    }

    function test_choiceAuditFindsAnswersNobodyChose() {
        const window = createTemporaryObject(mainComponent, testCase);
        const stack = Flow.find(testCase, window, "pageStack");
        stack.push(badChoicePage, {}, StackView.Immediate);
        tryVerify(() => stack.currentItem.objectName === "badChoicePage" && !stack.busy);
        audited.settle(window);
        const problems = [];
        LayoutChecks.checkOnlyChosen(stack.currentItem, walk, [], detail => problems.push(detail));
        compare(problems.length, 1);
        verify(problems[0].indexOf("preChosen") >= 0, problems[0]);
        Flow.press(testCase, window, "other");
        LayoutChecks.checkOnlyChosen(stack.currentItem, walk, ["other"], detail => problems.push(detail));
        compare(problems.length, 2, problems.join("\n"));
        LayoutChecks.checkOnlyChosen(stack.currentItem, walk, ["other", "preChosen"], detail => problems.push(detail));
        compare(problems.length, 2, problems.join("\n"));
    }

    // The real feelings page, one click at a time, each order a person might take: a wish before
    // a face, a note before anything. After every step the page shows as chosen exactly what
    // was chosen, and home moves on once every chosen leefgebied has a face.
    function test_onlyChosenAnswersAreChosen() {
        Vault.createVault("24680");
        tryCompare(Vault, "stage", Vault.Open, 5000);
        Board.startNewBoard(false);
        Board.chooseDomain("money");
        Board.chooseDomain("work");
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "homePage");
        compare(Board.nextStep, "feelings");
        compare(Flow.find(testCase, window, "nextStepButton").text, "Volgende stap: Hoe voelt het?");
        Flow.press(testCase, window, "nextStepButton");
        Flow.waitForPage(testCase, window, "feelingsPage");
        const page = Flow.find(testCase, window, "pageStack").currentItem;
        const expectChosen = (names, step) => {
            LayoutChecks.checkOnlyChosen(page, walk, names, detail => fail(step + ": " + detail), item => item.Accessible);
        };
        expectChosen([], "a new fiche");
        Flow.press(testCase, window, "wish_notYet");
        expectChosen(["wish_notYet"], "a wish first");
        Flow.press(testCase, window, "feeling_sad");
        expectChosen(["feeling_sad", "wish_notYet"], "then a face");
        Flow.press(testCase, window, "feeling_happy");
        expectChosen(["feeling_happy", "wish_notYet"], "another face");
        Flow.press(testCase, window, "wish_yes");
        expectChosen(["feeling_happy", "wish_yes"], "another wish");
        Flow.press(testCase, window, "nextButton");
        tryCompare(page, "title", Board.domainName("work"));
        expectChosen([], "the next leefgebied");
        Flow.typeInto(testCase, window, "note", "Eerst mijn eigen woorden");
        expectChosen([], "a note first");
        compare(Board.nextStep, "feelings");
        Flow.press(testCase, window, "feeling_unsure");
        expectChosen(["feeling_unsure"], "a face after the note");
        compare(Board.nextStep, "goals");
        Flow.press(testCase, window, "doneButton");
        Flow.waitForPage(testCase, window, "homePage");
        compare(Flow.find(testCase, window, "nextStepButton").text, "Volgende stap: Mijn doelen");
    }

    // The first screen gives "Beginnen" the focus; a keyboard user sees it has it.
    function test_firstFocusShowsRing() {
        const window = createTemporaryObject(mainComponent, testCase);
        Flow.waitForPage(testCase, window, "welcomePage");
        const start = Flow.find(testCase, window, "startButton");
        tryVerify(() => start.activeFocus, 3000, "Beginnen has the focus");
        const ring = FocusChecks.focusFrameOf(start);
        verify(ring !== null);
        tryVerify(() => ring.visible, 3000, "the focus ring of Beginnen is drawn");
    }

    function test_auditFindsProblems() {
        const window = createTemporaryObject(mainComponent, testCase);
        const stack = Flow.find(testCase, window, "pageStack");
        stack.push(badPage, {}, StackView.Immediate);
        tryVerify(() => stack.currentItem.objectName === "badPage" && !stack.busy);
        audited.settle(window);
        const offenders = [];
        audit(window, "self-test", offenders);
        const found = (name, rule) => offenders.some(line => line.indexOf(name) >= 0 && line.indexOf("| " + rule + " |") >= 0);
        verify(found("paleText", "contrast"), offenders.join("\n"));
        verify(found("unnamedField", "name"), offenders.join("\n"));
        verify(found("tinyButton", "target"), offenders.join("\n"));
        verify(found("tinyButton", "tab"), offenders.join("\n"));
        verify(found("cutText", "clipped"), offenders.join("\n"));
        verify(found("usableLookingButton", "looks usable"), offenders.join("\n"));
    }

    // A page a person cannot finish: a bar drawn over the content, the main action far below, and
    // a second way back.
    Component {
        id: badFramePage
        Page {
            objectName: "badFramePage"

            Flickable {
                objectName: "scrollArea"
                anchors.fill: parent
                contentHeight: 3000

                MapjeButton {
                    objectName: "farDoneButton"
                    y: 2500
                    primary: true
                    text: "Klaar"
                }
                MapjeButton {
                    objectName: "noBackButton"
                    y: 100
                    text: "Nee, terug"
                }
            }
            Rectangle {
                objectName: "floatingBar"
                width: parent.width
                height: 60
                color: "#ffffff"
            }
        }
    }

    function test_auditFindsFrameProblems() {
        const window = createTemporaryObject(mainComponent, testCase);
        const stack = Flow.find(testCase, window, "pageStack");
        stack.push(badFramePage, {}, StackView.Immediate);
        tryVerify(() => stack.currentItem.objectName === "badFramePage" && !stack.busy);
        audited.settle(window);
        const offenders = [];
        audit(window, "self-test", offenders);
        const found = (name, rule) => offenders.some(line => line.indexOf(name) >= 0 && line.indexOf("| " + rule + " |") >= 0);
        verify(found("floatingBar", "covers content"), offenders.join("\n"));
        verify(found("farDoneButton", "main action"), offenders.join("\n"));
        verify(found("noBackButton", "way back"), offenders.join("\n"));
        // A Mapje page opened on top of another, without its "Terug" at the top, is found too.
        stack.pop(null, StackView.Immediate);
        window.showPage("settings");
        tryVerify(() => stack.currentItem.objectName === "settingsPage" && !stack.busy);
        Flow.find(testCase, window, "backButton").visible = false;
        audited.settle(window);
        const withoutBack = [];
        audit(window, "self-test", withoutBack);
        verify(withoutBack.some(line => line.indexOf("| way back |") >= 0 && line.indexOf("no \"Terug\" at the top") >= 0),
               withoutBack.join("\n"));
    }

    // A tick box written in the same text as a long word, in a narrow line, is found.
    function test_auditFindsMarkAlone() {
        const text = createTemporaryQmlObject("import QtQuick; Text { width: 200; wrapMode: Text.Wrap; font.pixelSize: 24; "
                                              + "text: \"☐ Bankafschriften\" }", testCase);
        const problems = [];
        const measure = (words, font, rich) => Harness.widestWord(words, font, rich);
        LayoutChecks.checkMarkBesideWord(text, measure, (item, rule, detail) => problems.push(rule + ": " + detail));
        verify(problems.some(line => line.startsWith("mark alone")), problems.join("; "));
        text.width = 600;
        problems.length = 0;
        LayoutChecks.checkMarkBesideWord(text, measure, (item, rule, detail) => problems.push(rule + ": " + detail));
        compare(problems.length, 0, problems.join("; "));
    }

    // A message whose every word went small for one long word is found; the line with the long
    // word alone may go small.
    function test_auditFindsSmallLetters() {
        const text = createTemporaryQmlObject("import QtQuick; import Mapje; Text { id: t; width: 120; wrapMode: Text.Wrap; "
                                              + "font.pixelSize: fit.pixelSize; text: \"Het bestand heet mapje-2026-12-06-voorbeeld.pdf en staat klaar.\"; "
                                              + "WholeWordSize { id: fit; preferredPixelSize: 24; smallestShare: 0.35; words: t.text; lineWidth: t.width } }",
                                              testCase);
        tryVerify(() => text.font.pixelSize < 18, 2000, "the long word made the letters smaller");
        const problems = [];
        LayoutChecks.checkSmallLettersStayShort(text, (item, rule, detail) => problems.push(rule + ": " + detail));
        verify(problems.some(line => line.startsWith("small letters")), problems.join("; "));
        text.text = "Het bestand heet mapje-2026-12-06-voorbeeld.pdf.";
        tryVerify(() => text.font.pixelSize < 18, 2000);
        problems.length = 0;
        LayoutChecks.checkSmallLettersStayShort(text, (item, rule, detail) => problems.push(rule + ": " + detail));
        compare(problems.length, 0, problems.join("; "));
    }

    // A message that came after a yes but starts under the header is found: the saved mapje's
    // message on a phone at 150 %, with the page scrolled back to its top.
    function test_auditFindsMessageOutOfView() {
        audited.reachStage("open");
        Display.setTextScale(1.5);
        const window = createTemporaryObject(mainComponent, testCase, {
                "width": 360,
                "height": 640
            });
        const stack = Flow.find(testCase, window, "pageStack");
        window.showPage("preview");
        tryVerify(() => stack.currentItem.objectName === "previewPage" && !stack.busy);
        saveMapje(window);
        const problems = [];
        const report = (item, rule, detail) => problems.push(rule + ": " + detail);
        PageChecks.checkMessagesInView(stack.currentItem, window, walk, item => item.Accessible, report);
        compare(problems.length, 0, "the page shows the message it brought: " + problems.join("; "));
        stack.currentItem.scrollToTop();
        PageChecks.checkMessagesInView(stack.currentItem, window, walk, item => item.Accessible, report);
        verify(problems.some(line => line.startsWith("message out of view")), problems.join("; "));
        Display.setTextScale(1.0);
    }

    // While she types a new goal, the question above her words is in view; scrolled away, the
    // audit says so.
    function test_auditFindsQuestionOutOfView() {
        audited.reachStage("open");
        Display.setTextScale(1.5);
        const window = createTemporaryObject(mainComponent, testCase, {
                "width": 360,
                "height": 640
            });
        const stack = Flow.find(testCase, window, "pageStack");
        window.showPageWith("goal", { "goalId": "" });
        tryVerify(() => stack.currentItem.objectName === "goalPage" && !stack.busy);
        typeNewGoalWords(window);
        const problems = [];
        const report = (item, rule, detail) => problems.push(rule + ": " + detail);
        PageChecks.checkQuestionInView(stack.currentItem, window, walk, item => item.Accessible, report);
        compare(problems.length, 0, "the question shows while she types: " + problems.join("; "));
        const flick = Flow.find(testCase, window, "pageFlick");
        const question = Flow.find(testCase, window, "ownWords");
        flick.contentY += question.mapToItem(flick, 0, 0).y + 40;
        PageChecks.checkQuestionInView(stack.currentItem, window, walk, item => item.Accessible, report);
        verify(problems.some(line => line.startsWith("question out of view")), problems.join("; "));
        Display.setTextScale(1.0);
    }

    // Shift+Tab back up into a box on a phone at 150 %: the question above it comes into view
    // with it (the box alone would stop at the top edge, its question under the header).
    function test_tabIntoABoxShowsItsQuestion() {
        audited.reachStage("open");
        Display.setTextScale(1.5);
        const window = createTemporaryObject(mainComponent, testCase, {
                "width": 360,
                "height": 640
            });
        const stack = Flow.find(testCase, window, "pageStack");
        window.showPageWith("goal", { "goalId": audited.goalId });
        tryVerify(() => stack.currentItem.objectName === "goalPage" && !stack.busy);
        audited.settle(window);
        const flick = Flow.find(testCase, window, "pageFlick");
        // Down to the end of the page, then back up to her words.
        for (let i = 0; i < 40 && flick.contentY + flick.height < flick.contentHeight - 1; ++i)
            keyClick(Qt.Key_Tab);
        wait(350);
        for (let i = 0; i < 40 && window.activeFocusItem?.objectName !== "ownWordsInput"; ++i)
            keyClick(Qt.Key_Tab, Qt.ShiftModifier);
        compare(window.activeFocusItem.objectName, "ownWordsInput");
        wait(350);
        const problems = [];
        FocusChecks.checkFocused(window.activeFocusItem, stack.currentItem, window,
                                 (item, rule, detail) => problems.push(rule + ": " + detail));
        compare(problems.length, 0, problems.join("; "));
        // Scrolled away from the question, the check says so.
        const box = window.activeFocusItem;
        flick.contentY = box.mapToItem(flick.contentItem, 0, 0).y - 4;
        FocusChecks.checkFocused(box, stack.currentItem, window, (item, rule, detail) => problems.push(rule + ": " + detail));
        verify(problems.some(line => line.startsWith("question out of view")), problems.join("; "));
        Display.setTextScale(1.0);
    }
}
