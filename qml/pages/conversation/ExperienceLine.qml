import QtQuick
import QtQuick.Layouts
import Mapje

// A "Wat mij hielp" note: the ervaringswerker's own experience, labelled as theirs, never advice.
ColumnLayout {
    id: root

    required property var modelData

    Layout.fillWidth: true
    spacing: 0

    MapjeLabel {
        Layout.fillWidth: true
        font.bold: true
        text: qsTr("Wat mij hielp")
    }
    // Whose experience, on a line of its own: a long name may need smaller letters on a phone.
    MapjeLabel {
        Layout.fillWidth: true
        text: root.modelData.who.title
    }
    MapjeLabel {
        Layout.fillWidth: true
        // Not slanted in Arabic: the Arabic letters have no italic face.
        font.italic: !Language.rightToLeft
        text: "“" + root.modelData.text + "”"
    }
}
