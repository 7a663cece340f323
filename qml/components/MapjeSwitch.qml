import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// An on/off choice as one large row: a label, an optional line that explains it, and a switch
// that also says "Aan" or "Uit" in words. The page binds `checked` to the saved setting and acts
// on `clicked`, so the switch always shows what is really stored.
Button {
    id: root

    property string description: ""

    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget, contentItem.implicitWidth + leftPadding + rightPadding)
    Layout.fillWidth: true
    Layout.maximumWidth: parent ? parent.width : implicitWidth
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    padding: Theme.spacing
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.description: description
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.onPressAction: root.clicked()
    Accessible.onToggleAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    // The switch beside the words when they keep room for about ten letters a line (the switch
    // takes about four); with large letters on a phone it goes under them, so the words need not
    // stand one per line. No ids inside contentItem: Qt would have to make it at once.
    readonly property bool switchBeside: availableWidth >= 14 * font.pixelSize

    contentItem: GridLayout {
        columns: root.switchBeside ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall / 2

            Text {
                Layout.fillWidth: true
                text: root.text
                font.family: root.font.family
                // A word longer than the line gets smaller letters instead of being broken.
                font.pixelSize: wholeWords.pixelSize
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            Text {
                Layout.fillWidth: true
                visible: root.description !== ""
                text: root.description
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignLeft | Qt.AlignVCenter
            spacing: Theme.spacingSmall / 2
            Accessible.ignored: true

            // The track: the knob sits at the start for off, at the end for on; in Arabic the end
            // is on the left. x is not mirrored by itself, so the knob asks `mirrored`.
            Rectangle {
                objectName: "switchTrack"
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: Math.round(56 * Theme.screenScale)
                implicitHeight: Math.round(32 * Theme.screenScale)
                radius: height / 2
                color: root.checked ? Theme.accent : Theme.surface
                border.width: Theme.borderWidth
                border.color: root.checked ? Theme.accent : Theme.border
                Accessible.ignored: true

                Rectangle {
                    readonly property bool atRight: root.checked !== root.mirrored

                    objectName: "switchKnob"
                    width: parent.height - 2 * Theme.borderWidth - 4
                    height: width
                    radius: width / 2
                    anchors.verticalCenter: parent.verticalCenter
                    x: atRight ? parent.width - width - Theme.borderWidth - 2 : Theme.borderWidth + 2
                    color: root.checked ? Theme.accentText : Theme.text
                    Accessible.ignored: true

                    Behavior on x {
                        NumberAnimation {
                            duration: Theme.motionDuration
                        }
                    }
                }
            }
            Text {
                Layout.alignment: Qt.AlignHCenter
                //: The state of an on/off switch, said in words beside it.
                text: root.checked ? qsTr("Aan") : qsTr("Uit")
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.text
                Accessible.ignored: true
            }
        }
    }

    WholeWordSize {
        id: wholeWords
        preferredPixelSize: root.font.pixelSize
        words: root.text
        lineWidth: root.switchBeside ? root.availableWidth - 4 * root.font.pixelSize : root.availableWidth
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        opacity: root.enabled ? 1 : 0.5
        border.width: Theme.borderWidth
        border.color: Theme.border

        FocusFrame {
            visible: root.visualFocus
        }
    }
}
