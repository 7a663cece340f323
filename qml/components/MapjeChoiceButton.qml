import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// One answer among a few (a face, ja / nee / weet ik nog niet). The chosen one gets a tick,
// a thicker border and, for screen readers, "checked": never colour alone. The tick has its room
// also when it is not shown, so choosing never changes the size of a button or moves the rest.
Button {
    id: root

    property url iconSource: ""
    property bool chosen: false

    // As wide as it wants to be with all its words on one line at the asked size, whatever size
    // its letters have now: what MapjeChoiceGrid compares with its columns.
    readonly property real naturalWidth: leftPadding + rightPadding + (String(iconSource) !== "" ? Theme.iconSize + Theme.spacingSmall : 0)
                                         + Math.ceil(markMetrics.advanceWidth) + Theme.spacingSmall + Math.ceil(natural.advanceWidth)

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + 2 * Theme.spacingSmall)
    implicitWidth: Math.max(Theme.touchTarget, naturalWidth)
    // Never wider than the window's text column: long texts wrap instead of running off the
    // screen. The window, not the parent, so a Row or Flow parent cannot loop the layout.
    Layout.maximumWidth: Window.width > 0 ? Window.width - 2 * Theme.spacingLarge : implicitWidth
    // The same room on both sides of the words, with or without a picture.
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    Accessible.role: Accessible.RadioButton
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: chosen
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: RowLayout {
        spacing: Theme.spacingSmall

        MapjeIcon {
            visible: String(root.iconSource) !== ""
            source: root.iconSource
            size: Theme.iconSize
        }
        Text {
            objectName: "chosenMark"
            text: "✓"
            font: root.font
            color: Theme.text
            opacity: root.chosen ? 1 : 0
            Accessible.ignored: true
        }
        Text {
            Layout.fillWidth: true
            text: root.text
            font.family: root.font.family
            font.pixelSize: wholeWords.pixelSize
            color: Theme.text
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            Accessible.ignored: true
        }
    }

    TextMetrics {
        id: natural
        font: root.font
        text: root.text
    }
    TextMetrics {
        id: markMetrics
        font: root.font
        text: "✓"
    }
    // The room the words have beside the picture and the mark.
    WholeWordSize {
        id: wholeWords
        preferredPixelSize: root.font.pixelSize
        words: root.text
        lineWidth: root.availableWidth - (String(root.iconSource) !== "" ? Theme.iconSize + Theme.spacingSmall : 0)
                   - Math.ceil(markMetrics.advanceWidth) - Theme.spacingSmall
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.chosen ? Theme.accentSoft : Theme.surface
        border.width: root.chosen ? Theme.borderWidth * 2 : Theme.borderWidth
        border.color: root.chosen ? Theme.accent : Theme.border

        FocusFrame {
            visible: root.visualFocus
        }
    }
}
