pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// What the municipality proposes: appointments and moments to look back together. Nothing joins
// her agenda until she takes it over.
MapjePage {
    id: root

    signal cannotComeRequested(string proposalId)

    objectName: "proposalsPage"
    title: qsTr("Voorstellen van de gemeente")

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Neem over wat je past. Dan staat het bij je afspraken of momenten, met een herinnering. Past het niet? Vraag dan om een ander moment.")
    }
    MapjeLabel {
        objectName: "noProposals"
        visible: Sync.proposals.count === 0
        text: qsTr("De gemeente heeft nog niets voorgesteld.")
    }
    Repeater {
        model: Sync.proposals

        ProposalCard {
            onCannotComeRequested: id => root.cannotComeRequested(id)
        }
    }
}
