import QtQuick
import QtQuick.Layouts
import Mapje

// Takes the open appointment away for good, after a calm second question.
ColumnLayout {
    id: root

    signal removed

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    MapjeButton {
        objectName: "removeButton"
        visible: !confirm.visible
        text: qsTr("Deze afspraak weghalen")
        onClicked: confirm.visible = true
    }
    ColumnLayout {
        id: confirm
        objectName: "removeConfirm"
        visible: false
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        MapjeLabel {
            text: qsTr("Wil je deze afspraak weghalen? Ook je vragen en je lijst gaan dan weg. Je kunt dit niet terugzetten.")
        }
        MapjeButton {
            objectName: "confirmRemoveButton"
            text: qsTr("Ja, weghalen")
            onClicked: {
                Appointments.remove(Appointments.currentId);
                root.removed();
            }
        }
        MapjeButton {
            objectName: "cancelRemoveButton"
            text: qsTr("Nee, bewaren")
            onClicked: confirm.visible = false
        }
    }
}
