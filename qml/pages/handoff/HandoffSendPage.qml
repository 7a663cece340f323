pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// The kiosk's "Meenemen naar je telefoon": the QR code and the short code with how long they
// stay valid, then the check code both screens show, and only after "Ja" the session goes.
// Leaving the page ends an open mailbox; the visitor's board and goals stay as they are.
MapjePage {
    id: root

    // The step shown: the controller's. A test can show a step with its own code and link,
    // without an endpoint (tst_kiosk: the code's step on each kiosk screen).
    property string step: HandoffSend.step
    property string codeGroups: HandoffSend.codeGroups
    property string link: HandoffSend.step === "code" ? HandoffSend.link : ""
    //: A countdown under the code; it stays valid for five minutes.
    readonly property string validFor: qsTr("Nog %1:%2 geldig.").arg(Math.floor(HandoffSend.secondsLeft / 60)).arg(("0" + HandoffSend.secondsLeft % 60).slice(-2))
    // A lying kiosk screen has room for the QR code beside the code to type.
    readonly property bool wide: root.width > root.height && root.width >= 1.5 * Theme.contentMaxWidth
    // The QR code, the code to type and how long they stay valid fit on one screen: a visitor
    // holding her phone never has to scroll to find the code (the walk found the QR code filling
    // a lying screen, the code and the time below it, out of sight).
    readonly property real qrFit: {
        const gaps = Theme.spacingLarge;
        let above = 2 * gaps + heading.height + gaps + codeHint.height + gaps;
        if (message.visible)
            above += message.height + gaps;
        const room = root.contentItem.height - above;
        const largest = 12 * Theme.touchTarget;
        const column = root.contentColumn.width;
        const fits = root.wide ? Math.min(room, (column - codeBlock.columnSpacing) / 2)
                               : Math.min(room - codeBlock.rowSpacing - codeText.implicitHeight, column);
        // Never so small a phone cannot read it: then the page scrolls.
        return Math.floor(Math.max(Math.min(fits, largest), Math.min(4 * Theme.touchTarget, column)));
    }
    // The fit is measured on the laid-out page; the QR code takes it after the layout, not within
    // it (that would lay the page out again while it is being laid out).
    property real qrSide: 0

    signal done

    // What the visitor does next at each step.
    function stepTarget(): Item {
        return root.step === "check" ? sameButton
             : root.step === "sent" ? doneButton
             : root.step === "start" ? beginButton : null;
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
    maxContentWidth: root.wide && root.step === "code" ? Math.round(1.75 * Theme.contentMaxWidth) : Theme.contentMaxWidth
    preferredFocus: beginButton
    Component.onCompleted: {
        qrFitLater.restart();
        HandoffSend.begin();
    }
    onQrFitChanged: qrFitLater.restart()
    Component.onDestruction: HandoffSend.stop()

    Connections {
        target: HandoffSend
        function onChanged() {
            focusLater.restart();
        }
    }
    Timer {
        id: qrFitLater
        interval: 0
        onTriggered: root.qrSide = root.qrFit
    }
    // After the bindings of the new step, so the target is visible.
    Timer {
        id: focusLater
        interval: 0
        onTriggered: root.focusStep()
    }

    MapjeHeading {
        id: heading
        text: root.title
    }
    MapjeNotice {
        id: message
        objectName: "handoffSendMessage"
        visible: HandoffSend.message !== ""
        text: HandoffSend.message
    }
    MapjeLabel {
        visible: root.step === "opening" || root.step === "sending"
        text: root.step === "opening" ? qsTr("Even wachten, we maken een code.") : qsTr("Even wachten, we versturen je mapje.")
    }

    // The code: camera or typing.
    MapjeLabel {
        id: codeHint
        objectName: "handoffCodeHint"
        visible: root.step === "code"
        Layout.maximumWidth: Theme.contentMaxWidth
        text: qsTr("Open Mapje op je telefoon. Kies ‘Ontvang van een zuil’. Scan deze code, of typ de code hieronder.")
    }
    GridLayout {
        id: codeBlock
        objectName: "handoffCodeBlock"
        visible: root.step === "code"
        Layout.fillWidth: true
        columns: root.wide ? 2 : 1
        columnSpacing: Theme.spacingHuge
        rowSpacing: Theme.spacingLarge

        HandoffQrCode {
            objectName: "handoffQrCode"
            Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
            Layout.preferredWidth: root.qrSide
            Layout.preferredHeight: root.qrSide
            text: root.link
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR-code om te scannen met je telefoon")
        }
        ColumnLayout {
            id: codeText
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.spacingLarge

            MapjeLabel {
                objectName: "handoffCodeGroups"
                horizontalAlignment: Text.AlignHCenter
                preferredPixelSize: 2 * Theme.fontTitle
                font.bold: true
                font.letterSpacing: Theme.spacingSmall
                text: root.codeGroups
            }
            MapjeLabel {
                objectName: "handoffSecondsLeft"
                horizontalAlignment: Text.AlignHCenter
                text: root.validFor
            }
        }
    }

    // The check: the same six digits on both screens, or someone else's phone.
    MapjeLabel {
        visible: root.step === "check"
        font.bold: true
        text: qsTr("Staat op je telefoon dezelfde code?")
    }
    MapjeLabel {
        objectName: "handoffSendCheckCode"
        visible: root.step === "check"
        preferredPixelSize: 2 * Theme.fontTitle
        font.bold: true
        text: HandoffSend.checkCode
    }
    MapjeLabel {
        visible: root.step === "check"
        text: qsTr("Is het een andere code? Kies dan ‘Nee’. Dan sturen we niets.")
    }
    MapjeLabel {
        objectName: "handoffCheckSecondsLeft"
        visible: root.step === "check"
        text: root.validFor
    }
    MapjeLabel {
        objectName: "handoffSentLabel"
        visible: root.step === "sent"
        text: qsTr("Verstuurd. Kijk op je telefoon en kies wat je wilt bewaren. Hier blijft alles staan tot je op ‘Klaar — alles wissen’ tikt.")
    }

    actions: [
        MapjeButton {
            id: sameButton
            Layout.fillWidth: true
            objectName: "handoffSameButton"
            visible: root.step === "check"
            primary: true
            text: qsTr("Ja, dezelfde code")
            onClicked: HandoffSend.confirmSame()
        },
        MapjeButton {
            Layout.fillWidth: true
            objectName: "handoffDifferentButton"
            visible: root.step === "check"
            text: qsTr("Nee, andere code")
            onClicked: HandoffSend.rejectDifferent()
        },
        MapjeButton {
            id: beginButton
            Layout.fillWidth: true
            objectName: "handoffBeginButton"
            visible: root.step === "start"
            primary: true
            // The words every failure on both screens names ("Tik opnieuw op ‘Meenemen naar je
            // telefoon’"): the bar's button is hidden while this page is open.
            text: root.title
            onClicked: HandoffSend.begin()
        },
        MapjeButton {
            id: doneButton
            Layout.fillWidth: true
            objectName: "handoffSendDoneButton"
            visible: root.step !== "check"
            primary: root.step === "sent"
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
