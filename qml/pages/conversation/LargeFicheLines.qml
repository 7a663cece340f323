pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// One person's fiche in large print: who, the face with its word, the wish and the note.
ColumnLayout {
    id: root

    required property var modelData
    required property string domainKey
    // Board.revision ties this to every change on the board.
    readonly property var fiche: Board.revision >= 0 ? Board.fiche(root.modelData.id, root.domainKey) : ({})

    Layout.fillWidth: true
    visible: root.fiche.perspectiveId !== undefined
    spacing: Theme.spacingSmall

    Row {
        spacing: Theme.spacing
        MapjeIcon {
            source: "qrc:/Mapje/assets/perspectives/" + root.modelData.role + ".svg"
            size: Theme.iconSizeLarge
        }
        MapjeIcon {
            visible: String(root.fiche.faceSource ?? "") !== ""
            source: root.fiche.faceSource ?? ""
            size: Theme.iconSizeLarge
        }
    }
    // The name on a line of its own, so the pictures never squeeze it.
    MapjeLabel {
        Layout.fillWidth: true
        preferredPixelSize: Theme.fontTitle
        font.bold: true
        text: root.modelData.title
    }
    MapjeLabel {
        Layout.fillWidth: true
        preferredPixelSize: Theme.fontTitle
        text: root.fiche.answerWords ?? ""
    }
    MapjeLabel {
        visible: (root.fiche.note ?? "") !== ""
        Layout.fillWidth: true
        preferredPixelSize: Theme.fontTitle
        font.italic: !Language.rightToLeft
        text: "“" + (root.fiche.note ?? "") + "”"
    }
}
