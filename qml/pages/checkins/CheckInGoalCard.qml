pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// One goal during a look back: its own words, its steps to tick, and its state to keep or change.
// A delegate of Goals.goals; every tap goes straight to the Goals controller and is saved.
Rectangle {
    id: root

    required property string key
    required property string domainName
    required property string ownWords
    required property string stateKey
    required property var steps

    objectName: "flowGoal_" + key
    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border

    ColumnLayout {
        id: column
        // Not anchors.fill: a wrapped text would resize the parent and loop the layout.
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        MapjeLabel {
            color: Theme.textMuted
            text: root.domainName
        }
        MapjeLabel {
            font.bold: true
            text: root.ownWords
        }
        Repeater {
            model: root.steps

            StepTick {
                id: stepTick

                required property var modelData

                objectName: "flowStep_" + stepTick.modelData.key
                stepText: stepTick.modelData.text
                done: stepTick.modelData.done
                onToggleRequested: {
                    Goals.open(root.key);
                    Goals.toggleStep(stepTick.modelData.key);
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Repeater {
                model: [
                    {
                        "key": "busy",
                        "label": qsTr("Bezig")
                    },
                    {
                        "key": "reached",
                        "label": qsTr("Gelukt")
                    },
                    {
                        "key": "stopped",
                        "label": qsTr("Gestopt")
                    }
                ]

                MapjeChoiceButton {
                    id: stateButton

                    required property var modelData

                    objectName: "flowState_" + root.key + "_" + stateButton.modelData.key
                    text: stateButton.modelData.label
                    chosen: root.stateKey === stateButton.modelData.key
                    Accessible.name: qsTr("%1: %2").arg(root.ownWords).arg(stateButton.modelData.label)
                    onClicked: {
                        Goals.open(root.key);
                        Goals.setState(stateButton.modelData.key);
                    }
                }
            }
        }
    }
}
