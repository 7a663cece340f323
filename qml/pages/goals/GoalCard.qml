pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// One goal as a card: the domain, the citizen's own words, by when, who helps, the state in
// words and the small steps with their ticks. Nothing is counted. Tapping it opens the goal.
Button {
    id: root

    required property string goalKey
    required property string domainName
    required property url iconSource
    required property string ownWords
    required property string byWhenText
    required property string whoHelps
    required property string stateLabel
    required property var steps

    // What a screen reader says after the name: everything else on the card, in reading order.
    function details(): string {
        let said = root.stateLabel;
        if (root.byWhenText !== "")
            said += ". " + qsTr("Wanneer: %1").arg(root.byWhenText);
        if (root.whoHelps !== "")
            said += ". " + qsTr("Wie helpt: %1").arg(root.whoHelps);
        for (let i = 0; i < root.steps.length; ++i) {
            const step = root.steps[i];
            //: Said by a screen reader for a step on a goal's card that is ticked off, or not yet.
            said += ". " + (step.done ? qsTr("Gedaan: %1") : qsTr("Nog te doen: %1")).arg(step.text);
        }
        return said;
    }

    objectName: "goal_" + goalKey
    implicitWidth: Theme.touchTarget
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    Layout.fillWidth: true
    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.fontBody
    font.family: Theme.fontFamily
    text: root.domainName + ": " + root.ownWords
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: details()
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    // A Column, not a ColumnLayout: Qt 6.4 layouts misplace wrapped texts whose height follows
    // their width.
    contentItem: Column {
        spacing: Theme.spacingSmall

        Row {
            width: root.availableWidth
            spacing: Theme.spacingSmall
            MapjeIcon {
                source: root.iconSource
                size: Theme.iconSize
            }
            Text {
                width: root.availableWidth - Theme.iconSize - Theme.spacingSmall
                anchors.verticalCenter: parent.verticalCenter
                text: root.domainName
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.ignored: true
            }
        }
        Text {
            width: root.availableWidth
            text: root.ownWords
            font.pixelSize: Theme.fontLarge
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Accessible.ignored: true
        }
        Text {
            width: root.availableWidth
            visible: root.byWhenText !== ""
            //: On a goal's card: the day the citizen wants to have reached it.
            text: qsTr("Wanneer: %1").arg(root.byWhenText)
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Accessible.ignored: true
        }
        Text {
            width: root.availableWidth
            visible: root.whoHelps !== ""
            //: On a goal's card: who helps the citizen with it.
            text: qsTr("Wie helpt: %1").arg(root.whoHelps)
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Accessible.ignored: true
        }
        Text {
            width: root.availableWidth
            text: root.stateLabel
            font.pixelSize: Theme.fontSmall
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.textMuted
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Accessible.ignored: true
        }
        Repeater {
            model: root.steps
            // A tick in a box for a step done, an empty box for one to do: a sign, not a colour.
            MapjeTickLine {
                required property var modelData
                width: root.availableWidth
                text: modelData.text
                done: modelData.done
            }
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.accentSoft : Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.border

        FocusFrame {
            visible: root.visualFocus
        }
    }
}
