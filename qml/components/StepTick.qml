import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// The tick of a small step: a box with a mark when done, and "checked" for a screen reader; never
// colour alone. It shows what is stored; the page stores on toggleRequested.
Button {
    id: root

    required property string stepText
    required property bool done

    signal toggleRequested

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + 2 * Theme.spacingSmall)
    padding: Theme.spacingSmall
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    text: root.stepText
    Accessible.role: Accessible.CheckBox
    Accessible.name: root.stepText
    Accessible.checkable: true
    Accessible.checked: root.done
    Accessible.onPressAction: root.toggleRequested()
    Accessible.onToggleAction: root.toggleRequested()
    Keys.onReturnPressed: root.toggleRequested()
    Keys.onEnterPressed: root.toggleRequested()
    onClicked: root.toggleRequested()

    contentItem: MapjeTickLine {
        text: root.stepText
        done: root.done
        pixelSize: Theme.fontLarge
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.done ? Theme.accentSoft : Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        FocusFrame {
            visible: root.visualFocus
        }
    }
}
