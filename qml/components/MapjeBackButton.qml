import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// "Terug": the one way back, with the same name and in the same place on every page. The arrow
// points to where the reading started: left, and right in Arabic.
Button {
    id: root

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + 2 * Theme.spacingSmall)
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + 2 * Theme.spacing)
    focusPolicy: Qt.StrongFocus
    flat: true
    leftPadding: Theme.spacingSmall
    rightPadding: Theme.spacing
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    //: The way back to the page before, at the top of every page.
    text: qsTr("Terug")
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: RowLayout {
        spacing: Theme.spacingSmall

        MapjeIcon {
            source: "qrc:/Mapje/assets/icons/back.svg"
            size: Theme.iconSize
            mirror: root.mirrored
        }
        Text {
            Layout.fillWidth: true
            text: root.text
            font: root.font
            color: Theme.accent
            wrapMode: Text.WordWrap
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
