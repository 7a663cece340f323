pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Delen": whether Mapje is paired with the municipality, whether everything arrived, what the
// municipality proposes, and the way to what was shared. Calm words only, never a code.
MapjePage {
    id: root

    signal pageRequested(string name)

    objectName: "sharingPage"
    title: qsTr("Delen met de gemeente")

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        objectName: "notConfiguredLabel"
        visible: !Sync.configured
        text: qsTr("Deze Mapje is niet gekoppeld aan een gemeente. Alles blijft op dit apparaat. Je kunt je mapje wel als PDF bewaren of printen.")
    }
    MapjeLabel {
        objectName: "unpairedLabel"
        visible: Sync.configured && !Sync.paired && !Sync.ending
        text: qsTr("Je kunt Mapje koppelen met %1. Dan kies je zelf wat je deelt, één ding tegelijk. Je ziet altijd eerst wat er naartoe gaat.").arg(Sync.municipality)
    }
    MapjeNotice {
        objectName: "pairedNotice"
        visible: Sync.pairedText !== ""
        text: Sync.pairedText
    }
    MapjeButton {
        objectName: "pairButton"
        visible: Sync.configured && !Sync.paired && !Sync.ending
        primary: true
        text: qsTr("Koppelen met een code")
        onClicked: root.pageRequested("pair")
    }
    MapjeLabel {
        objectName: "overviewLabel"
        visible: Sync.overview !== ""
        text: Sync.overview
    }
    MapjeButton {
        objectName: "syncNowButton"
        visible: Sync.paired
        //: Sends what waits and asks the municipality for news, now.
        text: qsTr("Nu versturen en ophalen")
        onClicked: Sync.syncNow()
    }
    MapjeNotice {
        objectName: "newProposalsNotice"
        visible: Sync.newProposals > 0
        text: qsTr("De gemeente stelt iets voor. Kijk of het je past.")
    }
    MapjeButton {
        objectName: "proposalsButton"
        visible: Sync.proposals.count > 0
        primary: Sync.newProposals > 0
        text: qsTr("Voorstellen van de gemeente")
        onClicked: root.pageRequested("proposals")
    }
    MapjeButton {
        objectName: "sharedButton"
        text: qsTr("Wat heb ik gedeeld?")
        onClicked: root.pageRequested("shared")
    }
    // A session made on a kiosk in the town hall comes in here (pages/handoff).
    MapjeButton {
        objectName: "handoffReceiveButton"
        visible: HandoffReceive.available && !Kiosk.active
        text: qsTr("Ontvang van een zuil")
        onClicked: root.pageRequested("handoffReceive")
    }
    MapjeRemoveQuestion {
        objectName: "endPairing"
        visible: Sync.paired
        buttonText: qsTr("Koppeling beëindigen")
        question: qsTr("Wil je de koppeling met %1 beëindigen? De gemeente verwijdert dan alles wat je deelde. In je Mapje blijft alles staan.").arg(Sync.municipality)
        confirmText: qsTr("Ja, beëindigen")
        keepText: qsTr("Nee, gekoppeld blijven")
        namePrefix: "endPairing"
        keepName: "keepPairingButton"
        onConfirmed: Sync.endPairing()
    }
}
