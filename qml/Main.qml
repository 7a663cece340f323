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

    function pageForStage(): Component {
        switch (Vault.stage) {
        case Vault.Locked:
            return unlockPage;
        case Vault.Open:
            return homePage;
        case Vault.Damaged:
            return damagedPage;
        case Vault.TooNew:
            return tooNewPage;
        default:
            return welcomePage;
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

    // A kiosk screen is read from further away than a phone in the hand.
    Binding {
        target: Theme
        property: "screenScale"
        value: root.width >= 1200 && root.height >= 800 ? 1.5 : 1.0
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
            stack.replace(null, root.pageForStage(), {}, StackView.Immediate);
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

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        // Arabic: every page mirrors, rows run from the right.
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true
        initialItem: root.pageForStage()
        focus: true

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

    Component {
        id: welcomePage
        WelcomePage {
            onStartRequested: root.showPage("choosePin")
            onGlossaryRequested: root.showPage("glossary")
            onLanguageRequested: root.showPage("language")
            onDisplayRequested: root.showPage("settings")
        }
    }
    Component {
        id: unlockPage
        UnlockPage {
            onForgotRequested: root.showPage("forgotPin")
            onLanguageRequested: root.showPage("language")
            onDisplayRequested: root.showPage("settings")
        }
    }
    Component {
        id: homePage
        HomePage {
            onChangePinRequested: root.showPage("changePin")
            onLanguageRequested: root.showPage("language")
            onDisplayRequested: root.showPage("settings")
            onBoardPageRequested: name => root.showPage(name)
            onGlossaryRequested: root.showPage("glossary")
            onPageRequested: name => root.showPage(name)
            onLookBackRequested: id => root.showPageWith("checkInFlow", {
                    "checkInId": id
                })
        }
    }
    Component {
        id: damagedPage
        DamagedPage {}
    }
    Component {
        id: tooNewPage
        TooNewPage {}
    }
}
