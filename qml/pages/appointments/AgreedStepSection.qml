pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Adds what was agreed as a small step to one of the citizen's goals, in words they can change.
ColumnLayout {
    id: root

    signal stepAdded(string goalId)

    // Starts with what was agreed as the step's words; the citizen chooses the goal.
    function start(words: string) {
        wordsField.text = words;
        d.goalId = "";
    }

    Layout.fillWidth: true
    spacing: Theme.spacing

    QtObject {
        id: d
        property string goalId: ""
    }

    MapjeHeading {
        level: 2
        text: qsTr("Een stap bij een doel")
    }
    MapjeLabel {
        objectName: "noGoalsLabel"
        visible: Goals.goals.count === 0
        text: qsTr("Je hebt nog geen doel. Maak eerst een doel.")
    }
    MapjeTextField {
        id: wordsField
        objectName: "stepWords"
        visible: Goals.goals.count > 0
        label: qsTr("Wat is de stap? Je kunt de woorden veranderen.")
        field.focus: false
    }
    MapjeLabel {
        visible: Goals.goals.count > 0
        font.bold: true
        text: qsTr("Bij welk doel hoort de stap?")
    }
    Repeater {
        model: Goals.goals

        MapjeChoiceButton {
            required property string key
            required property string ownWords
            Layout.fillWidth: true
            objectName: "goal_" + key
            text: ownWords
            chosen: d.goalId === key
            onClicked: d.goalId = key
        }
    }
    MapjeButton {
        objectName: "addStepButton"
        visible: Goals.goals.count > 0
        enabled: wordsField.text.trim() !== "" && d.goalId !== ""
        primary: true
        text: qsTr("Zet de stap bij dit doel")
        onClicked: {
            Goals.open(d.goalId);
            if (Goals.addStep(wordsField.text) !== "")
                root.stepAdded(d.goalId);
        }
    }
}
