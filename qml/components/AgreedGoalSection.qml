pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Turns what was agreed into a goal of the citizen: their words (changeable), on a domain they
// chose on their board. The goal is written only when the citizen says so.
ColumnLayout {
    id: root

    signal goalMade(string goalId)

    // Starts with what was agreed as the goal's words, on the first domain of the board.
    function start(words: string) {
        wordsArea.text = words;
        d.domain = Goals.suggestedDomain();
    }

    Layout.fillWidth: true
    spacing: Theme.spacing

    QtObject {
        id: d
        property string domain: ""
    }

    MapjeHeading {
        level: 2
        text: qsTr("Een doel maken")
    }
    MapjeLabel {
        objectName: "noDomainsLabel"
        visible: Goals.domainChoices.length === 0
        text: qsTr("Kies eerst op je bord wat belangrijk is. Daarna kun je hier een doel maken.")
    }
    MapjeTextArea {
        id: wordsArea
        objectName: "goalWords"
        visible: Goals.domainChoices.length > 0
        label: qsTr("Wat wil je bereiken? Je kunt de woorden veranderen.")
    }
    MapjeLabel {
        visible: Goals.domainChoices.length > 0
        font.bold: true
        text: qsTr("Waar gaat je doel over?")
    }
    Repeater {
        model: Goals.domainChoices

        MapjeChoiceButton {
            required property string modelData
            Layout.fillWidth: true
            objectName: "domain_" + modelData
            text: Goals.domainName(modelData)
            iconSource: Goals.domainIcon(modelData)
            chosen: d.domain === modelData
            onClicked: d.domain = modelData
        }
    }
    MapjeNotice {
        objectName: "goalNotice"
        visible: Goals.notice !== ""
        text: Goals.notice
    }
    MapjeButton {
        objectName: "createGoalButton"
        visible: Goals.domainChoices.length > 0
        enabled: wordsArea.text.trim() !== "" && d.domain !== ""
        primary: true
        text: qsTr("Maak dit doel")
        onClicked: {
            const id = Goals.create(d.domain, wordsArea.text);
            if (id !== "")
                root.goalMade(id);
        }
    }
}
