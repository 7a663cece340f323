import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// A quiet text action ("Pincode vergeten?"), still a full-size touch target.
Button {
    id: root

    implicitHeight: Math.max(Theme.minTouchTarget, contentItem.implicitHeight + Theme.spacingSmall)
    implicitWidth: Math.max(Theme.minTouchTarget, contentItem.implicitWidth)
    // Never wider than the window's text column: long texts wrap instead of running off the
    // screen. The window, not the parent, so a Row or Flow parent cannot loop the layout.
    Layout.maximumWidth: Window.width > 0 ? Window.width - 2 * Theme.spacingLarge : implicitWidth
    focusPolicy: Qt.StrongFocus
    flat: true
    // The text lines up with the text above it; the target stays large.
    leftPadding: 0
    rightPadding: 0
    // A word longer than the line gets smaller letters instead of being broken.
    font.pixelSize: wholeWords.pixelSize
    font.family: Theme.fontFamily
    font.underline: true
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: Text {
        text: root.text
        font: root.font
        color: Theme.accent
        // Faded while it cannot be used ("Opnieuw doen" with nothing to redo).
        opacity: root.enabled ? 1 : 0.5
        // Lines up at the start like the text around it, also when it wraps; mirroring makes
        // that the right side in Arabic.
        horizontalAlignment: Text.AlignLeft
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }

    background: Item {
        FocusFrame {
            visible: root.visualFocus
        }
    }

    WholeWordSize {
        id: wholeWords
        preferredPixelSize: Theme.fontBody
        words: root.text
        // The widest line it may take, not its own width: that follows its letters, so a link
        // once made small would stay small (at 200 % on a phone its words fit at full size).
        lineWidth: root.Layout.maximumWidth - root.leftPadding - root.rightPadding
    }
}
