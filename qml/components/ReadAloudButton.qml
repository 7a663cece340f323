import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// "Lees voor": reads the given text aloud in the chosen language; pressed again, it stops.
// When the device has no voice, the page that asked explains why.
Button {
    id: root

    readonly property bool speaking: ReadAloud.speaking
    //: The button on every page that reads the page aloud; pressed again it stops.
    readonly property string label: speaking ? qsTr("Stop met voorlezen") : qsTr("Lees voor")

    // Pressed while silent: the page gathers its text only now and hands it to ReadAloud.say.
    // Not a text binding: a page's text changes with every item it lays out, and gathering it all
    // again each time slows the page down.
    signal readRequested

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + 2 * Theme.spacingSmall)
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + 2 * Theme.spacing)
    // Never wider than the window's text column: long texts wrap instead of running off the
    // screen. The window, not the parent, so a Row or Flow parent cannot loop the layout.
    Layout.maximumWidth: Window.width > 0 ? Window.width - 2 * Theme.spacingLarge : implicitWidth
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    Accessible.role: Accessible.Button
    Accessible.name: label
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    onClicked: {
        if (ReadAloud.speaking)
            ReadAloud.stop();
        else
            root.readRequested();
    }

    contentItem: RowLayout {
        spacing: Theme.spacingSmall

        MapjeIcon {
            source: "qrc:/Mapje/assets/icons/speaker.svg"
            size: Theme.iconSize
        }
        Text {
            Layout.fillWidth: true
            text: root.label
            font: root.font
            color: Theme.accent
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            Accessible.ignored: true
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.accent

        FocusFrame {
            visible: root.visualFocus
        }
    }
}
