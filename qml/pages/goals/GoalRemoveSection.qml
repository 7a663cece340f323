import QtQuick
import QtQuick.Layouts
import Mapje

// Taking the open goal away for good, only after a calm question. "Nee" is the easy way out.
ColumnLayout {
    id: root

    property bool confirming: false

    signal removed

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    MapjeButton {
        objectName: "removeGoalButton"
        visible: !root.confirming
        text: qsTr("Doel weghalen")
        onClicked: root.confirming = true
    }
    MapjeNotice {
        objectName: "removeGoalQuestion"
        visible: root.confirming
        text: qsTr("Weet je het zeker? Je kunt dit niet terugzetten.")
    }
    Flow {
        visible: root.confirming
        Layout.fillWidth: true
        spacing: Theme.spacing

        MapjeButton {
            objectName: "confirmRemoveGoalButton"
            //: Answer to "Weet je het zeker?": yes, take the goal away.
            text: qsTr("Ja")
            Accessible.name: qsTr("Ja, haal dit doel weg")
            onClicked: {
                root.confirming = false;
                Goals.remove(Goals.currentId);
                root.removed();
            }
        }
        MapjeButton {
            objectName: "cancelRemoveGoalButton"
            primary: true
            //: Answer to "Weet je het zeker?": no, keep the goal.
            text: qsTr("Nee")
            Accessible.name: qsTr("Nee, bewaar dit doel")
            onClicked: root.confirming = false
        }
    }
}
