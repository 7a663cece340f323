import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// One answer among a few (a face, ja / nee / weet ik nog niet). The chosen one gets a tick,
// a thicker border and the word "gekozen": never colour alone.
Button {
    id: root

    property url iconSource: ""
    property bool chosen: false

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + 2 * Theme.spacingSmall)
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + 2 * Theme.spacing)
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
            Layout.fillWidth: true
            text: root.chosen ? "✓ " + root.text : root.text
            font: root.font
            color: Theme.text
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            Accessible.ignored: true
        }
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
