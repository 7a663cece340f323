import QtQuick
import QtQuick.Layouts
import Mapje

// One thing in a list (an appointment, an agreed moment): a calm box around its lines and buttons,
// one under the other. What is inside is the page's; the box is the same everywhere.
Rectangle {
    id: root

    default property alias content: cardColumn.data

    Layout.fillWidth: true
    implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border

    ColumnLayout {
        id: cardColumn
        // Not anchors.fill: a wrapped text would resize the parent and loop the layout.
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall
    }
}
