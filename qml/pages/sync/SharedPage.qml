pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Wat heb ik gedeeld?": what the municipality has now (with "Haal terug" on each), and every time
// something left the device: a share, a withdrawal, a PDF saved, a printout. What, when, where.
MapjePage {
    id: root

    objectName: "sharedPage"
    title: qsTr("Wat heb ik gedeeld?")

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        objectName: "nothingShared"
        visible: Sync.shared.count === 0 && Sync.history.count === 0
        text: qsTr("Je hebt nog niets gedeeld. Alles staat alleen op dit apparaat.")
    }
    MapjeHeading {
        level: 2
        visible: Sync.shared.count > 0
        text: qsTr("Nu gedeeld met de gemeente")
    }
    Repeater {
        model: Sync.shared

        MapjeCard {
            id: card

            required property string shareId
            required property string kindText
            required property string title
            required property string stateText
            required property bool canWithdraw

            objectName: "shared_" + shareId

            MapjeLabel {
                font.bold: true
                text: card.title
            }
            MapjeLabel {
                color: Theme.textMuted
                text: card.stateText
            }
            WithdrawQuestion {
                visible: card.canWithdraw
                shareId: card.shareId
            }
        }
    }
    MapjeHeading {
        level: 2
        visible: Sync.history.count > 0
        text: qsTr("Wat er eerder ging")
    }
    Repeater {
        model: Sync.history

        MapjeCard {
            id: line

            required property string title
            required property string how
            required property string whenText
            required property int index

            objectName: "history_" + index

            MapjeLabel {
                font.bold: true
                text: line.title
            }
            MapjeLabel {
                //: How and when something left the device, e.g. "Gedeeld met Gemeente Eindhoven, op …".
                text: qsTr("%1, op %2.").arg(line.how).arg(line.whenText)
            }
        }
    }
}
