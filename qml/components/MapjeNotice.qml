pragma ComponentBehavior: Bound

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

    GridLayout {
        id: row
        // Not anchors.fill: a wrapped text would resize the parent and loop the layout.
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall
        // The mark above the words when beside it they would have less than a short line (large
        // text on a phone): the words keep their size. The box's own width, not the text's, so
        // nothing loops.
        columns: root.width - 3 * Theme.spacing - Theme.fontLarge * 1.4 < 12 * Theme.fontBody ? 1 : 2

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

        // One text per line of the message: a line with a long word (a saved file's name at
        // 150 % on a phone) gets smaller letters on its own; the other lines keep their size.
        // A Column, not a layout: a wrapped text whose height follows its width loops a layout.
        Column {
            id: lines
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingSmall

            Repeater {
                model: root.text.split("\n")

                Text {
                    id: line
                    required property string modelData
                    width: lines.width
                    text: line.modelData
                    wrapMode: Text.Wrap
                    // Explicit, so mirroring puts Arabic on the right even when it starts with "Mapje".
                    horizontalAlignment: Text.AlignLeft
                    color: Theme.text
                    font.pixelSize: wholeWords.pixelSize
                    font.family: Theme.fontFamily
                    Accessible.ignored: true

                    WholeWordSize {
                        id: wholeWords
                        preferredPixelSize: Theme.fontBody
                        // A file's name stays whole (the saved mapje's), at 200 % on a phone too.
                        smallestShare: 0.35
                        words: line.modelData
                        lineWidth: line.width
                    }
                }
            }
        }
    }
}
