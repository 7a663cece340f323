import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// Body text that wraps and that a screen reader can read.
Label {
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    // Explicit, so mirroring puts Arabic on the right even when a line starts with a Dutch word.
    horizontalAlignment: Text.AlignLeft
    color: Theme.text
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    lineHeight: 1.25
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
