import QtQuick
import QtQuick.Layouts
import Mapje

// First start: what Mapje is, in three short sentences, and one way forward.
MapjePage {
    id: root

    signal startRequested
    signal languageRequested
    signal displayRequested
    signal glossaryRequested

    objectName: "welcomePage"
    title: qsTr("Welkom bij Mapje")

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Met Mapje bereid je je gesprek met de gemeente voor.")
    }
    MapjeLabel {
        text: qsTr("Jij kiest wat belangrijk is, in je eigen woorden.")
    }
    MapjeLabel {
        text: qsTr("Alles blijft op dit apparaat, veilig op slot.")
    }
    MapjeLinkButton {
        objectName: "languageButton"
        text: qsTr("Taal: %1").arg(Language.currentName)
        onClicked: root.languageRequested()
    }
    MapjeLinkButton {
        objectName: "displayButton"
        //: Opens the page with contrast, text size and motion.
        text: qsTr("Weergave: tekstgrootte en contrast")
        onClicked: root.displayRequested()
    }
    MapjeLinkButton {
        objectName: "glossaryButton"
        //: Opens the list of hard words with a short explanation of each.
        text: qsTr("Moeilijke woorden")
        onClicked: root.glossaryRequested()
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "startButton"
            primary: true
            text: qsTr("Beginnen")
            focus: true
            onClicked: root.startRequested()
        }
    ]
}
