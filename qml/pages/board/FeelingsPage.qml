pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// One leefgebied at a time: a face for how it feels, whether to change something, and a note in
// one's own words. For the citizen, or for someone the citizen added ("Fiche van Sanne").
MapjePage {
    id: root

    // Whose fiche is placed: the citizen's by default.
    property string perspectiveId: Board.citizenId
    property string perspectiveTitle: ""
    readonly property bool isCitizen: perspectiveId === Board.citizenId

    signal done

    objectName: "feelingsPage"
    title: d.domainName
    maxContentWidth: Theme.contentMaxWidth

    QtObject {
        id: d
        property int current: 0
        readonly property string domainKey: Board.chosenKeys[current] ?? ""
        readonly property string domainName: Board.domainName(domainKey)
        // Board.revision ties this to every change on the board.
        readonly property var fiche: Board.revision >= 0 ? Board.fiche(root.perspectiveId, domainKey) : ({})

        function go(step: int) {
            current = Math.max(0, Math.min(Board.chosenKeys.length - 1, current + step));
            note.text = fiche.note ?? "";
        }
    }

    Component.onCompleted: note.text = d.fiche.note ?? ""

    MapjeLabel {
        visible: !root.isCitizen
        font.bold: true
        text: qsTr("Wat %1 vindt").arg(root.perspectiveTitle)
    }
    MapjeLabel {
        visible: Board.chosenKeys.length === 0
        text: qsTr("Je hebt nog niets gekozen. Kies eerst wat belangrijk is.")
    }
    RowLayout {
        visible: d.domainKey !== ""
        Layout.fillWidth: true
        spacing: Theme.spacing
        MapjeIcon {
            source: d.domainKey !== "" ? "qrc:/Mapje/assets/domains/" + d.domainKey + ".svg" : ""
            size: Theme.iconSizeLarge
        }
        MapjeHeading {
            text: root.title
        }
    }

    ColumnLayout {
        visible: d.domainKey !== ""
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
                    chosen: d.fiche.feeling === modelData.key
                    onClicked: Board.setFeeling(root.perspectiveId, d.domainKey, modelData.key)
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
                    chosen: d.fiche.wish === modelData.key
                    onClicked: Board.setWish(root.perspectiveId, d.domainKey, modelData.key)
                }
            }
        }
        MapjeTextArea {
            id: note
            objectName: "note"
            label: qsTr("Wil je er iets over zeggen? Dat mag, het hoeft niet.")
            area.onTextChanged: {
                if (note.text !== (d.fiche.note ?? ""))
                    Board.setNote(root.perspectiveId, d.domainKey, note.text);
            }
        }
    }

    MapjeNotice {
        objectName: "boardNotice"
        visible: Board.notice !== ""
        text: Board.notice
    }
    GridLayout {
        Layout.fillWidth: true
        columns: root.width >= Theme.contentMaxWidth ? 3 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall
        MapjeButton {
            objectName: "previousButton"
            visible: d.current > 0
            text: qsTr("Vorige")
            onClicked: d.go(-1)
        }
        MapjeButton {
            objectName: "nextButton"
            primary: true
            visible: d.current < Board.chosenKeys.length - 1
            text: qsTr("Volgende")
            onClicked: d.go(1)
        }
        MapjeButton {
            objectName: "doneButton"
            primary: d.current >= Board.chosenKeys.length - 1
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    }
}
