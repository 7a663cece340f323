import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Mapje

// After a quiet while: "Ben je er nog?" over the whole screen, nothing private on it, a countdown
// in words and digits, and one big answer. A tap anywhere on it counts as "yes" too. When the count
// reaches zero everything is wiped and the welcome returns.
Popup {
    id: root

    objectName: "kioskIdleCover"
    parent: T.Overlay.overlay
    x: 0
    y: 0
    // Above every other cover (a conversation's pause, the question of "Klaar").
    z: 1000
    width: root.parent ? root.parent.width : 0
    height: root.parent ? root.parent.height : 0
    modal: true
    focus: true
    padding: Theme.spacingLarge
    closePolicy: Popup.NoAutoClose
    visible: Kiosk.asking
    onOpened: {
        ReadAloud.stop();
        // The keyboard on the screen would stand over the answer: it goes away first.
        Kiosk.hideKeyboard();
        hereButton.focus = false;
        hereButton.forceActiveFocus(Qt.TabFocusReason);
    }

    background: Rectangle {
        color: Theme.background

        // A tap anywhere on the question answers it too (on release, as a button does).
        MouseArea {
            anchors.fill: parent
            onClicked: Kiosk.stillHere()
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(Theme.contentMaxWidth, parent.width)
        spacing: Theme.spacingLarge
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true

        MapjeHeading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Ben je er nog?")
        }
        MapjeLabel {
            objectName: "kioskCountdownText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Je hebt een tijdje niets gedaan. Over %n seconden wissen we alles wat je hier hebt gemaakt.", "", Kiosk.secondsLeft)
        }
        Text {
            objectName: "kioskCountdownDigits"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: Kiosk.secondsLeft
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle * 2
            Accessible.ignored: true
        }
        MapjeButton {
            id: hereButton
            objectName: "kioskStillHereButton"
            Layout.alignment: Qt.AlignHCenter
            primary: true
            text: qsTr("Ja, ik ben er nog")
            onClicked: Kiosk.stillHere()
        }
        MapjeLinkButton {
            objectName: "kioskWipeNowButton"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Ik ben klaar, wis alles nu")
            onClicked: Kiosk.endSession()
        }
    }
}
