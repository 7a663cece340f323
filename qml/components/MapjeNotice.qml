import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// A calm message: a neutral box with an "i" mark, never red, never blaming.
Rectangle {
    id: root

    required property string text

    Layout.fillWidth: true
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.notice
    border.width: Theme.borderWidth
    border.color: Theme.noticeBorder
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        // Not anchors.fill: a wrapped text would resize the parent and loop the layout.
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: Theme.fontLarge * 1.4
            implicitHeight: implicitWidth
            radius: width / 2
            color: "transparent"
            border.width: Theme.borderWidth
            border.color: Theme.noticeBorder
            Accessible.ignored: true

            Text {
                anchors.centerIn: parent
                text: "i"
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.text
                Accessible.ignored: true
            }
        }

        Text {
            id: message
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.Wrap
            // Explicit, so mirroring puts Arabic on the right even when it starts with "Mapje".
            horizontalAlignment: Text.AlignLeft
            color: Theme.text
            // A word longer than the line (a file's name at 150 % on a phone) gets smaller
            // letters instead of being broken.
            font.pixelSize: wholeWords.pixelSize
            font.family: Theme.fontFamily
            Accessible.ignored: true

            WholeWordSize {
                id: wholeWords
                preferredPixelSize: Theme.fontBody
                // A file's name stays whole (the saved mapje's), at 200 % on a phone too.
                smallestShare: 0.35
                words: root.text
                lineWidth: message.width
            }
        }
    }
}
