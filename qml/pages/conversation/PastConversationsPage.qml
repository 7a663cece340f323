pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Her earlier conversations, only when she opens them: when, who was there, the cards used. Each
// record is hers to delete; what she kept from it stays on her board and in her goals.
MapjePage {
    id: root

    signal done

    objectName: "pastConversationsPage"
    title: qsTr("Eerdere gesprekken")

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        visible: Conversation.pastConversations.length === 0
        text: qsTr("Er zijn geen eerdere gesprekken bewaard.")
    }
    Repeater {
        model: Conversation.pastConversations
        MapjeCard {
            id: past
            required property var modelData
            objectName: "past_" + modelData.id
            MapjeHeading {
                level: 2
                text: qsTr("Gesprek van %1").arg(past.modelData.when)
            }
            MapjeLabel {
                Layout.fillWidth: true
                text: qsTr("Wie er waren: %1").arg(past.modelData.people.join(", "))
            }
            MapjeLabel {
                visible: past.modelData.cards.length > 0
                Layout.fillWidth: true
                text: qsTr("Kaartjes: %1").arg(past.modelData.cards.join(" "))
            }
            MapjeRemoveQuestion {
                buttonText: qsTr("Haal dit gesprek weg")
                question: qsTr("Wil je dit gesprek weghalen? Wat je ervan bewaarde, blijft op je bord en bij je doelen.")
                onConfirmed: Conversation.removePast(past.modelData.id)
            }
        }
    }

    actions: [
        MapjeButton {
            objectName: "doneButton"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
