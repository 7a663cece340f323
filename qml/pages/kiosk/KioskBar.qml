import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// Along the bottom of every kiosk page while someone is using it: whose kiosk this is, and the
// one way to finish that is always in the same place, "Klaar — alles wissen".
Rectangle {
    id: root

    signal endRequested

    objectName: "kioskBar"
    implicitHeight: row.implicitHeight + 2 * Theme.spacingSmall
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacingLarge
        spacing: Theme.spacing

        MapjeLabel {
            Layout.fillWidth: true
            text: Kiosk.municipality
            elide: Text.ElideRight
            wrapMode: Text.NoWrap
        }
        // Taking the session to her own phone, beside the way to finish (pages/handoff).
        MapjeButton {
            objectName: "kioskHandoffButton"
            visible: HandoffSend.available && !HandoffSend.engaged
            text: qsTr("Meenemen naar je telefoon")
            onClicked: (ApplicationWindow.window as Main).showPage("handoffSend")
        }
        MapjeButton {
            objectName: "kioskEndButton"
            text: qsTr("Klaar — alles wissen")
            onClicked: root.endRequested()
        }
    }
}
