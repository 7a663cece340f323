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
    // The buttons' names, for tests and the audits; a page with two questions names them apart.
    property string namePrefix: "remove"
    property string keepName: "cancelRemoveButton"

    // She answered yes: the page takes it away.
    signal confirmed

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    MapjeButton {
        id: askButton
        objectName: root.namePrefix + "Button"
        visible: !root.confirming
        text: root.buttonText
        onClicked: {
            root.confirming = true;
            keepButton.forceActiveFocus(Qt.TabFocusReason);
        }
    }
    MapjeNotice {
        objectName: root.namePrefix + "Question"
        visible: root.confirming
        text: root.question
    }
    Flow {
        id: answers
        visible: root.confirming
        Layout.fillWidth: true
        spacing: Theme.spacing

        MapjeButton {
            objectName: "confirm" + root.namePrefix.charAt(0).toUpperCase() + root.namePrefix.slice(1) + "Button"
            // Never wider than the column: a long answer wraps instead of running off the edge.
            width: Math.min(implicitWidth, answers.width)
            text: root.confirmText
            onClicked: {
                root.confirming = false;
                root.confirmed();
            }
        }
        MapjeButton {
            id: keepButton
            objectName: root.keepName
            width: Math.min(implicitWidth, answers.width)
            primary: true
            text: root.keepText
            // Nothing changed: the keyboard goes back to where she asked.
            onClicked: {
                root.confirming = false;
                askButton.forceActiveFocus(Qt.TabFocusReason);
            }
        }
    }
}
