import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// Along the bottom of every kiosk page while someone is using it: whose kiosk this is, and the
// one way to finish that is always in the same place, "Klaar — alles wissen".
Rectangle {
    id: root

    signal endRequested

    // The buttons side by side when they fit, else one above the other; the municipality's name
    // only when it fits whole beside them (it is on the welcome too): never a name or a button cut
    // off (the walk found "Gemeent…" on a standing screen).
    readonly property real room: root.width - row.anchors.leftMargin - row.anchors.rightMargin
    readonly property real buttonsWidth: (handoffButton.visible ? handoffButton.implicitWidth + row.columnSpacing : 0) + endButton.implicitWidth
    readonly property bool buttonsFit: root.buttonsWidth <= root.room
    readonly property bool nameFits: root.buttonsFit && name.implicitWidth + row.columnSpacing + root.buttonsWidth <= root.room

    objectName: "kioskBar"
    implicitHeight: row.implicitHeight + 2 * Theme.spacingSmall
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border
    // The bar stands outside the pages: it mirrors for Arabic by itself.
    LayoutMirroring.enabled: Language.rightToLeft
    LayoutMirroring.childrenInherit: true

    GridLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacingLarge
        columns: root.buttonsFit ? 3 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall

        MapjeLabel {
            id: name
            objectName: "kioskBarMunicipality"
            visible: root.nameFits
            text: Kiosk.municipality
            wrapMode: Text.NoWrap
        }
        // Without the name the buttons still stand at the end.
        Item {
            visible: root.buttonsFit && !root.nameFits
            Layout.fillWidth: true
        }
        // Taking the session to her own phone, beside the way to finish (pages/handoff).
        MapjeButton {
            id: handoffButton
            objectName: "kioskHandoffButton"
            Layout.fillWidth: !root.buttonsFit
            Layout.alignment: Qt.AlignRight
            visible: HandoffSend.available && !HandoffSend.engaged
            text: qsTr("Meenemen naar je telefoon")
            onClicked: (ApplicationWindow.window as Main).showPage("handoffSend")
        }
        MapjeButton {
            id: endButton
            objectName: "kioskEndButton"
            Layout.fillWidth: !root.buttonsFit
            Layout.alignment: Qt.AlignRight
            text: qsTr("Klaar — alles wissen")
            onClicked: root.endRequested()
        }
    }
}
