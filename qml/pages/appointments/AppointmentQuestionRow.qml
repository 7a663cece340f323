import QtQuick
import QtQuick.Layouts
import Mapje

// One of "my questions": shown as text that wraps, with small actions to change its words, move it
// or take it away. It says what the citizen did; the section acts. While changing, the words are
// put in the box once, so what the citizen types is never replaced by the stored (trimmed) words.
// A Column, not a ColumnLayout: Qt 6.4 layouts misplace wrapped texts whose height follows width.
Column {
    id: root

    required property string text
    required property int index
    // How many questions there are, so the last one cannot move further down.
    property int count: 0

    signal textEdited(int index, string text)
    signal moveUpRequested(int index)
    signal moveDownRequested(int index)
    signal removeRequested(int index)

    objectName: "question_" + index
    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    QtObject {
        id: d
        property bool editing: false
    }

    MapjeLabel {
        objectName: "questionText_" + root.index
        visible: !d.editing
        width: root.width
        font.bold: true
        //: One of the citizen's questions for the appointment: %1 is its place, %2 its words.
        text: qsTr("%1. %2").arg(root.index + 1).arg(root.text)
    }
    MapjeTextArea {
        id: area
        objectName: "questionField_" + root.index
        visible: d.editing
        width: root.width
        //: Above the box to change one of the citizen's own questions; %1 is its place.
        label: qsTr("Vraag %1").arg(root.index + 1)
        area.onTextChanged: {
            if (d.editing && area.text !== root.text)
                root.textEdited(root.index, area.text);
        }
    }
    Flow {
        width: root.width
        spacing: Theme.spacing

        MapjeLinkButton {
            objectName: "questionEdit_" + root.index
            visible: !d.editing
            //: Opens one question to change its words.
            text: qsTr("Wijzigen")
            Accessible.name: qsTr("Vraag wijzigen: %1").arg(root.text)
            onClicked: {
                area.text = root.text;
                d.editing = true;
                area.area.forceActiveFocus();
            }
        }
        MapjeLinkButton {
            objectName: "questionDone_" + root.index
            visible: d.editing
            //: Closes the box in which a question was changed; the words are already kept.
            text: qsTr("Klaar met wijzigen")
            onClicked: d.editing = false
        }
        MapjeLinkButton {
            objectName: "questionUp_" + root.index
            visible: !d.editing && root.index > 0
            //: Moves a question one place up, so it is asked earlier.
            text: qsTr("Eerder vragen")
            Accessible.name: qsTr("Eerder vragen: %1").arg(root.text)
            onClicked: root.moveUpRequested(root.index)
        }
        MapjeLinkButton {
            objectName: "questionDown_" + root.index
            visible: !d.editing && root.index < root.count - 1
            //: Moves a question one place down, so it is asked later.
            text: qsTr("Later vragen")
            Accessible.name: qsTr("Later vragen: %1").arg(root.text)
            onClicked: root.moveDownRequested(root.index)
        }
        MapjeLinkButton {
            objectName: "questionRemove_" + root.index
            visible: !d.editing
            //: Takes one question away from the list for the appointment.
            text: qsTr("Weghalen")
            Accessible.name: qsTr("Vraag weghalen: %1").arg(root.text)
            onClicked: root.removeRequested(root.index)
        }
    }
}
