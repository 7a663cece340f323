pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Wat mij hielp": the ervaringswerker tells what helped them, from their own life; not advice
// about her. It is hers to keep or remove at the closing, like any fiche.
ColumnLayout {
    id: root

    required property string domainKey
    required property string speakerTitle

    Layout.fillWidth: true
    spacing: Theme.spacing

    MapjeHeading {
        level: 2
        text: qsTr("Wat mij hielp")
    }
    MapjeLabel {
        Layout.fillWidth: true
        text: qsTr("Vertel wat jou hielp, uit je eigen leven. Het is geen advies. Aan het eind beslist de ander of het blijft.")
    }
    Repeater {
        // Conversation.active ties this to every change of the conversation.
        model: Conversation.active ? Conversation.experiences(root.domainKey) : []
        ExperienceLine {}
    }
    // Kept as a draft while typed, so closing Mapje loses nothing.
    Component.onCompleted: words.text = Conversation.draft("experience")

    MapjeTextArea {
        id: words
        objectName: "experienceWords"
        area.onTextChanged: Conversation.keepDraft("experience", words.text)
        label: qsTr("Wat hielp %1?").arg(root.speakerTitle)
    }
    MapjeButton {
        objectName: "keepExperienceButton"
        enabled: words.text.trim() !== ""
        text: qsTr("Zet erbij")
        onClicked: {
            if (Conversation.addExperience(root.domainKey, words.text) !== "")
                words.text = "";
        }
    }
}
