pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Ik kan niet komen": a request for another moment, with a message in her own words if she wants.
// What she types is kept while she looks elsewhere; once sent it is kept in the vault until the
// municipality has it, and the page says when it was sent and with which words.
MapjePage {
    id: root

    required property string proposalId
    readonly property string sentText: Sync.revision >= 0 ? Sync.requestText(root.proposalId) : ""

    signal done

    objectName: "cannotComePage"
    title: qsTr("Ik kan niet komen")
    preferredFocus: messageArea.area

    Component.onCompleted: messageArea.text = root.sentText !== "" ? Sync.requestMessage(root.proposalId)
                                                                   : Sync.requestDraft(root.proposalId)

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        objectName: "aboutLabel"
        visible: Sync.proposalWhenText(root.proposalId) !== ""
        //: %1 is when the proposed appointment is, e.g. "zondag 20 december 2026 om 10:00".
        text: qsTr("Over je afspraak op %1.").arg(Sync.proposalWhenText(root.proposalId))
    }
    MapjeLabel {
        visible: root.sentText === ""
        text: qsTr("Mapje vraagt de gemeente om een ander moment. Je krijgt een nieuw voorstel.")
    }
    // Above the words, so it is in view when it comes.
    MapjeNotice {
        objectName: "requestSent"
        visible: root.sentText !== ""
        text: root.sentText
    }
    MapjeTextArea {
        id: messageArea
        objectName: "messageArea"
        label: root.sentText === "" ? qsTr("Wil je iets zeggen? Dat mag, het hoeft niet.") : qsTr("Je bericht")
        // Sent words are shown as they went; nothing typed here afterwards would go.
        area.readOnly: root.sentText !== ""
        area.onTextChanged: {
            if (root.sentText === "")
                Sync.keepRequestDraft(root.proposalId, messageArea.text);
        }
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "sendRequestButton"
            visible: root.sentText === ""
            enabled: Sync.paired
            primary: true
            text: qsTr("Vraag een ander moment")
            onClicked: {
                Sync.cannotCome(root.proposalId, messageArea.text);
                doneButton.forceActiveFocus(Qt.TabFocusReason);
            }
        },
        MapjeButton {
            id: doneButton
            Layout.fillWidth: true
            objectName: "cannotComeDoneButton"
            visible: root.sentText !== ""
            primary: true
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
