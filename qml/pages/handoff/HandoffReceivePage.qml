pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// "Ontvang van een zuil": scan the kiosk's QR code or type its code, check that both screens show
// the same six digits, then see in words what came and choose what to keep. Nothing is kept
// before "Bewaar in mijn Mapje"; a board she has is replaced only when she says so.
MapjePage {
    id: root

    signal done
    signal scanRequested

    // What she does next at each step.
    function stepTarget(): Item {
        const step = HandoffReceive.step;
        return step === "preview" ? (HandoffReceive.asksAboutBoard ? replaceButton : saveButton)
             : step === "saved" ? doneButton : null;
    }

    // Keyboard and screen reader land on what she does next whenever the step changes: after a
    // refusal, the code again.
    function focusStep() {
        if (HandoffReceive.step === "start" && HandoffReceive.message !== "") {
            codeField.field.forceActiveFocus(Qt.TabFocusReason);
            return;
        }
        const target = root.stepTarget();
        if (target && target.visible)
            target.forceActiveFocus(Qt.TabFocusReason);
        else
            root.startStep();
        // The focus on the first answer to "Welk bord wil je gebruiken?": the question comes into
        // view above the answers (on a phone the list of what came hid it).
        if (target === replaceButton && target.visible)
            root.scrollToEnd(boardQuestion);
    }

    objectName: "handoffReceivePage"
    title: qsTr("Ontvang van een zuil")
    preferredFocus: scanButton
    Component.onDestruction: HandoffReceive.cancel()

    Connections {
        target: HandoffReceive
        function onChanged() {
            focusLater.restart();
        }
    }
    // After the bindings of the new step, so the target is visible.
    Timer {
        id: focusLater
        interval: 0
        onTriggered: root.focusStep()
    }

    MapjeHeading {
        text: root.title
    }
    MapjeNotice {
        objectName: "handoffReceiveMessage"
        visible: HandoffReceive.message !== ""
        text: HandoffReceive.message
    }

    // Start: the camera, or the code typed.
    MapjeLabel {
        visible: HandoffReceive.step === "start"
        text: qsTr("Heb je op een zuil in het gemeentehuis iets gemaakt? Zet het hier in je eigen Mapje. Op de zuil staat een code.")
    }
    MapjeTextField {
        id: codeField
        objectName: "handoffCodeField"
        visible: HandoffReceive.step === "start"
        //: The short code under the QR code on the kiosk, e.g. "KM4T X7RA".
        label: qsTr("Of typ de code van de zuil")
        onAccepted: HandoffReceive.receiveCode(codeField.text)
    }
    MapjeButton {
        objectName: "handoffFetchButton"
        visible: HandoffReceive.step === "start"
        Layout.fillWidth: true
        text: qsTr("Ophalen")
        onClicked: HandoffReceive.receiveCode(codeField.text)
    }

    // Waiting: the check code, and what to do on the kiosk.
    MapjeLabel {
        visible: HandoffReceive.step === "claiming"
        text: qsTr("Even wachten, we zoeken de zuil.")
    }
    MapjeLabel {
        visible: HandoffReceive.step === "waiting"
        font.bold: true
        text: qsTr("Kijk op de zuil. Staat daar dezelfde code? Tik dan op de zuil op ‘Ja, dezelfde code’.")
    }
    MapjeLabel {
        objectName: "handoffReceiveCheckCode"
        visible: HandoffReceive.step === "waiting"
        Layout.alignment: Qt.AlignHCenter
        font.pixelSize: 2 * Theme.fontTitle
        font.bold: true
        text: HandoffReceive.checkCode
    }

    // What came: each thing in words, with her choice.
    MapjeLabel {
        visible: HandoffReceive.step === "preview"
        text: qsTr("Dit kwam van de zuil. Kies wat je wilt bewaren. Er is nog niets bewaard.")
    }
    Repeater {
        model: HandoffReceive.step === "preview" ? HandoffReceive.items : []
        delegate: HandoffPreviewItem {}
    }
    MapjeSwitch {
        objectName: "handoffOthersSwitch"
        visible: HandoffReceive.step === "preview" && HandoffReceive.hasOthers
        text: qsTr("Ook wat anderen op je bord zeiden")
        description: qsTr("Staat dit uit, dan bewaar je alleen wat jij zelf zei.")
        checked: HandoffReceive.keepOthers
        onClicked: HandoffReceive.setKeepOthers(!checked)
    }
    MapjeLabel {
        id: boardQuestion
        objectName: "handoffBoardQuestion"
        visible: HandoffReceive.step === "preview" && HandoffReceive.asksAboutBoard
        font.bold: true
        text: qsTr("Je hebt al een bord in Mapje. Welk bord wil je gebruiken? Je oude bord blijft bij je eerdere borden.")
    }
    MapjeLabel {
        objectName: "handoffSavedLabel"
        visible: HandoffReceive.step === "saved"
        text: HandoffReceive.savedText
    }

    actions: [
        MapjeButton {
            id: scanButton
            Layout.fillWidth: true
            objectName: "handoffScanButton"
            visible: HandoffReceive.step === "start"
            primary: true
            text: qsTr("Scan de code met de camera")
            onClicked: root.scanRequested()
        },
        MapjeButton {
            id: replaceButton
            Layout.fillWidth: true
            objectName: "handoffReplaceBoardButton"
            visible: HandoffReceive.step === "preview" && HandoffReceive.asksAboutBoard
            primary: true
            text: qsTr("Bewaar, met het bord van de zuil")
            onClicked: HandoffReceive.save(true)
        },
        MapjeButton {
            Layout.fillWidth: true
            objectName: "handoffKeepBoardButton"
            visible: HandoffReceive.step === "preview" && HandoffReceive.asksAboutBoard
            text: qsTr("Bewaar, maar houd mijn eigen bord")
            onClicked: HandoffReceive.save(false)
        },
        MapjeButton {
            id: saveButton
            Layout.fillWidth: true
            objectName: "handoffSaveButton"
            visible: HandoffReceive.step === "preview" && !HandoffReceive.asksAboutBoard
            enabled: HandoffReceive.keepsSomething
            primary: true
            text: qsTr("Bewaar in mijn Mapje")
            onClicked: HandoffReceive.save(false)
        },
        MapjeButton {
            Layout.fillWidth: true
            objectName: "handoffStopButton"
            visible: HandoffReceive.step !== "saved" && HandoffReceive.step !== "start"
            text: qsTr("Stoppen, niets bewaren")
            onClicked: HandoffReceive.cancel()
        },
        MapjeButton {
            id: doneButton
            Layout.fillWidth: true
            objectName: "handoffReceiveDoneButton"
            visible: HandoffReceive.step === "saved"
            primary: true
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
