import QtQuick
import QtQuick.Layouts
import Mapje

// Choose the language of Mapje; each language is named in its own words.
MapjePage {
    id: root

    signal done

    objectName: "languagePage"
    title: qsTr("Taal")

    MapjeHeading {
        text: root.title
    }
    Repeater {
        model: Language.languages

        MapjeButton {
            required property var modelData
            objectName: "language_" + modelData.code
            Layout.fillWidth: true
            primary: modelData.code === Language.current
            // The choice is said in words too, never by colour alone.
            text: modelData.code === Language.current ? "✓ " + modelData.name : modelData.name
            Accessible.checkable: true
            Accessible.checked: modelData.code === Language.current
            onClicked: Language.choose(modelData.code)
        }
    }
    MapjeLinkButton {
        objectName: "backButton"
        Layout.alignment: Qt.AlignLeft
        text: qsTr("Terug")
        onClicked: root.done()
    }
}
