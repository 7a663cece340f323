pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// The three questions of a fiche: a face for how it feels, whether to change something, and a
// note in one's own words. The page says where an answer goes (the board, or the conversation
// under whoever speaks), so the questions read the same everywhere.
ColumnLayout {
    id: root

    // The fiche as the board describes it ({ feeling, wish, note }); empty before any answer.
    required property var fiche
    property bool isCitizen: true
    // Whose fiche it is when not the citizen's: "Sanne (ervaringswerker)".
    property string perspectiveTitle: ""

    signal feelingChosen(string key)
    signal wishChosen(string key)
    signal noteEdited(string text)

    // Another leefgebied or person: the box shows that fiche's words without writing them back.
    function showNote(text: string) {
        note.text = text;
    }

    Layout.fillWidth: true
    spacing: Theme.spacing

    MapjeLabel {
        font.bold: true
        text: root.isCitizen ? qsTr("Hoe voelt het hier?") : qsTr("Hoe ziet %1 het hier?").arg(root.perspectiveTitle)
    }
    MapjeChoiceGrid {
        Repeater {
            model: [
                { key: "happy", label: qsTr("Blij") },
                { key: "sad", label: qsTr("Verdrietig") },
                { key: "unsure", label: qsTr("Weet ik niet") }
            ]
            MapjeChoiceButton {
                required property var modelData
                Layout.fillWidth: true
                objectName: "feeling_" + modelData.key
                text: modelData.label
                iconSource: "qrc:/Mapje/assets/faces/" + modelData.key + ".svg"
                chosen: root.fiche.feeling === modelData.key
                onClicked: root.feelingChosen(modelData.key)
            }
        }
    }
    MapjeLabel {
        font.bold: true
        text: root.isCitizen ? qsTr("Wil je hier iets aan veranderen?")
                             : qsTr("Vindt %1 dat hier iets moet veranderen?").arg(root.perspectiveTitle)
    }
    MapjeChoiceGrid {
        Repeater {
            model: [
                { key: "yes", label: qsTr("Ja") },
                { key: "no", label: qsTr("Nee") },
                { key: "notYet", label: qsTr("Weet ik nog niet") }
            ]
            MapjeChoiceButton {
                required property var modelData
                Layout.fillWidth: true
                objectName: "wish_" + modelData.key
                text: modelData.label
                chosen: root.fiche.wish === modelData.key
                onClicked: root.wishChosen(modelData.key)
            }
        }
    }
    MapjeTextArea {
        id: note
        objectName: "note"
        label: qsTr("Wil je er iets over zeggen? Dat mag, het hoeft niet.")
        area.onTextChanged: {
            if (note.text !== (root.fiche.note ?? ""))
                root.noteEdited(note.text);
        }
    }
}
