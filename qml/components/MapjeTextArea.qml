import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// A labelled box for the citizen's own words; grows with the text, so the wheel scrolls the page.
// A Column, not a ColumnLayout: Qt 6.4 layouts misplace a wrapped label whose height follows its width.
Column {
    id: root

    required property string label
    property alias text: area.text
    property alias area: area

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    Label {
        width: root.width
        text: root.label
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        Accessible.ignored: true
    }

    TextArea {
        id: area
        objectName: root.objectName ? root.objectName + "Input" : ""
        width: root.width
        height: Math.max(Theme.touchTarget * 3, implicitHeight)
        wrapMode: TextEdit.Wrap
        // On a kiosk nothing typed may be learned or kept by the keyboard on the screen.
        inputMethodHints: Kiosk.active ? Qt.ImhSensitiveData | Qt.ImhNoPredictiveText : Qt.ImhNone
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.text
        Accessible.role: Accessible.EditableText
        Accessible.name: root.label
        Accessible.multiLine: true
        // Tab moves on to the next control instead of typing a tab character.
        KeyNavigation.priority: KeyNavigation.BeforeItem
        Keys.onTabPressed: event => {
            area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
            event.accepted = true;
        }

        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: area.activeFocus ? Theme.accent : Theme.border

            FocusFrame {
                visible: area.activeFocus
            }
        }

        WheelToPage {
            anchors.fill: parent
        }
    }

}
