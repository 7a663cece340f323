import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// A page title (level 1) or a section title (level 2); screen readers announce it as a heading.
Label {
    id: root

    property int level: 1

    Layout.fillWidth: true
    wrapMode: Text.Wrap
    // Explicit, so mirroring puts Arabic on the right even when a line starts with a Dutch word.
    horizontalAlignment: Text.AlignLeft
    color: Theme.text
    font.pixelSize: wholeWords.pixelSize
    font.family: Theme.fontFamily
    font.bold: true
    Accessible.role: Accessible.Heading
    Accessible.name: text

    WholeWordSize {
        id: wholeWords
        preferredPixelSize: root.level === 1 ? Theme.fontTitle : Theme.fontLarge
        words: root.text
        lineWidth: root.width - root.leftPadding - root.rightPadding
    }
}
