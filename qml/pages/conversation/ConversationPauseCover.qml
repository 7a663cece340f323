import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Mapje

// The pause: the whole window covered with one calm message and nothing private (someone may
// walk in), reading aloud stopped, everything kept; "Verder" goes on exactly where it was.
// Also after a set time away from the window (Weergave; off unless chosen).
Popup {
    id: root

    objectName: "pauseCover"
    parent: T.Overlay.overlay
    x: 0
    y: 0
    width: root.parent ? root.parent.width : 0
    height: root.parent ? root.parent.height : 0
    modal: true
    focus: true
    padding: Theme.spacingLarge
    // Only "Verder" ends the pause: a stray tap or Escape keeps the screen covered.
    closePolicy: Popup.NoAutoClose
    visible: Conversation.paused
    onOpened: {
        ReadAloud.stop();
        // As by Tab, so its focus ring shows: the keyboard's way out is visible. Opened again,
        // the popup hands the button its focus back by itself, with no ring: let go first.
        resumeButton.focus = false;
        resumeButton.forceActiveFocus(Qt.TabFocusReason);
    }

    background: Rectangle {
        color: Theme.background
    }

    // Away from the window for the chosen time: the conversation pauses itself.
    Timer {
        id: awayTimer
        objectName: "awayTimer"
        interval: Math.max(1, Display.pauseWhenAwaySeconds) * 1000
        // A popup has no window of its own: the overlay it stands on is in Mapje's window.
        readonly property var hostWindow: root.parent ? root.parent.Window.window : null
        running: Display.pauseWhenAwaySeconds > 0 && Conversation.active && !Conversation.paused
                 && hostWindow !== null && !hostWindow.active
        onTriggered: Conversation.paused = true
    }

    ColumnLayout {
        objectName: "pauseMessage"
        anchors.centerIn: parent
        width: Math.min(Theme.contentMaxWidth, parent.width)
        spacing: Theme.spacingLarge
        // A popup is not under the turned pages: it turns with them ("Draai om"), so the message
        // reads the same way up as the screen it covers.
        rotation: Conversation.turned ? 180 : 0
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true

        MapjeHeading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Even pauze")
        }
        MapjeLabel {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Het gesprek staat even stil. Alles is bewaard.")
        }
        MapjeButton {
            id: resumeButton
            objectName: "resumeButton"
            Layout.alignment: Qt.AlignHCenter
            primary: true
            text: qsTr("Verder")
            onClicked: Conversation.paused = false
        }
    }
}
