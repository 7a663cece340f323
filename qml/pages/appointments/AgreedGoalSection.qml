pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Turns what was agreed into a goal of the citizen: their words (changeable), on a domain they
// chose on their board (none is chosen for them). The goal is written only when the citizen says so.
ColumnLayout {
    id: root

    signal goalMade(string goalId)

    // Starts with what was agreed as the goal's words. No domain is chosen until she picks one.
    function start(words: string) {
        wordsArea.text = words;
        d.domain = "";
    }

    Layout.fillWidth: true
    spacing: Theme.spacing

    QtObject {
        id: d
        // Only a domain the citizen picked, or "".
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
    // Words but no domain yet: said calmly; her words stay as they are.
    MapjeLabel {
        objectName: "chooseDomainLabel"
        visible: Goals.domainChoices.length > 0 && d.domain === "" && wordsArea.text.trim() !== ""
        font.bold: true
        //: The citizen turns what was agreed into a goal but did not pick its leefgebied yet.
        text: qsTr("Kies nog waar je doel over gaat. Daarna kun je het doel maken.")
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
            const id = Goals.addGoal(d.domain, wordsArea.text);
            if (id !== "")
                root.goalMade(id);
        }
    }
}
