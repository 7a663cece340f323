import QtQuick
import QtQuick.Layouts
import Mapje

// A picture with words beside it; the words wrap in the room that is left. A Row, not a
// RowLayout: in a card, a RowLayout with wrapping words placed the picture over or below them.
Row {
    id: root

    property url iconSource: ""
    property int iconSize: Theme.iconSize
    property alias text: words.text
    // The words themselves, for bold or a larger size.
    property alias label: words

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    MapjeIcon {
        id: icon
        anchors.verticalCenter: parent.verticalCenter
        visible: String(root.iconSource) !== ""
        source: root.iconSource
        size: root.iconSize
    }
    MapjeLabel {
        id: words
        anchors.verticalCenter: parent.verticalCenter
        width: root.width - (icon.visible ? icon.width + root.spacing : 0)
    }
}
