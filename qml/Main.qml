pragma ComponentBehavior: Bound

import QtQml
import QtQuick
import QtQuick.Controls.Basic
import Mapje

// The window and its navigation; each page does one thing.
ApplicationWindow {
    id: root

    // Opens a page by name; used by the pages' own buttons and by the screenshot mode.
    function showPage(name: string) {
        root.showPageWith(name, {});
    }

    // Opens a page by name with initial properties (which domain, whose fiche).
    function showPageWith(name: string, properties: var) {
        navigator.open(name, properties);
    }

    // Back to the first page of this stage (home when open), as after "Klaar" on every page.
    function showHome() {
        stack.pop(null, StackView.Immediate);
    }

    // The page of the vault's stage, from its file: only the page shown is loaded at start-up,
    // not every page each stage could show.
    function pageForStage(): url {
        // A kiosk's vault is open at once, in memory; each visitor starts at its welcome.
        if (Kiosk.active && !Kiosk.started)
            return Qt.resolvedUrl("pages/kiosk/KioskWelcomePage.qml");
        switch (Vault.stage) {
        case Vault.Locked:
            return Qt.resolvedUrl("pages/vault/UnlockPage.qml");
        case Vault.Open:
            return Qt.resolvedUrl("pages/home/HomePage.qml");
        case Vault.Damaged:
            return Qt.resolvedUrl("pages/vault/DamagedPage.qml");
        case Vault.TooNew:
            return Qt.resolvedUrl("pages/vault/TooNewPage.qml");
        default:
            return Qt.resolvedUrl("pages/vault/WelcomePage.qml");
        }
    }

    // Shows the page of the vault's stage as the only page, and opens what its buttons ask for.
    function showStage() {
        const page = stack.replace(null, root.pageForStage(), {}, StackView.Immediate);
        if (!page)
            return;
        const handlers = {
            "startRequested": () => root.showPage("choosePin"),
            "forgotRequested": () => root.showPage("forgotPin"),
            "changePinRequested": () => root.showPage("changePin"),
            "languageRequested": () => root.showPage("language"),
            "displayRequested": () => root.showPage("settings"),
            "glossaryRequested": () => root.showPage("glossary"),
            "adminRequested": () => root.showPage("kioskAdminPin"),
            "boardPageRequested": name => root.showPage(name),
            "pageRequested": name => root.showPage(name),
            "lookBackRequested": id => root.showPageWith("checkInFlow", {
                    "checkInId": id
                }),
            "sharePreviewRequested": (kind, id) => root.showPageWith("sharePreview", {
                    "kind": kind,
                    "itemId": id
                })
        };
        for (const signalName in handlers) {
            if (page[signalName])
                page[signalName].connect(handlers[signalName]);
        }
    }

    width: 360
    height: 640
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Mapje")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    // A kiosk screen is read from further away than a phone in the hand, standing (1080×1920) or
    // lying (1920×1080).
    Binding {
        target: Theme
        property: "screenScale"
        value: Math.max(root.width, root.height) >= 1200 && Math.min(root.width, root.height) >= 800 ? 1.5 : 1.0
    }

    // Ctrl+Z and Ctrl+Shift+Z take back or redo a change on the board.
    Shortcut {
        sequences: ["Ctrl+Z"]
        enabled: Vault.stage === Vault.Open && Board.canUndo
        onActivated: Board.undo()
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]
        enabled: Vault.stage === Vault.Open && Board.canRedo
        onActivated: Board.redo()
    }

    Connections {
        target: Vault
        function onStageChanged() {
            root.showStage();
        }
    }
    // A kiosk visitor began, or the session was wiped: the welcome or the home page.
    Connections {
        target: Kiosk
        function onStartedChanged() {
            root.showStage();
        }
    }

    // Every page can ask for a hard word's explanation (MapjePage.explanationRequested).
    Connections {
        target: stack.currentItem as MapjePage
        function onExplanationRequested(id: string) {
            root.showPageWith("explanation", {
                "entryId": id
            });
        }
    }

    PageNavigator {
        id: navigator
        stack: stack
    }

    // "Pauze" in a conversation covers the whole window; loaded only while one is going on.
    Loader {
        objectName: "pauseLoader"
        active: Vault.stage === Vault.Open && Conversation.active
        source: "pages/conversation/ConversationPauseCover.qml"
    }

    // A kiosk's keyboard on the screen, its "Klaar — alles wissen" and "Ben je er nog?"; only a
    // kiosk loads them.
    Loader {
        id: kioskKeyboard
        objectName: "kioskKeyboardLoader"
        active: Kiosk.active
        // The welcome shows first; the keyboard is made just after (it is the slowest part).
        asynchronous: true
        source: "pages/kiosk/KioskKeyboard.qml"
    }
    Loader {
        id: kioskBar
        objectName: "kioskBarLoader"
        active: Kiosk.active && Kiosk.started
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.bottomMargin: root.keyboardHeight
        source: "pages/kiosk/KioskBar.qml"
    }
    Connections {
        target: kioskBar.item as KioskBar
        function onEndRequested() {
            kioskEndCover.active = true;
            (kioskEndCover.item as KioskEndCover).open();
        }
    }
    Loader {
        id: kioskEndCover
        objectName: "kioskEndCoverLoader"
        active: false
        source: "pages/kiosk/KioskEndCover.qml"
    }
    Loader {
        objectName: "kioskIdleLoader"
        active: Kiosk.active && Kiosk.started
        source: "pages/kiosk/KioskIdleCover.qml"
    }

    // The room the kiosk's keyboard takes at the bottom; the pages stay above it.
    readonly property real keyboardHeight: kioskKeyboard.item ? (kioskKeyboard.item as KioskKeyboard).occupiedHeight : 0

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: kioskBar.active ? kioskBar.top : parent.bottom
        anchors.bottomMargin: kioskBar.active ? 0 : root.keyboardHeight
        // Arabic: every page mirrors, rows run from the right.
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        focus: true
        // "Draai om": the whole view upside down for the person across a table.
        rotation: Vault.stage === Vault.Open && Conversation.turned ? 180 : 0
        Component.onCompleted: root.showStage()

        // Calm, short fades instead of sliding pages.
        pushEnter: Transition {
            NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.motionDuration }
        }
        pushExit: Transition {
            NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.motionDuration }
        }
        popEnter: Transition {
            NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.motionDuration }
        }
        popExit: Transition {
            NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.motionDuration }
        }
    }
}
