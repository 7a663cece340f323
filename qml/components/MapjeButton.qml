import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// The one button of Mapje: large target, visible focus frame, named for screen readers.
Button {
    id: root

    // A primary button is the one next step on a page; others are quieter.
    property bool primary: false

    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + 2 * Theme.spacingSmall)
    implicitWidth: Math.max(Theme.touchTarget, contentItem.implicitWidth + 2 * Theme.spacingLarge)
    // Never wider than the window's text column: long texts wrap instead of running off the
    // screen. The window, not the parent, so a Row or Flow parent cannot loop the layout.
    Layout.maximumWidth: Window.width > 0 ? Window.width - 2 * Theme.spacingLarge : implicitWidth
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: Text {
        text: root.text
        font: root.font
        color: root.primary ? Theme.accentText : Theme.accent
        // Faded with its background, so a button that cannot be used yet does not look usable.
        opacity: root.enabled ? 1 : 0.5
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.primary ? Theme.accent : Theme.surface
        opacity: root.enabled ? 1 : 0.5
        border.width: Theme.borderWidth
        border.color: Theme.accent

        FocusFrame {
            visible: root.visualFocus
        }
    }
}
