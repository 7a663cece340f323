import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// Body text that wraps and that a screen reader can read. A long word makes the letters smaller
// rather than break; set preferredPixelSize (not font.pixelSize) for larger text.
Label {
    id: root

    property int preferredPixelSize: Theme.fontBody

    Layout.fillWidth: true
    wrapMode: Text.Wrap
    // Explicit, so mirroring puts Arabic on the right even when a line starts with a Dutch word.
    horizontalAlignment: Text.AlignLeft
    color: Theme.text
    font.pixelSize: wholeWords.pixelSize
    font.family: Theme.fontFamily
    lineHeight: 1.25
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    WholeWordSize {
        id: wholeWords
        preferredPixelSize: root.preferredPixelSize
        words: root.text
        lineWidth: root.width - root.leftPadding - root.rightPadding
    }
}
