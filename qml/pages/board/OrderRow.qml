import QtQuick
import QtQuick.Layouts
import Mapje

// One domain in the order list: its place, its name, and ways to move it (drag, Hoger, Lager).
Rectangle {
    id: root

    required property string key
    required property string name
    required property url iconSource
    required property int place
    required property int index

    signal moved(string announcement)
    // The grip was let go here (scene coordinates); the list finds the row under it.
    signal droppedAt(point scenePosition)

    objectName: "order_" + key
    implicitHeight: row.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border

    ColumnLayout {
        id: row
        // Not anchors.fill: a wrapped text would resize the parent and loop the layout.
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacingSmall
        spacing: Theme.spacingSmall

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        // The handle: press and drag to move the row. The slot stays in the layout; the grip
        // inside it moves, so the layout cannot pull it back while dragging.
        Item {
            implicitWidth: Theme.minTouchTarget
            implicitHeight: Theme.minTouchTarget

            Rectangle {
                id: handle
                objectName: "grip_" + root.key

                width: parent.width
                height: parent.height
                z: dragHandler.active ? 10 : 0
                radius: Theme.radius
                color: dragHandler.active ? Theme.accentSoft : "transparent"
                border.width: dragHandler.active ? Theme.borderWidth : 0
                border.color: Theme.accent
                Accessible.ignored: true

                Text {
                    anchors.centerIn: parent
                    text: "≡"
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    Accessible.ignored: true
                }
                DragHandler {
                    id: dragHandler
                    xAxis.enabled: false
                    // The page scrolls vertically too; once dragging, the page may not take over.
                    grabPermissions: PointerHandler.CanTakeOverFromAnything
                    onActiveChanged: {
                        if (!active) {
                            root.droppedAt(handle.mapToItem(null, handle.width / 2, handle.height / 2));
                            handle.x = 0;
                            handle.y = 0;
                        }
                    }
                }
            }
        }
        Text {
            Layout.minimumWidth: implicitWidth
            text: root.place + "."
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.family: Theme.fontFamily
            font.bold: true
            Accessible.ignored: true
        }
        MapjeIcon {
            source: root.iconSource
            size: Theme.iconSize
        }
        Text {
            id: nameText
            Layout.fillWidth: true
            text: root.name
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: wholeWords.pixelSize
            font.family: Theme.fontFamily
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Plaats %1: %2").arg(root.place).arg(root.name)

            WholeWordSize {
                id: wholeWords
                preferredPixelSize: Theme.fontBody
                words: root.name
                lineWidth: nameText.width
            }
        }
    }
    RowLayout {
        Layout.alignment: Qt.AlignRight
        spacing: Theme.spacingSmall
        MapjeButton {
            objectName: "up_" + root.key
            enabled: root.index > 0
            text: qsTr("Hoger")
            Accessible.name: qsTr("%1 hoger zetten").arg(root.name)
            onClicked: root.moved(Board.moveUp(root.key))
        }
        MapjeButton {
            objectName: "down_" + root.key
            enabled: root.index < Board.chosen.count - 1
            text: qsTr("Lager")
            Accessible.name: qsTr("%1 lager zetten").arg(root.name)
            onClicked: root.moved(Board.moveDown(root.key))
        }
    }
    }
}
