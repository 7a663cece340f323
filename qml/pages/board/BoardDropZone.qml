pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// The citizen's board while choosing: drop a tile here to choose it. It lists the choice in
// words, in the citizen's order, and counts nothing.
Rectangle {
    id: root

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: dropArea.containsDrag ? Theme.accentSoft : Theme.background
    border.width: dropArea.containsDrag ? Theme.borderWidth * 2 : Theme.borderWidth
    border.color: Theme.accent
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    DropArea {
        id: dropArea
        anchors.fill: parent
        keys: ["mapje/domain"]
        onDropped: drop => {
            Board.chooseDomain(drop.source.domainKey);
            drop.accept();
        }
    }

    ColumnLayout {
        id: column
        // Not anchors.fill: a wrapped text would resize the parent and loop the layout.
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Flow {
            Layout.fillWidth: true
            visible: Board.chosen.count > 0
            spacing: Theme.spacingSmall

            Repeater {
                model: Board.chosen

                MapjeIcon {
                    required property url iconSource
                    source: iconSource
                    size: Theme.iconSize
                }
            }
        }
        Text {
            id: label
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            text: Board.chosen.count > 0 ? qsTr("Je bord: %1").arg(Board.chosenNames)
                                         : qsTr("Je bord is nog leeg. Sleep hierheen wat voor jou belangrijk is.")
            Accessible.ignored: true
        }
    }
}
