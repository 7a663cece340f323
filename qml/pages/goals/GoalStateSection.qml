pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// How it goes with the open goal, in words that judge nothing: bezig, gelukt or gestopt. No colour
// says good or bad; the chosen one has a tick. A new goal has none chosen until the citizen picks.
ColumnLayout {
    id: root

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    MapjeLabel {
        font.bold: true
        text: qsTr("Hoe staat het met dit doel?")
    }
    MapjeChoiceGrid {
        Repeater {
            model: ["busy", "reached", "stopped"]
            MapjeChoiceButton {
                required property string modelData
                Layout.fillWidth: true
                objectName: "state_" + modelData
                // Read through currentId (currentChanged), so the words follow a new language too.
                text: Goals.currentId !== "" ? Goals.stateLabel(modelData) : ""
                chosen: Goals.currentStateKey === modelData
                onClicked: Goals.setState(modelData)
            }
        }
    }
    MapjeLabel {
        objectName: "stoppedLabel"
        visible: Goals.currentStateKey === "stopped"
        color: Theme.textMuted
        text: qsTr("Je doel blijft bewaard. Je kunt er later weer mee verder.")
    }
}
