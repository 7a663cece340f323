import QtQuick
import Mapje

// "Wie vertelt nu?": whose words the next fiche, note or idea are. Always in view at the bottom
// of a conversation's page, so nobody writes under someone else's name by accident.
MapjeComboBox {
    id: root

    objectName: "speakerChoice"
    // Above the page's actions (MapjePage.actionsAbove), as wide as they are.
    width: parent ? parent.width : implicitWidth
    label: qsTr("Wie vertelt nu?")
    model: Conversation.people
    textRole: "title"
    currentIndex: Conversation.speakerIndex
    onActivated: index => Conversation.setSpeaker(Conversation.people[index].id)
}
