import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// A labelled text field. The label is visible above it and is also its accessible name.
// The mouse wheel over it scrolls the page.
// A Column, not a ColumnLayout: Qt 6.4 layouts misplace a wrapped label whose height follows its width.
Column {
    id: root

    required property string label
    property alias text: field.text
    property alias field: field
    property bool secret: false
    property bool revealed: false
    property bool digitsOnly: false

    signal accepted

    function clear() {
        field.clear();
    }

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

    TextField {
        id: field
        objectName: root.objectName ? root.objectName + "Input" : ""
        width: root.width
        implicitHeight: Math.max(Theme.touchTarget, contentHeight + 2 * Theme.spacingSmall)
        focus: true
        font.pixelSize: Theme.fontLarge
        font.family: Theme.fontFamily
        color: Theme.text
        echoMode: root.secret && !root.revealed ? TextInput.Password : TextInput.Normal
        // On a kiosk nothing typed may be learned or kept by the keyboard on the screen (its
        // word prediction writes a dictionary to a file): every field asks for that there.
        inputMethodHints: (root.digitsOnly ? Qt.ImhDigitsOnly : Qt.ImhNone)
                          | (root.secret || Kiosk.active ? Qt.ImhSensitiveData | Qt.ImhNoPredictiveText : Qt.ImhNone)
        Accessible.role: Accessible.EditableText
        Accessible.name: root.label
        // Qt 6.4 hides the accessible name while Accessible.passwordEdit is set, and TextField sets
        // it again whenever a screen reader connects or the echo mode changes: a screen reader then
        // says only "password text". The role already says password (Qt derives it from echoMode),
        // so the flag is turned off at once and the name stays. Checked over AT-SPI by a test.
        Accessible.onPasswordEditChanged: {
            if (field.Accessible.passwordEdit)
                field.Accessible.passwordEdit = false;
        }
        onAccepted: root.accepted()
        // Left with words longer than the box, it shows their start again, not the end she typed
        // last: in Arabic the first letters would stay cut off on the right.
        onActiveFocusChanged: {
            if (!field.activeFocus)
                field.ensureVisible(0);
        }

        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: field.activeFocus ? Theme.accent : Theme.border

            FocusFrame {
                visible: field.activeFocus
            }
        }

        // One line that never scrolls up or down: the wheel scrolls the page.
        WheelToPage {
            anchors.fill: parent
        }
    }
}
