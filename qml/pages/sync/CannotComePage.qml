pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Ik kan niet komen": a request for another moment, with a message in her own words if she wants.
// It is kept until the municipality has it, and the page says when it was sent.
MapjePage {
    id: root

    required property string proposalId
    readonly property string sentText: Sync.revision >= 0 ? Sync.requestText(root.proposalId) : ""

    signal done

    objectName: "cannotComePage"
    title: qsTr("Ik kan niet komen")
    preferredFocus: messageArea.area

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Mapje vraagt de gemeente om een ander moment. Je krijgt een nieuw voorstel.")
    }
    MapjeTextArea {
        id: messageArea
        objectName: "messageArea"
        label: qsTr("Wil je iets zeggen? Dat mag, het hoeft niet.")
    }
    MapjeNotice {
        objectName: "requestSent"
        visible: root.sentText !== ""
        text: root.sentText
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "sendRequestButton"
            visible: root.sentText === ""
            enabled: Sync.paired
            primary: true
            text: qsTr("Vraag een ander moment")
            onClicked: Sync.cannotCome(root.proposalId, messageArea.text)
        },
        MapjeButton {
            Layout.fillWidth: true
            objectName: "cannotComeDoneButton"
            visible: root.sentText !== ""
            primary: true
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
