import QtQuick
import QtQuick.Layouts
import Mapje

// "Pauze": covers the screen at once (someone may walk in); everything stays as it was.
MapjeButton {
    objectName: "pauseButton"
    Layout.fillWidth: true
    text: qsTr("Pauze")
    Accessible.description: qsTr("Dekt het scherm af. Alles blijft bewaard.")
    onClicked: Conversation.paused = true
}
