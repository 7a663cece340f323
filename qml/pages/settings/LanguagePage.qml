import QtQuick
import QtQuick.Layouts
import Mapje

// Choose the language of Mapje; each language is named in its own words.
MapjePage {
    id: root

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
    // Below the list, so the buttons do not move under the finger that just chose.
    MapjeNotice {
        id: unsavedNotice
        objectName: "unsavedNotice"
        // Below the list, it may stand below the fold: it comes into view when it appears.
        onVisibleChanged: if (visible) root.scrollToEnd(unsavedNotice)
        visible: Language.unsaved
        //: Shown when the device refused to store the chosen language (full or locked disk).
        text: qsTr("Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.")
    }
}
