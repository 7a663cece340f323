pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// The agreed moments (afgesproken momenten): when, with whom and where; and for a moment that
// came, a calm way to look back together.
MapjePage {
    id: root

    signal checkInRequested(string checkInId)
    signal lookBackRequested(string checkInId)

    objectName: "checkInsPage"
    title: qsTr("Afgesproken momenten")

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Spreek een moment af om samen te kijken of er iets veranderd is.")
    }
    MapjeLabel {
        objectName: "emptyLabel"
        visible: CheckIns.list.count === 0
        text: qsTr("Je hebt nog geen moment afgesproken.")
    }

    Repeater {
        model: CheckIns.list

        MapjeCard {
            id: card

            required property string key
            required property string whenText
            required property string withWhom
            required property string where
            required property bool remind
            required property bool hasPassed
            required property bool isCompleted
            required property string whatChanged

            objectName: "checkIn_" + key

            MapjeLabel {
                font.bold: true
                text: card.whenText
            }
            MapjeLabel {
                visible: card.withWhom !== ""
                //: %1 is who the citizen meets, in their own words.
                text: qsTr("Met: %1").arg(card.withWhom)
            }
            MapjeLabel {
                visible: card.where !== ""
                //: %1 is the place, in the citizen's own words.
                text: qsTr("Waar: %1").arg(card.where)
            }
            MapjeLabel {
                color: Theme.textMuted
                text: card.remind ? qsTr("Je krijgt een herinnering.") : qsTr("Geen herinnering.")
            }
            MapjeLabel {
                visible: card.isCompleted && card.whatChanged !== ""
                //: %1 is what changed, in the citizen's own words.
                text: qsTr("Wat er veranderde: %1").arg(card.whatChanged)
            }
            MapjeButton {
                objectName: "lookBack_" + card.key
                visible: card.hasPassed && !card.isCompleted
                text: qsTr("Kijk samen terug")
                onClicked: root.lookBackRequested(card.key)
            }
            MapjeButton {
                objectName: "edit_" + card.key
                text: qsTr("Wijzigen")
                Accessible.name: qsTr("Wijzig het moment van %1").arg(card.whenText)
                onClicked: root.checkInRequested(card.key)
            }
        }
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "newCheckInButton"
            primary: true
            text: qsTr("Nieuw moment afspreken")
            onClicked: root.checkInRequested(CheckIns.addCheckIn())
        }
    ]
}
