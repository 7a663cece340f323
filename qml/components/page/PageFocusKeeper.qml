import QtQuick
import Mapje

// MapjePage's keyboard focus rules, so the page itself stays about its layout. Keyboard focus
// never gets lost: whatever takes it by Tab, arrows or a page opening is scrolled fully into view
// and shows its focus ring. A tap is left alone: scrolling under a finger that is still pressing
// would move the button away before it is released. Invisible; it lives inside the page it keeps.
Item {
    id: keeper

    // The page (a focus scope), its scrolling area with the scroll's animation, and the column
    // of its content.
    required property Item page
    required property Flickable flick
    required property NumberAnimation scrollAnimation
    required property Item content
    // See MapjePage: where the focus goes when its control is gone, and whether the page keeps
    // the control it focused on opening even below the first screen.
    property Item preferredFocus: null
    property bool keepsOpeningFocus: false

    // Room for the focus ring drawn just outside the control, and a little air.
    readonly property real ringRoom: Theme.focusWidth + 2 + Theme.spacingSmall

    // Untyped: the focus reason is a property of controls, not of every Item.
    readonly property var focused: Window.activeFocusItem

    // The control the page focused as it opened, while the page is still settling.
    property Item openingFocus: null
    // The control the page itself gives the focus to (focus: true), not one a test or an action
    // focuses at once after the page opened.
    property Item declaredFocus: null
    // The stack has shown the page: focus given from now on is the citizen's or an action's.
    property bool activated: false
    // The message keepAlongWithFocus named, while it shows and its field has the focus.
    property Item alsoInView: null
    property Item alsoFor: null
    // The control that had the keyboard focus last, to hand the focus on if it turns off.
    property Item lastControl: null
    // The view changed size since the last keepFocusInView.
    property bool resized: false

    // Once the layouts have placed what just changed.
    function keepFocusInViewSoon() {
        keepTimer.restart();
    }

    // The view got another size (a kiosk's keyboard came up, a phone turned, larger text): the
    // control the citizen is in stays in view, even one she tapped, for she did not move it.
    function keepFocusInViewAfterResize() {
        keeper.resized = true;
        keepTimer.restart();
    }

    // A message just below a field comes into view together with the field (and its question,
    // see keepInView) while it has focus.
    function keepAlongWithFocus(message: Item, field: Item) {
        keeper.alsoInView = message;
        keeper.alsoFor = field;
        alsoTimer.restart();
    }

    // The stack has shown the page (again).
    function pageActivated() {
        // The keyboard is on the page the stack shows, never on one it took away (the closing
        // page gone under the summary): else Page Down and Tab do nothing until a click.
        if (!keeper.focused || !keeper.insidePage(keeper.focused))
            keeper.page.forceActiveFocus(Qt.OtherFocusReason);
        keeper.leaveHiddenControl();
        keepTimer.restart();
        activatedTimer.restart();
    }

    // The page was shown or hidden: a control that hid meanwhile hands on its focus.
    function pageVisibilityChanged() {
        hiddenTimer.restart();
    }

    // In the content, the header or the actions of this page (not of a page below it).
    function insidePage(item: Item): bool {
        for (let p = item; p; p = p.parent) {
            if (p === keeper.page)
                return true;
        }
        return false;
    }

    // Every scrolling area around the item, innermost first, up to the page's own. With
    // `along` (a message below it), the two together when they fit; else the item.
    function keepInView(item: Item, along: Item) {
        if (!item || !item.visible || !keeper.insidePage(item))
            return;
        const flick = keeper.flick;
        const scrollAnimation = keeper.scrollAnimation;
        for (let p = item.parent; p; p = p.parent) {
            const isFlickable = p.contentItem !== undefined && p.contentY !== undefined
                              && p.contentHeight !== undefined && p.originY !== undefined;
            if (!isFlickable)
                continue;
            const r = item.mapToItem(p.contentItem, 0, 0, item.width, item.height);
            let top = r.y - keeper.ringRoom;
            let bottom = r.y + r.height + keeper.ringRoom;
            // A text box shows its question above it (MapjeTextArea, MapjeTextField) when they fit.
            const question = keeper.questionOf(item);
            const questionTop = question && question.visible
                ? Math.min(top, question.mapToItem(p.contentItem, 0, 0).y - keeper.ringRoom) : top;
            if (along && along.visible && along.height > 0) {
                // The question, the field and all of the message, else as much of the message as
                // fits down to its first line; when not even that fits, the field with the
                // message but without the question.
                const a = along.mapToItem(p.contentItem, 0, 0, along.width, along.height);
                const ends = [a.y + a.height, a.y + Math.min(a.height, 3 * Theme.fontBody),
                              a.y + Math.min(a.height, 1.5 * Theme.fontBody)].map(end => end + keeper.ringRoom);
                const withQuestion = ends.find(end => end - questionTop <= p.height);
                const withoutQuestion = ends.slice(0, 2).find(end => end - top <= p.height);
                if (withQuestion !== undefined) {
                    top = questionTop;
                    bottom = Math.max(bottom, withQuestion);
                } else if (withoutQuestion !== undefined) {
                    bottom = Math.max(bottom, withoutQuestion);
                }
            } else if (bottom - questionTop <= p.height) {
                top = questionTop;
            }
            // While the page still glides to an earlier stop, start from where it is going.
            let y = p === flick && scrollAnimation.running ? scrollAnimation.to : p.contentY;
            if (bottom > y + p.height)
                y = bottom - p.height;
            // A control taller than the view shows its top.
            if (top < y)
                y = top;
            y = Math.max(p.originY, Math.min(y, p.originY + p.contentHeight - p.height));
            // The page opens at its heading: a control it focused on opening that lies below
            // the first screen (large text on a phone) does not pull the page down; the page
            // holds the focus itself until the first Tab.
            if (p === flick && item === keeper.openingFocus && y > p.originY + 0.5) {
                // Not while the focus is still being handed out.
                holdTimer.restart();
                return;
            }
            if (Math.abs(y - p.contentY) < 0.5)
                continue;
            if (p === flick && !Display.reducedMotion) {
                scrollAnimation.to = y;
                scrollAnimation.restart();
            } else {
                if (p === flick)
                    scrollAnimation.stop();
                p.contentY = y;
            }
            if (p === flick)
                break;
        }
    }

    // The holder of a text box's question (MapjeTextArea, MapjeTextField: a `label` above the
    // box), or null.
    function questionOf(item): Item {
        if (item.cursorPosition === undefined)
            return null;
        for (let p = item.parent; p && p !== keeper.page; p = p.parent) {
            if (typeof p.label === "string")
                return p.label !== "" ? p : null;
        }
        return null;
    }

    function follow() {
        const item = keeper.focused;
        if (!item || !keeper.insidePage(item))
            return;
        const reason = item.focusReason;
        if (reason === Qt.MouseFocusReason)
            return;
        // Focus a page gives on opening (focus: true) is keyboard focus too: a keyboard user
        // starts there, so the ring shows from the start.
        if (item === keeper.declaredFocus && !keeper.activated && openingTimer.running && !keeper.keepsOpeningFocus)
            keeper.openingFocus = item;
        if (reason !== undefined && item.visualFocus === false)
            item.focusReason = Qt.TabFocusReason;
        keeper.keepInView(item, keeper.alongFocus());
        // A layout may still move the control at its next polish.
        keepTimer.restart();
    }

    function keepFocusInView() {
        const item = keeper.focused;
        const resized = keeper.resized;
        keeper.resized = false;
        // A tap or click put the focus where the citizen sees it: the page does not jump then.
        if (item && (resized || item.focusReason !== Qt.MouseFocusReason))
            keeper.keepInView(item, keeper.alongFocus());
    }

    function findDeclaredFocus(item: Item): Item {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child.focus && child.activeFocusOnTab)
                return child;
            const found = keeper.findDeclaredFocus(child);
            if (found)
                return found;
        }
        return null;
    }

    function holdFocusAtTop() {
        const item = keeper.openingFocus;
        if (!item || keeper.focused !== item)
            return;
        keeper.openingFocus = null;
        keeper.scrollAnimation.stop();
        keeper.flick.contentY = keeper.flick.originY;
        // The control lets go of its focus, or the page (a focus scope) would hand it back.
        item.focus = false;
        keeper.page.forceActiveFocus(Qt.OtherFocusReason);
    }

    function alongFocus(): Item {
        return keeper.alsoInView && keeper.alsoInView.visible && keeper.focused === keeper.alsoFor ? keeper.alsoInView : null;
    }

    // A control that hides while it has the focus (or hid while another page was on top)
    // hands it to the next control, so a keyboard user never holds an invisible one.
    function leaveHiddenControl() {
        if (!keeper.page.visible)
            return;
        // A control that turned off while it had the focus (no "Hoger" for the first row)
        // left it on the page itself: it goes to the control nearest to it.
        const left = keeper.lastControl;
        if (left && !left.enabled && left.visible && keeper.insidePage(left)
                && (!keeper.focused || !keeper.focused.activeFocusOnTab)) {
            keeper.handOnFrom(left);
            return;
        }
        const item = keeper.focused;
        if (!item || item.visible || !keeper.insidePage(item))
            return;
        if (keeper.preferredFocus && keeper.preferredFocus.visible && keeper.preferredFocus.enabled) {
            keeper.preferredFocus.forceActiveFocus(Qt.TabFocusReason);
            return;
        }
        const next = item.nextItemInFocusChain(true);
        if (next && next.visible && next !== item)
            next.forceActiveFocus(Qt.TabFocusReason);
        else
            keeper.page.forceActiveFocus(Qt.TabFocusReason);
    }

    // The next or the previous control, whichever shares more of the tree with the one that
    // turned off ("Lager" beside "Hoger" rather than the next row or the page's actions); the
    // next on a tie.
    function handOnFrom(item: Item) {
        const next = item.nextItemInFocusChain(true);
        const previous = item.nextItemInFocusChain(false);
        const usable = candidate => candidate && candidate !== item && candidate.visible
                                    && candidate.enabled && keeper.insidePage(candidate);
        let target = usable(next) ? next : null;
        if (usable(previous) && (!target || keeper.sharedDepth(item, previous) > keeper.sharedDepth(item, next)))
            target = previous;
        if (target)
            target.forceActiveFocus(Qt.TabFocusReason);
    }

    // How deep in the tree the nearest item holding both lies.
    function sharedDepth(a: Item, b: Item): int {
        const above = [];
        for (let p = a; p; p = p.parent)
            above.push(p);
        for (let p = b; p; p = p.parent) {
            const at = above.indexOf(p);
            if (at >= 0)
                return above.length - at;
        }
        return 0;
    }

    visible: false
    width: 0
    height: 0

    onFocusedChanged: {
        if (keeper.focused !== keeper.openingFocus)
            keeper.openingFocus = null;
        if (keeper.focused && keeper.focused !== keeper.page && keeper.insidePage(keeper.focused)
                && keeper.focused.activeFocusOnTab)
            keeper.lastControl = keeper.focused;
        else if (keeper.lastControl && !keeper.lastControl.enabled)
            hiddenTimer.restart();
        keeper.follow();
    }
    Component.onCompleted: keeper.declaredFocus = keeper.findDeclaredFocus(keeper.content)

    // Next turn of the event loop: after the layouts have placed what just changed.
    Timer {
        id: keepTimer
        interval: 0
        onTriggered: keeper.keepFocusInView()
    }
    // The first moments of the page, while its layout settles: see openingFocus.
    Timer {
        id: openingTimer
        interval: 1500
        running: true
        onTriggered: keeper.openingFocus = null
    }
    Timer {
        id: holdTimer
        interval: 0
        onTriggered: keeper.holdFocusAtTop()
    }
    // After the focus the stack hands out with the page.
    Timer {
        id: activatedTimer
        interval: 0
        onTriggered: keeper.activated = true
    }
    Timer {
        id: alsoTimer
        interval: 0
        onTriggered: {
            const along = keeper.alongFocus();
            if (along)
                keeper.keepInView(keeper.focused, along);
        }
    }
    Timer {
        id: hiddenTimer
        interval: 0
        onTriggered: keeper.leaveHiddenControl()
    }

    Connections {
        target: keeper.focused
        function onVisibleChanged() {
            hiddenTimer.restart();
        }
    }
}
