import QtQuick
import Mapje

// A tick box and its words: ☑ when done, ☐ when not; a sign, never a colour alone. The words
// wrap beside the box, so the box never stands alone on a line above a long word.
Row {
    id: root

    required property string text
    required property bool done
    property int pixelSize: Theme.fontBody

    spacing: Theme.spacingSmall

    Text {
        id: box
        text: root.done ? "☑" : "☐"
        font.pixelSize: root.pixelSize
        font.family: Theme.fontFamily
        color: Theme.text
        Accessible.ignored: true
    }
    Text {
        id: words
        width: Math.max(0, root.width - box.width - root.spacing)
        text: root.text
        // A word longer than the line ("Bankafschriften" at 150 % on a phone) gets smaller
        // letters instead of being broken.
        font.pixelSize: wholeWords.pixelSize
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.ignored: true

        WholeWordSize {
            id: wholeWords
            preferredPixelSize: root.pixelSize
            words: root.text
            lineWidth: words.width
        }
    }
}
