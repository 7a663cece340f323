pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// The kiosk's "Meenemen naar je telefoon": the QR code and the short code with how long they
// stay valid, then the check code both screens show, and only after "Ja" the session goes.
// Leaving the page ends an open mailbox; the visitor's board and goals stay as they are.
MapjePage {
    id: root

    signal done

    // What the visitor does next at each step.
    function stepTarget(): Item {
        return HandoffSend.step === "check" ? sameButton
             : HandoffSend.step === "sent" ? doneButton
             : HandoffSend.step === "start" ? beginButton : null;
    }

    // Keyboard and screen reader land on what the visitor does next whenever the step changes.
    function focusStep() {
        const target = root.stepTarget();
        if (target && target.visible)
            target.forceActiveFocus(Qt.TabFocusReason);
        else
            root.startStep();
    }

    objectName: "handoffSendPage"
    title: qsTr("Meenemen naar je telefoon")
    preferredFocus: beginButton
    Component.onCompleted: HandoffSend.begin()
    Component.onDestruction: HandoffSend.stop()

    Connections {
        target: HandoffSend
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
        objectName: "handoffSendMessage"
        visible: HandoffSend.message !== ""
        text: HandoffSend.message
    }
    MapjeLabel {
        visible: HandoffSend.step === "opening" || HandoffSend.step === "sending"
        text: HandoffSend.step === "opening" ? qsTr("Even wachten, we maken een code.") : qsTr("Even wachten, we versturen je mapje.")
    }

    // The code: camera or typing.
    MapjeLabel {
        visible: HandoffSend.step === "code"
        text: qsTr("Open Mapje op je telefoon. Kies ‘Ontvang van een zuil’. Scan deze code, of typ de code hieronder.")
    }
    HandoffQrCode {
        objectName: "handoffQrCode"
        visible: HandoffSend.step === "code"
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Math.min(root.contentColumn.width, 12 * Theme.touchTarget)
        Layout.preferredHeight: Layout.preferredWidth
        text: HandoffSend.step === "code" ? HandoffSend.link : ""
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("QR-code om te scannen met je telefoon")
    }
    MapjeLabel {
        objectName: "handoffCodeGroups"
        visible: HandoffSend.step === "code"
        Layout.alignment: Qt.AlignHCenter
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: 2 * Theme.fontTitle
        font.bold: true
        font.letterSpacing: Theme.spacingSmall
        text: HandoffSend.codeGroups
    }
    MapjeLabel {
        objectName: "handoffSecondsLeft"
        visible: HandoffSend.step === "code" || HandoffSend.step === "check"
        //: A countdown under the code; it stays valid for five minutes.
        text: qsTr("Nog %1:%2 geldig.").arg(Math.floor(HandoffSend.secondsLeft / 60)).arg(("0" + HandoffSend.secondsLeft % 60).slice(-2))
    }

    // The check: the same six digits on both screens, or someone else's phone.
    MapjeLabel {
        visible: HandoffSend.step === "check"
        font.bold: true
        text: qsTr("Staat op je telefoon dezelfde code?")
    }
    MapjeLabel {
        objectName: "handoffSendCheckCode"
        visible: HandoffSend.step === "check"
        Layout.alignment: Qt.AlignHCenter
        font.pixelSize: 2 * Theme.fontTitle
        font.bold: true
        text: HandoffSend.checkCode
    }
    MapjeLabel {
        visible: HandoffSend.step === "check"
        text: qsTr("Is het een andere code? Kies dan ‘Nee’. Dan sturen we niets.")
    }
    MapjeLabel {
        objectName: "handoffSentLabel"
        visible: HandoffSend.step === "sent"
        text: qsTr("Verstuurd. Kijk op je telefoon en kies wat je wilt bewaren. Hier blijft alles staan tot je op ‘Klaar — alles wissen’ tikt.")
    }

    actions: [
        MapjeButton {
            id: sameButton
            Layout.fillWidth: true
            objectName: "handoffSameButton"
            visible: HandoffSend.step === "check"
            primary: true
            text: qsTr("Ja, dezelfde code")
            onClicked: HandoffSend.confirmSame()
        },
        MapjeButton {
            Layout.fillWidth: true
            objectName: "handoffDifferentButton"
            visible: HandoffSend.step === "check"
            text: qsTr("Nee, andere code")
            onClicked: HandoffSend.rejectDifferent()
        },
        MapjeButton {
            id: beginButton
            Layout.fillWidth: true
            objectName: "handoffBeginButton"
            visible: HandoffSend.step === "start"
            primary: true
            text: qsTr("Maak een nieuwe code")
            onClicked: HandoffSend.begin()
        },
        MapjeButton {
            id: doneButton
            Layout.fillWidth: true
            objectName: "handoffSendDoneButton"
            visible: HandoffSend.step !== "check"
            primary: HandoffSend.step === "sent"
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
