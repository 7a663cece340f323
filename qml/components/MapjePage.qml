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
    property alias actions: pageActions.actions
    // A choice that stays in view above the actions ("Wie vertelt nu?" in a conversation).
    property alias actionsAbove: pageActions.above
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
    // Escape goes back; a conversation's pages use it for "Pauze" instead (escapePressed).
    property bool escapeGoesBack: true

    // A hard word's link or "Uitleg" button was used; Main opens the explanation of that id.
    signal explanationRequested(string id)
    // "Terug" (or Escape) on a page with no step to go back to: the navigator closes the page.
    signal backRequested
    // "Terug" while the page has a step of its own to go back to.
    signal previousStepRequested
    // Escape on a page that does not go back with it (escapeGoesBack false).
    signal escapePressed

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
        focusKeeper.keepFocusInViewSoon();
    }

    // A message that typing brought, just below the field (a choice still to make), comes into
    // view together with the field, whether the field was reached by keyboard or by mouse; and
    // again whenever the field has the focus while the message shows. The field's question
    // stays in view too when all of it fits.
    function keepInViewWithFocus(message: Item, field: Item) {
        focusKeeper.keepAlongWithFocus(message, field);
    }

    // The next step of a page that shows one thing at a time starts at its top.
    function scrollToTop() {
        scrollAnimation.stop();
        flick.contentY = flick.originY;
    }

    // A new step of the page (its controls changed under the focus) starts at its top with the
    // page holding the focus, as a page does when it opens: the Return that ended the last step
    // never lands on the next step's main action.
    function startStep() {
        root.scrollToTop();
        const item = root.Window.activeFocusItem;
        // The control lets go of its focus, or the page (a focus scope) would hand it back.
        if (item && item !== root)
            item.focus = false;
        root.forceActiveFocus(Qt.OtherFocusReason);
    }

    // The page's text as a reader meets it, top to bottom: headings, labels, notices and buttons.
    // Hidden and decorative (Accessible.ignored) items are left out, and of a text field only its
    // name is read, never what was typed. Used by "Lees voor", which hands it to ReadAloud.say.
    function readableText(): string {
        // The content, then the choice above the actions ("Wie vertelt nu?") and the main actions,
        // as they stand on the screen.
        let text = root.textOf(column);
        const below = root.footer.visible ? [root.textOf(pageActions.aboveItem), root.textOf(pageActions.grid)] : [];
        for (const part of below) {
            if (part !== "")
                text += (text === "" ? "" : "\n") + part;
        }
        return text;
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

    QtObject {
        id: d

        // Where scrollToEnd keeps the start of what it shows.
        property Item endFrom: null

        // "Lees voor" was pressed on this page, and reading aloud turned out not to work.
        property bool readAloudAsked: false
        property bool readAloudRefused: false

        function atEnd() {
            let y = flick.originY + flick.contentHeight - flick.height;
            if (d.endFrom && d.endFrom.visible)
                y = Math.min(y, d.endFrom.mapToItem(flick.contentItem, 0, 0).y - focusKeeper.ringRoom);
            flick.contentY = Math.max(flick.originY, y);
        }
    }

    PageFocusKeeper {
        id: focusKeeper
        page: root
        flick: flick
        scrollAnimation: scrollAnimation
        content: column
        preferredFocus: root.preferredFocus
        keepsOpeningFocus: root.keepsOpeningFocus
    }

    Timer {
        id: endTimer
        interval: 300
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

    // Tab goes the way the page stands: its header, its content, then its actions (a Page makes
    // the footer its first child).
    TabOrder {
        item: pageActions
        after: root.contentItem
    }
    StackView.onActivated: focusKeeper.pageActivated()
    onVisibleChanged: focusKeeper.pageVisibilityChanged()

    background: Rectangle {
        color: Theme.background
    }
    // The page holds the focus itself (it opened at its heading): the first Tab starts at the
    // top, with "Terug" or "Lees voor", not at the actions at the bottom.
    Keys.onTabPressed: event => {
        const first = root.activeFocus ? root.header.nextItemInFocusChain(true) : null;
        event.accepted = first !== null && focusKeeper.insidePage(first);
        if (event.accepted)
            first.forceActiveFocus(Qt.TabFocusReason);
    }
    // Text that cannot take the focus is still in reach of the keyboard: Page Up and Page Down
    // scroll a screenful, the arrow keys a few lines, whenever the focused control does not use
    // them itself (a list, a text box).
    Keys.onPressed: event => {
        let step = 0;
        if (event.key === Qt.Key_PageDown)
            step = flick.height * 0.9;
        else if (event.key === Qt.Key_PageUp)
            step = -flick.height * 0.9;
        else if (event.key === Qt.Key_Down && event.modifiers === Qt.NoModifier)
            step = 3 * Theme.fontBody * Theme.lineHeight;
        else if (event.key === Qt.Key_Up && event.modifiers === Qt.NoModifier)
            step = -3 * Theme.fontBody * Theme.lineHeight;
        if (step === 0)
            return;
        event.accepted = true;
        scrollAnimation.stop();
        const bottom = Math.max(flick.originY, flick.originY + flick.contentHeight - flick.height);
        flick.contentY = Math.max(flick.originY, Math.min(bottom, flick.contentY + step));
    }
    Keys.onEscapePressed: event => {
        if (!root.escapeGoesBack) {
            event.accepted = true;
            root.escapePressed();
            return;
        }
        event.accepted = root.canGoBack;
        if (root.canGoBack)
            root.goBack();
    }

    header: PageHeader {
        canGoBack: root.canGoBack
        columnWidth: root.maxContentWidth
        readAloudRefused: d.readAloudRefused
        contentScrolled: flick.contentY > flick.originY + 0.5
        onBackClicked: root.goBack()
        onReadRequested: {
            d.readAloudAsked = true;
            if (!ReadAloud.say(root.readableText()))
                d.readAloudRefused = true;
        }
    }

    footer: PageActions {
        id: pageActions
    }

    Flickable {
        id: flick
        objectName: "pageFlick"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        // A smaller view (a kiosk's keyboard came up, a phone turned, text made larger) keeps the
        // focused control in view.
        onHeightChanged: focusKeeper.keepFocusInViewAfterResize()
        // So does content that grows or settles after the focus was given (a page opening).
        onContentHeightChanged: {
            if (endTimer.running)
                d.atEnd();
            else
                focusKeeper.keepFocusInViewSoon();
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
