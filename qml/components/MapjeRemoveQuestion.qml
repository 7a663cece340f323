import QtQuick
import QtQuick.Layouts
import Mapje

// Taking something away for good, only after a calm question that says what goes. The same
// answers everywhere: "Ja, weghalen" or "Nee, bewaren", and the focus waits on "Nee, bewaren",
// so a second press of Space never takes anything away.
ColumnLayout {
    id: root

    // The button that asks, such as "Doel weghalen".
    required property string buttonText
    // The question, such as "Wil je dit moment weghalen? Je kunt dit niet terugzetten."
    required property string question
    property bool confirming: false
    // The two answers; "Haal terug" asks with its own words, the rest of the question is the same.
    property string confirmText: qsTr("Ja, weghalen")
    property string keepText: qsTr("Nee, bewaren")

    // She answered yes: the page takes it away.
    signal confirmed

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    MapjeButton {
        objectName: "removeButton"
        visible: !root.confirming
        text: root.buttonText
        onClicked: {
            root.confirming = true;
            keepButton.forceActiveFocus(Qt.TabFocusReason);
        }
    }
    MapjeNotice {
        objectName: "removeQuestion"
        visible: root.confirming
        text: root.question
    }
    Flow {
        visible: root.confirming
        Layout.fillWidth: true
        spacing: Theme.spacing

        MapjeButton {
            objectName: "confirmRemoveButton"
            text: root.confirmText
            onClicked: {
                root.confirming = false;
                root.confirmed();
            }
        }
        MapjeButton {
            id: keepButton
            objectName: "cancelRemoveButton"
            primary: true
            text: root.keepText
            onClicked: root.confirming = false
        }
    }
}
