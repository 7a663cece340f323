pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// Body text whose hard words link to their explanation ("Moeilijke woorden").
//
// In Qt 6.4 a link inside a Text can be clicked or tapped, but Tab never reaches it and a screen
// reader does not offer it. So under the text each linked word is also a real MapjeLinkButton,
// "Uitleg: <woord>": Tab reaches it, Enter or Space opens it, and a screen reader names it and can
// press it. One button per word, instead of a focusable label that opens only its first link,
// because a text may hold two hard words and each must be reachable. The text itself stays a
// plain StaticText for screen readers: they read the sentence without the markup.
// StyledText, not RichText: only StyledText follows linkColor, so the links take the Theme's
// accent colour and keep their contrast in both palettes.
ColumnLayout {
    id: root

    // The plain text to show; its hard words become links.
    required property string text
    // Put before the text, e.g. "• " for an item of a list.
    property string prefix: ""
    // Leaves one word unlinked, so an explanation does not link to itself.
    property string exceptKey: ""
    property alias label: label
    readonly property var terms: Glossary.revision >= 0 ? Glossary.terms(root.text, root.exceptKey) : []

    signal explanationRequested(string id)

    Layout.fillWidth: true
    spacing: 0

    Label {
        id: label
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        // Explicit, so mirroring puts Arabic on the right even when a line starts with a Dutch word.
        horizontalAlignment: Text.AlignLeft
        textFormat: Text.StyledText
        text: Glossary.revision >= 0 ? root.prefix + Glossary.linkify(root.text, root.exceptKey) : ""
        color: Theme.text
        linkColor: Theme.accent
        font.pixelSize: wholeWords.pixelSize
        font.family: Theme.fontFamily
        lineHeight: 1.25
        Accessible.role: Accessible.StaticText
        Accessible.name: root.text
        onLinkActivated: link => {
            const prefix = "mapje:glossary/";
            if (link.startsWith(prefix))
                root.explanationRequested(link.substring(prefix.length));
        }

        WholeWordSize {
            id: wholeWords
            preferredPixelSize: Theme.fontBody
            words: root.prefix + root.text
            lineWidth: label.width - label.leftPadding - label.rightPadding
        }
        HoverHandler {
            cursorShape: label.hoveredLink !== "" ? Qt.PointingHandCursor : Qt.ArrowCursor
        }
    }
    Flow {
        id: flow
        Layout.fillWidth: true
        visible: root.terms.length > 0
        spacing: Theme.spacing

        Repeater {
            model: root.terms
            MapjeLinkButton {
                id: link
                required property var modelData
                objectName: "explain_" + modelData.key
                // A Flow ignores Layout sizes: a long word wraps inside the column instead. The
                // width comes from the unwrapped text, which wrapping cannot change, so no loop.
                width: Math.min(Math.max(Theme.minTouchTarget, Math.ceil(natural.advanceWidth) + 2), flow.width)
                font.pixelSize: Theme.fontSmall
                //: A small button under a text that opens the explanation of a hard word in it.
                text: qsTr("Uitleg: %1").arg(modelData.word)
                onClicked: root.explanationRequested(modelData.key)

                TextMetrics {
                    id: natural
                    font: link.font
                    text: link.text
                }
            }
        }
    }
}
