import QtQuick
import QtQuick.Layouts
import Mapje

// The way into the kiosk's admin page, for the service desk's staff: the admin PIN. A wrong PIN
// waits longer each time, as the PIN of the personal vault does.
MapjePage {
    id: root

    signal adminOpened

    objectName: "kioskAdminPinPage"
    title: qsTr("Beheer")
    // The PIN is all this page asks: the keyboard (and the one on the screen) starts there.
    keepsOpeningFocus: true

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Dit is alleen voor de medewerker van de balie.")
    }
    MapjeTextField {
        id: pinField
        objectName: "kioskAdminPin"
        Layout.fillWidth: true
        label: qsTr("Pincode voor beheer")
        secret: true
        digitsOnly: true
        onAccepted: openButton.clicked()
    }
    MapjeNotice {
        objectName: "kioskAdminMessage"
        visible: text !== ""
        text: Kiosk.adminWaitSeconds > 0
              ? qsTr("Probeer het over %n seconden opnieuw.", "", Kiosk.adminWaitSeconds)
              : Kiosk.adminMessage
    }
    actions: [
        MapjeButton {
            id: openButton
            Layout.fillWidth: true
            objectName: "kioskAdminOpenButton"
            primary: true
            text: qsTr("Openen")
            onClicked: {
                // Nothing typed is no try: a stray tap or Enter never makes the admin wait.
                if (pinField.text === "") {
                    pinField.field.forceActiveFocus(Qt.TabFocusReason);
                    return;
                }
                const opened = Kiosk.tryAdminPin(pinField.text);
                pinField.text = "";
                if (opened)
                    root.adminOpened();
                else
                    pinField.field.forceActiveFocus(Qt.TabFocusReason);
            }
        }
    ]
}
