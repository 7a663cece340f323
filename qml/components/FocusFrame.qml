import QtQuick
import Mapje

// The visible keyboard-focus ring, drawn just outside its parent.
Rectangle {
    // The audits find the ring by this name and check that it is drawn.
    objectName: "focusFrame"
    anchors.fill: parent
    anchors.margins: -Theme.focusWidth - 2
    radius: Theme.radius + Theme.focusWidth
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: Theme.focus
    Accessible.ignored: true
}
