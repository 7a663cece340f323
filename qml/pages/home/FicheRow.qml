import QtQuick
import QtQuick.Layouts
import Mapje

// One fiche on a domain: whose it is (shape + words), the face with its word, the wish, the note.
// Another person's fiche can be hidden or removed by the citizen.
ColumnLayout {
    id: root

    required property var fiche
    required property string domainKey

    Layout.fillWidth: true
    spacing: Theme.spacingSmall
    opacity: fiche.hidden ? 0.75 : 1

    // The words beside the pictures when they have room, else under them, so a long name like
    // "(ervaringswerker)" stays whole with large letters on a phone.
    GridLayout {
        Layout.fillWidth: true
        // The window, not this row: a column count that follows the row's own width would make
        // the layouts around it place everything twice (a polish loop).
        columns: root.Window.width >= 2 * Theme.iconSize + 10 * Theme.fontBody + 4 * Theme.spacingLarge ? 2 : 1
        columnSpacing: Theme.spacingSmall
        rowSpacing: Theme.spacingSmall
        Row {
            spacing: Theme.spacingSmall
            MapjeIcon {
                source: root.fiche.ficheSource
                size: Theme.iconSize
            }
            MapjeIcon {
                visible: String(root.fiche.faceSource) !== ""
                source: root.fiche.faceSource
                size: Theme.iconSize
            }
        }
        // Whose it is on a line of its own, and what was answered below it: a long name such as
        // "(ervaringswerker)" may need smaller letters on a phone, the answer keeps its size.
        // A Column, not a layout: texts whose height follows their width would loop a layout.
        Column {
            id: words
            Layout.fillWidth: true
            MapjeLabel {
                width: words.width
                text: root.fiche.hidden ? qsTr("%1: verborgen").arg(root.fiche.title) : root.fiche.title
            }
            MapjeLabel {
                width: words.width
                visible: !root.fiche.hidden && (root.fiche.answerWords ?? "") !== ""
                text: (root.fiche.answerWords ?? "")
            }
        }
    }
    MapjeLabel {
        visible: root.fiche.note !== "" && !root.fiche.hidden
        // Not slanted in Arabic: the Arabic letters have no italic face and would show as boxes.
        font.italic: !Language.rightToLeft
        text: "“" + root.fiche.note + "”"
    }
    Flow {
        visible: !root.fiche.isCitizen
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        MapjeLinkButton {
            objectName: "hide_" + root.fiche.perspectiveId + "_" + root.domainKey
            text: root.fiche.hidden ? qsTr("Laat zien") : qsTr("Verberg")
            Accessible.name: (root.fiche.hidden ? qsTr("Laat zien wat %1 vindt") : qsTr("Verberg wat %1 vindt")).arg(root.fiche.title)
            onClicked: Board.setFicheHidden(root.fiche.perspectiveId, root.domainKey, !root.fiche.hidden)
        }
        MapjeLinkButton {
            objectName: "remove_" + root.fiche.perspectiveId + "_" + root.domainKey
            text: qsTr("Haal weg")
            Accessible.name: qsTr("Haal weg wat %1 vindt").arg(root.fiche.title)
            onClicked: Board.removeFiche(root.fiche.perspectiveId, root.domainKey)
        }
    }
}
