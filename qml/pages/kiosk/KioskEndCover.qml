import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Mapje

// "Klaar — alles wissen" asks once, over the whole screen: what goes, and a reminder to take it
// along first. The focus waits on "Nee, ga terug", so a second tap in the same place wipes nothing.
Popup {
    id: root

    objectName: "kioskEndCover"
    parent: T.Overlay.overlay
    x: 0
    y: 0
    width: root.parent ? root.parent.width : 0
    height: root.parent ? root.parent.height : 0
    modal: true
    focus: true
    padding: Theme.spacingLarge
    closePolicy: Popup.CloseOnEscape
    onOpened: {
        // The keyboard on the screen would stand over the answers: it goes away first.
        Kiosk.hideKeyboard();
        keepButton.focus = false;
        keepButton.forceActiveFocus(Qt.TabFocusReason);
    }

    background: Rectangle {
        color: Theme.background
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(Theme.contentMaxWidth, parent.width)
        spacing: Theme.spacingLarge
        LayoutMirroring.enabled: Language.rightToLeft
        LayoutMirroring.childrenInherit: true

        MapjeHeading {
            Layout.fillWidth: true
            text: qsTr("Alles wissen?")
        }
        MapjeLabel {
            Layout.fillWidth: true
            text: qsTr("Alles wat je hier hebt gemaakt, is dan weg van dit scherm.")
        }
        MapjeLabel {
            Layout.fillWidth: true
            text: qsTr("Wil je het bewaren? Neem het dan eerst mee.")
        }
        Flow {
            id: answers
            Layout.fillWidth: true
            spacing: Theme.spacing

            MapjeButton {
                objectName: "confirmKioskEndButton"
                width: Math.min(implicitWidth, answers.width)
                text: qsTr("Ja, wis alles")
                onClicked: {
                    root.close();
                    Kiosk.endSession();
                }
            }
            MapjeButton {
                id: keepButton
                objectName: "cancelKioskEndButton"
                width: Math.min(implicitWidth, answers.width)
                primary: true
                text: qsTr("Nee, ga terug")
                onClicked: root.close()
            }
        }
    }
}
