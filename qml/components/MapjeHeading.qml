import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// A page title; screen readers announce it as a heading.
Label {
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    // Explicit, so mirroring puts Arabic on the right even when a line starts with a Dutch word.
    horizontalAlignment: Text.AlignLeft
    color: Theme.text
    font.pixelSize: Theme.fontTitle
    font.family: Theme.fontFamily
    font.bold: true
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
