import QtQuick
import Mapje

// The letter size at which the longest word of a text fits on one line. A word is never broken
// in two: when it is longer than the line (a long Dutch word at 200 % on a phone) its text gets
// smaller letters instead, never below half the asked size. Draws nothing.
Item {
    id: root

    // The size the theme asks for, and the text and room it is for.
    required property int preferredPixelSize
    property string words: ""
    property real lineWidth: 0
    // Worked out once the layout has moved, not bound: a text whose width follows its own
    // letters would otherwise loop; fit() stays put once the word fits well.
    property int pixelSize: preferredPixelSize

    function fit() {
        const word = longest.advanceWidth;
        if (lineWidth <= 0 || word <= lineWidth) {
            pixelSize = preferredPixelSize;
            return;
        }
        const now = word * pixelSize / preferredPixelSize;
        // Fits already and uses most of the line: stay, so a text never shrinks step by step.
        if (now <= lineWidth && now > 0.9 * lineWidth)
            return;
        pixelSize = Math.max(Math.round(preferredPixelSize / 2), Math.floor(0.97 * preferredPixelSize * lineWidth / word));
    }

    visible: false
    onLineWidthChanged: {
        if (later)
            later.restart();
    }
    Component.onCompleted: fit()

    // Made before the metrics, which call it while they are being made.
    Timer {
        id: later
        interval: 0
        onTriggered: root.fit()
    }
    TextMetrics {
        id: longest
        font.family: Theme.fontFamily
        // Bold is the wider of the two, so a bold text fits as well.
        font.bold: true
        font.pixelSize: root.preferredPixelSize
        text: root.words.split(/\s+/).reduce((found, word) => word.length > found.length ? word : found, "")
        onAdvanceWidthChanged: {
            if (later)
                later.restart();
        }
    }
}
