pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// One leefgebied on the conversation's board: its picture and name, every person's fiche on it
// (shape and name, never a colour that judges), the "Wat mij hielp" notes, and "Invullen" for
// whoever speaks now.
MapjeCard {
    id: card

    required property string key
    required property string name
    required property url iconSource
    required property int place
    required property var fiches

    signal fillInRequested(string key)

    objectName: "conversationCard_" + key

    // A Row, not a RowLayout: in a card of the grid a RowLayout placed the picture below the name.
    Row {
        Layout.fillWidth: true
        spacing: Theme.spacing
        MapjeIcon {
            id: domainIcon
            source: card.iconSource
            size: Theme.iconSizeLarge
        }
        MapjeHeading {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - domainIcon.width - parent.spacing
            level: 2
            text: card.name
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Plaats %1: %2").arg(card.place).arg(card.name)
        }
    }
    MapjeLabel {
        visible: card.fiches.length === 0
        color: Theme.textMuted
        text: qsTr("Nog niets ingevuld.")
    }
    Repeater {
        model: card.fiches.length
        FicheRow {
            required property int index
            fiche: card.fiches[index]
            domainKey: card.key
        }
    }
    Repeater {
        // Conversation.changed ties this to a note added or removed.
        model: Conversation.active ? Conversation.experiences(card.key) : []
        ExperienceLine {}
    }
    MapjeButton {
        objectName: "fillIn_" + card.key
        Layout.fillWidth: true
        text: qsTr("Invullen")
        Accessible.name: qsTr("Vul in bij %1").arg(card.name)
        onClicked: card.fillInRequested(card.key)
    }
}
