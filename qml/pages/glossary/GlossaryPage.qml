pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Moeilijke woorden": search a word from a letter or a conversation, and open its explanation.
MapjePage {
    id: root

    objectName: "glossaryPage"
    title: qsTr("Moeilijke woorden")

    // The list is shared: a new visit starts with every word, and the search narrows it.
    Component.onCompleted: Glossary.entries.filter = ""

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Hier staan woorden die je tegenkomt bij de gemeente. Kies een woord voor de uitleg.")
    }
    MapjeTextField {
        id: search
        objectName: "glossarySearch"
        label: qsTr("Zoek een woord")
        onTextChanged: Glossary.entries.filter = search.text
    }
    MapjeLabel {
        objectName: "noResults"
        visible: Glossary.entries.count === 0
        text: qsTr("Dit woord staat er niet in. Probeer een ander woord.")
    }
    Repeater {
        model: Glossary.entries
        MapjeLinkButton {
            required property string key
            required property string word
            Layout.alignment: Qt.AlignLeft
            objectName: "entry_" + key
            text: word
            onClicked: root.explanationRequested(key)
        }
    }
}
