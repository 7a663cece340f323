pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// One proposal of the municipality: when, where, with whom, what to bring; she takes it over into
// her own pages, puts it away, or asks for another moment.
MapjeCard {
    id: root

    required property string proposalId
    required property string heading
    required property string whenText
    required property string where
    required property string withWhom
    required property string subject
    required property string bring
    required property bool isNew
    required property bool canAccept
    required property bool isAppointment
    required property string stateText
    required property string requestText
    required property bool canAskOther

    signal cannotComeRequested(string proposalId)

    objectName: "proposal_" + proposalId

    MapjeLabel {
        font.bold: true
        text: root.heading
    }
    MapjeLabel {
        text: root.whenText
    }
    MapjeLabel {
        visible: root.where !== ""
        text: qsTr("Waar: %1").arg(root.where)
    }
    MapjeLabel {
        visible: root.withWhom !== ""
        text: qsTr("Met: %1").arg(root.withWhom)
    }
    MapjeLabel {
        visible: root.subject !== ""
        //: %1 is what the appointment is about, in the municipality's words.
        text: qsTr("Waarover: %1").arg(root.subject)
    }
    MapjeLabel {
        visible: root.bring !== ""
        text: qsTr("Neem mee: %1").arg(root.bring)
    }
    MapjeLabel {
        objectName: "proposalState"
        visible: root.stateText !== ""
        color: Theme.textMuted
        text: root.stateText
    }
    MapjeLabel {
        objectName: "requestState"
        visible: root.requestText !== ""
        color: Theme.textMuted
        text: root.requestText
    }
    Flow {
        id: choices
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: root.canAccept

        MapjeButton {
            objectName: "accept_" + root.proposalId
            width: Math.min(implicitWidth, choices.width)
            primary: true
            text: root.isAppointment ? qsTr("Zet in mijn afspraken") : qsTr("Zet bij mijn momenten")
            onClicked: Sync.acceptProposal(root.proposalId)
        }
        MapjeButton {
            objectName: "dismiss_" + root.proposalId
            width: Math.min(implicitWidth, choices.width)
            visible: root.isNew
            //: Puts a proposal of the municipality away without taking it over.
            text: qsTr("Nu niet")
            onClicked: Sync.dismissProposal(root.proposalId)
        }
    }
    MapjeButton {
        objectName: "cannotCome_" + root.proposalId
        visible: root.canAskOther
        text: qsTr("Ik kan niet komen")
        onClicked: root.cannotComeRequested(root.proposalId)
    }
}
