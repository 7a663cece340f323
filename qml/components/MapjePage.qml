import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// A page of Mapje: one column of content, centred, scrollable, never wider than reads well.
Page {
    id: root

    default property alias content: column.data
    property alias contentColumn: column
    // Pages with tiles may use more of a large screen than pages of text.
    property int maxContentWidth: Theme.contentMaxWidth
    // The page's main actions ("Klaar", "Volgende"): below the content, never scrolled away, so
    // they are reachable without scrolling past everything else.
    property alias actions: actionsGrid.data
    // A page opened on top of another shows "Terug" at the top (the navigator says so).
    property bool canGoBack: false
    // Where the focus goes when the control that had it is gone (home after "Klaar": the next
    // step, not whatever control happens to follow); unset, the next control in the chain.
    property Item preferredFocus: null
    // A page for one answer (the code) keeps the control it focused on opening even when that
    // lies below the first screen; other pages then open at their heading and hold the focus
    // themselves until the first Tab.
    property bool keepsOpeningFocus: false
    // A page with steps of its own (choose a code, then type it again) goes back a step first.
    property bool hasPreviousStep: false

    // A hard word's link or "Uitleg" button was used; Main opens the explanation of that id.
    signal explanationRequested(string id)
    // "Terug" (or Escape) on a page with no step to go back to: the navigator closes the page.
    signal backRequested
    // "Terug" while the page has a step of its own to go back to.
    signal previousStepRequested

    function goBack() {
        if (root.hasPreviousStep)
            root.previousStepRequested();
        else
            root.backRequested();
    }

    // What a yes brought (a message below everything) comes into view. The message is laid out a
    // moment after it appears: the page stays at its end while the layout settles. With `from`
    // (the message), its first line is never scrolled under the header, even if the end must
    // then wait below the fold.
    function scrollToEnd(from: Item) {
        scrollAnimation.stop();
        d.endFrom = from ?? null;
        d.atEnd();
        endTimer.restart();
    }

    // Something moved the focused control without moving the focus (a row put higher): bring
    // it back into view once the layouts have placed it.
    function keepFocusInView() {
        keepTimer.restart();
    }

    // A message that typing brought, just below the field (a choice still to make), comes into
    // view together with the field, whether the field was reached by keyboard or by mouse; and
    // again whenever the field has the focus while the message shows.
    function keepInViewWithFocus(message: Item, field: Item) {
        d.alsoInView = message;
        d.alsoFor = field;
        alsoTimer.restart();
    }

    // The next step of a page that shows one thing at a time starts at its top.
    function scrollToTop() {
        scrollAnimation.stop();
        flick.contentY = flick.originY;
    }

    // The page's text as a reader meets it, top to bottom: headings, labels, notices and buttons.
    // Hidden and decorative (Accessible.ignored) items are left out, and of a text field only its
    // name is read, never what was typed. Used by "Lees voor", which hands it to ReadAloud.say.
    function readableText(): string {
        // The content, then the main actions below it, as they stand on the screen.
        const content = root.textOf(column);
        const actions = root.footer.visible ? root.textOf(actionsGrid) : "";
        return content + (content !== "" && actions !== "" ? "\n" : "") + actions;
    }

    function textOf(item: Item): string {
        let text = "";
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (!child.visible)
                continue;
            // Read first, so the button's text follows changes of this text too.
            const shown = typeof child.text === "string" ? child.text : "";
            const typedInto = child.cursorPosition !== undefined;
            const accessible = ReadAloud.accessibilityOf(child);
            if (accessible.ignored)
                continue;
            const name = accessible.exists ? accessible.name : "";
            let piece = "";
            if (name !== "" || (shown !== "" && !typedInto)) {
                piece = name !== "" ? name : shown;
                if (accessible.exists && accessible.description)
                    piece += "\n" + accessible.description;
            } else {
                piece = root.textOf(child);
            }
            if (piece !== "")
                text += (text === "" ? "" : "\n") + piece;
        }
        return text;
    }

    // Keyboard focus never gets lost: whatever takes it by Tab, arrows or a page opening is
    // scrolled fully into view and shows its focus ring. A tap is left alone: scrolling under a
    // finger that is still pressing would move the button away before it is released.
    QtObject {
        id: d

        // Untyped: the focus reason is a property of controls, not of every Item.
        readonly property var focused: root.Window.activeFocusItem
        // Room for the focus ring drawn just outside the control, and a little air.
        readonly property real ringRoom: Theme.focusWidth + 2 + Theme.spacingSmall

        // In the content, the header or the actions of this page (not of a page below it).
        function insidePage(item: Item): bool {
            for (let p = item; p; p = p.parent) {
                if (p === root)
                    return true;
            }
            return false;
        }

        // Every scrolling area around the item, innermost first, up to the page's own. With
        // `along` (a message below it), the two together when they fit; else the item.
        function keepInView(item: Item, along: Item) {
            if (!item || !item.visible || !d.insidePage(item))
                return;
            for (let p = item.parent; p; p = p.parent) {
                const isFlickable = p.contentItem !== undefined && p.contentY !== undefined
                                  && p.contentHeight !== undefined && p.originY !== undefined;
                if (!isFlickable)
                    continue;
                const r = item.mapToItem(p.contentItem, 0, 0, item.width, item.height);
                const top = r.y - d.ringRoom;
                let bottom = r.y + r.height + d.ringRoom;
                if (along && along.visible && along.height > 0) {
                    // All of the message if it fits with the item, else its first lines.
                    const a = along.mapToItem(p.contentItem, 0, 0, along.width, along.height);
                    const whole = a.y + a.height + d.ringRoom;
                    const start = a.y + Math.min(a.height, 3 * Theme.fontBody) + d.ringRoom;
                    if (whole - top <= p.height)
                        bottom = Math.max(bottom, whole);
                    else if (start - top <= p.height)
                        bottom = Math.max(bottom, start);
                }
                // While the page still glides to an earlier stop, start from where it is going.
                let y = p === flick && scrollAnimation.running ? scrollAnimation.to : p.contentY;
                if (bottom > y + p.height)
                    y = bottom - p.height;
                // A control taller than the view shows its top.
                if (top < y)
                    y = top;
                y = Math.max(p.originY, Math.min(y, p.originY + p.contentHeight - p.height));
                // The page opens at its heading: a control it focused on opening that lies
                // below the first screen (large text on a phone) does not pull the page down;
                // the page holds the focus itself until the first Tab.
                if (p === flick && item === d.openingFocus && y > p.originY + 0.5) {
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

        function follow() {
            const item = d.focused;
            if (!item || !d.insidePage(item))
                return;
            const reason = item.focusReason;
            if (reason === Qt.MouseFocusReason)
                return;
            // Focus a page gives on opening (focus: true) is keyboard focus too: a keyboard user
            // starts there, so the ring shows from the start.
            if (item === d.declaredFocus && !d.activated && openingTimer.running && !root.keepsOpeningFocus)
                d.openingFocus = item;
            if (reason !== undefined && item.visualFocus === false)
                item.focusReason = Qt.TabFocusReason;
            d.keepInView(item, d.alongFocus());
            // A layout may still move the control at its next polish.
            keepTimer.restart();
        }

        function keepFocusInView() {
            const item = d.focused;
            if (item && item.focusReason !== Qt.MouseFocusReason)
                d.keepInView(item, d.alongFocus());
        }

        // The control the page focused as it opened, while the page is still settling.
        property Item openingFocus: null
        // The control the page itself gives the focus to (focus: true), not one a test or an
        // action focuses at once after the page opened.
        property Item declaredFocus: null
        function findDeclaredFocus(item: Item): Item {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i];
                if (child.focus && child.activeFocusOnTab)
                    return child;
                const found = d.findDeclaredFocus(child);
                if (found)
                    return found;
            }
            return null;
        }
        // The stack has shown the page: focus given from now on is the citizen's or an action's.
        property bool activated: false
        function holdFocusAtTop() {
            const item = d.openingFocus;
            if (!item || d.focused !== item)
                return;
            d.openingFocus = null;
            scrollAnimation.stop();
            flick.contentY = flick.originY;
            // The control lets go of its focus, or the page (a focus scope) would hand it back.
            item.focus = false;
            root.forceActiveFocus(Qt.OtherFocusReason);
        }

        // The message keepInViewWithFocus named, while it shows and its field has the focus.
        property Item alsoInView: null
        property Item alsoFor: null
        function alongFocus(): Item {
            return d.alsoInView && d.alsoInView.visible && d.focused === d.alsoFor ? d.alsoInView : null;
        }

        // A control that hides while it has the focus (or hid while another page was on top)
        // hands it to the next control, so a keyboard user never holds an invisible one.
        function leaveHiddenControl() {
            if (!root.visible)
                return;
            // A control that turned off while it had the focus (no "Hoger" for the first row)
            // left it on the page itself: it goes to the control nearest to it.
            const left = d.lastControl;
            if (left && !left.enabled && left.visible && d.insidePage(left)
                    && (!d.focused || !d.focused.activeFocusOnTab)) {
                d.handOnFrom(left);
                return;
            }
            const item = d.focused;
            if (!item || item.visible || !d.insidePage(item))
                return;
            if (root.preferredFocus && root.preferredFocus.visible && root.preferredFocus.enabled) {
                root.preferredFocus.forceActiveFocus(Qt.TabFocusReason);
                return;
            }
            const next = item.nextItemInFocusChain(true);
            if (next && next.visible && next !== item)
                next.forceActiveFocus(Qt.TabFocusReason);
            else
                root.forceActiveFocus(Qt.TabFocusReason);
        }

        // The next or the previous control, whichever shares more of the tree with the one
        // that turned off ("Lager" beside "Hoger" rather than the next row or the page's
        // actions); the next on a tie.
        function handOnFrom(item: Item) {
            const next = item.nextItemInFocusChain(true);
            const previous = item.nextItemInFocusChain(false);
            const usable = candidate => candidate && candidate !== item && candidate.visible
                                        && candidate.enabled && d.insidePage(candidate);
            let target = usable(next) ? next : null;
            if (usable(previous) && (!target || d.sharedDepth(item, previous) > d.sharedDepth(item, next)))
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

        // Where scrollToEnd keeps the start of what it shows.
        property Item endFrom: null

        function atEnd() {
            let y = flick.originY + flick.contentHeight - flick.height;
            if (d.endFrom && d.endFrom.visible)
                y = Math.min(y, d.endFrom.mapToItem(flick.contentItem, 0, 0).y - d.ringRoom);
            flick.contentY = Math.max(flick.originY, y);
        }

        function actionsFitInOneRow(): bool {
            let needed = 0;
            let shown = 0;
            for (let i = 0; i < actionsGrid.children.length; ++i) {
                const action = actionsGrid.children[i];
                if (!action.visible)
                    continue;
                needed += action.implicitWidth;
                ++shown;
            }
            return needed + Math.max(0, shown - 1) * actionsGrid.columnSpacing <= actionsGrid.width;
        }

        // The control that had the keyboard focus last, to hand the focus on if it turns off.
        property Item lastControl: null

        // "Lees voor" was pressed on this page, and reading aloud turned out not to work.
        property bool readAloudAsked: false
        property bool readAloudRefused: false

        onFocusedChanged: {
            if (d.focused !== d.openingFocus)
                d.openingFocus = null;
            if (d.focused && d.focused !== root && d.insidePage(d.focused) && d.focused.activeFocusOnTab)
                d.lastControl = d.focused;
            else if (d.lastControl && !d.lastControl.enabled)
                hiddenTimer.restart();
            d.follow();
        }
    }

    // Next turn of the event loop: after the layouts have placed what just changed.
    Timer {
        id: keepTimer
        interval: 0
        onTriggered: d.keepFocusInView()
    }
    // The first moments of the page, while its layout settles: see openingFocus.
    Timer {
        id: openingTimer
        interval: 1500
        running: true
        onTriggered: d.openingFocus = null
    }
    Timer {
        id: holdTimer
        interval: 0
        onTriggered: d.holdFocusAtTop()
    }
    // After the focus the stack hands out with the page.
    Timer {
        id: activatedTimer
        interval: 0
        onTriggered: d.activated = true
    }
    Timer {
        id: alsoTimer
        interval: 0
        onTriggered: {
            const along = d.alongFocus();
            if (along)
                d.keepInView(d.focused, along);
        }
    }
    Timer {
        id: endTimer
        interval: 300
    }
    Timer {
        id: hiddenTimer
        interval: 0
        onTriggered: d.leaveHiddenControl()
    }

    Connections {
        target: d.focused
        function onVisibleChanged() {
            hiddenTimer.restart();
        }
    }

    // "Lees voor" pressed while the engine was still starting was answered yes; when the engine
    // then turns out to have no voice, the page shown still says why.
    Connections {
        target: ReadAloud
        enabled: d.readAloudAsked && root.visible
        function onRefused() {
            d.readAloudRefused = true;
        }
    }

    Component.onCompleted: d.declaredFocus = d.findDeclaredFocus(column)
    StackView.onActivated: {
        d.leaveHiddenControl();
        keepTimer.restart();
        activatedTimer.restart();
    }
    onVisibleChanged: hiddenTimer.restart()

    background: Rectangle {
        color: Theme.background
    }
    // The page holds the focus itself (it opened at its heading): the first Tab starts at the
    // top, with "Terug" or "Lees voor", not at the actions at the bottom.
    Keys.onTabPressed: event => {
        const first = root.activeFocus ? root.header.nextItemInFocusChain(true) : null;
        event.accepted = first !== null && d.insidePage(first);
        if (event.accepted)
            first.forceActiveFocus(Qt.TabFocusReason);
    }
    Keys.onEscapePressed: event => {
        event.accepted = root.canGoBack;
        if (root.canGoBack)
            root.goBack();
    }

    // On every page, above the content and never scrolled away: the way back and "Lees voor".
    header: Rectangle {
        implicitHeight: headerColumn.implicitHeight + Theme.spacingSmall
        color: Theme.background

        ColumnLayout {
            id: headerColumn
            x: Math.max(Theme.spacingLarge, (parent.width - width) / 2)
            y: Theme.spacingSmall
            width: Math.min(root.maxContentWidth, parent.width - 2 * Theme.spacingLarge)
            spacing: Theme.spacingSmall

            // Side by side when both fit; with large text on a phone one under the other, so
            // no word has to break.
            GridLayout {
                Layout.fillWidth: true
                // "Terug" at the start, "Lees voor" at the end, room between them.
                columns: backLoader.visible && backLoader.implicitWidth + readAloudButton.implicitWidth
                         + Theme.spacing > headerColumn.width ? 1 : 3
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacingSmall

                // Made only on a page opened on top of another: a stage page, the first one
                // drawn, has no way back to build.
                Loader {
                    id: backLoader
                    // Room of its own in the row, but never wider than its words.
                    Layout.fillWidth: true
                    Layout.maximumWidth: Math.min(implicitWidth, headerColumn.width)
                    Layout.alignment: Qt.AlignLeft | Qt.AlignVCenter
                    active: root.canGoBack
                    visible: root.canGoBack
                    sourceComponent: MapjeBackButton {
                        objectName: "backButton"
                    }
                    // Connected here: the page's ids are out of reach inside the component.
                    onLoaded: (backLoader.item as MapjeBackButton).clicked.connect(root.goBack)
                }
                Item {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 0
                }
                ReadAloudButton {
                    id: readAloudButton
                    objectName: "readAloudButton"
                    Layout.fillWidth: true
                    Layout.maximumWidth: Math.min(implicitWidth, headerColumn.width)
                    Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                    onReadRequested: {
                        d.readAloudAsked = true;
                        if (!ReadAloud.say(root.readableText()))
                            d.readAloudRefused = true;
                    }
                }
            }
            // Why reading aloud does not work here: made only once "Lees voor" was refused, not
            // on every page at start.
            Loader {
                Layout.fillWidth: true
                active: d.readAloudRefused
                visible: d.readAloudRefused
                sourceComponent: MapjeNotice {
                    objectName: "readAloudNotice"
                    text: ReadAloud.unavailableMessage
                }
            }
        }
    }

    // The main actions side by side when they fit, else one under the other.
    footer: Rectangle {
        objectName: "pageActions"
        // Not visibleChildren: a hidden footer hides its children, which would keep it hidden.
        visible: actionsGrid.children.length > 0
        implicitHeight: visible ? actionsGrid.implicitHeight + 2 * Theme.spacingSmall : 0
        color: Theme.background

        // A quiet line tells the actions apart from the content scrolling above them.
        Rectangle {
            width: parent.width
            height: Theme.borderWidth
            color: Theme.border
        }
        GridLayout {
            id: actionsGrid
            x: Math.max(Theme.spacingLarge, (parent.width - width) / 2)
            y: Theme.spacingSmall
            // As wide as a column of text: a lone "Klaar" never stretches across a kiosk screen.
            width: Math.min(Theme.contentMaxWidth, parent.width - 2 * Theme.spacingLarge)
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacingSmall
            columns: d.actionsFitInOneRow() ? Math.max(1, actionsGrid.visibleChildren.length) : 1
        }
    }

    Flickable {
        id: flick
        objectName: "pageFlick"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        // A smaller window (a phone turned, text made larger) keeps the focused control in view.
        onHeightChanged: keepTimer.restart()
        // So does content that grows or settles after the focus was given (a page opening).
        onContentHeightChanged: {
            if (endTimer.running)
                d.atEnd();
            else
                keepTimer.restart();
        }

        ScrollBar.vertical: ScrollBar {}

        NumberAnimation {
            id: scrollAnimation
            target: flick
            property: "contentY"
            duration: Theme.motionDuration
            easing.type: Easing.OutCubic
        }

        ColumnLayout {
            id: column
            x: Math.max(Theme.spacingLarge, (flick.width - width) / 2)
            y: Theme.spacingLarge
            width: Math.min(root.maxContentWidth, flick.width - 2 * Theme.spacingLarge)
            spacing: Theme.spacingLarge
        }
    }
}
