import QtQuick
import QtQuick.Layouts
import Mapje

// Choose a PIN (or a passphrase), then type it once more. Said plainly: nobody can recover it.
MapjePage {
    id: root

    objectName: "choosePinPage"
    // The code is what this page is for: typing starts at once, even if the page must scroll.
    keepsOpeningFocus: true
    title: d.repeating ? qsTr("Typ je code nog een keer") : qsTr("Kies een pincode")
    // "Terug" while typing the code again goes back to choosing it.
    hasPreviousStep: d.repeating
    onPreviousStepRequested: {
        d.repeating = false;
        d.chosen = "";
        secretField.clear();
    }

    QtObject {
        id: d
        property bool passphrase: false
        property bool repeating: false
        property bool revealed: false
        property string chosen: ""
        property string problem: ""

        function next() {
            if (!repeating) {
                problem = Vault.secretProblem(secretField.text);
                if (problem !== "")
                    return;
                chosen = secretField.text;
                secretField.clear();
                repeating = true;
                secretField.field.forceActiveFocus();
            } else if (secretField.text !== chosen) {
                problem = qsTr("De twee codes zijn niet hetzelfde. Kies je code opnieuw.");
                chosen = "";
                secretField.clear();
                repeating = false;
            } else {
                problem = "";
                Vault.createVault(chosen);
            }
        }
    }

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        visible: !d.repeating
        text: d.passphrase ? qsTr("Een wachtzin is een paar woorden die je makkelijk onthoudt. Gebruik minstens 8 tekens.")
                           : qsTr("Met deze code open je Mapje. Kies minstens 5 cijfers.")
    }
    MapjeTextField {
        id: secretField
        objectName: "secretField"
        label: d.passphrase ? qsTr("Wachtzin") : qsTr("Pincode")
        secret: true
        revealed: d.revealed
        digitsOnly: !d.passphrase
        enabled: !Vault.busy
        onAccepted: d.next()
    }
    MapjeLinkButton {
        objectName: "revealButton"
        Layout.alignment: Qt.AlignLeft
        text: d.revealed ? qsTr("Verberg wat ik typ") : qsTr("Laat zien wat ik typ")
        onClicked: d.revealed = !d.revealed
    }
    // Below the field: the page opens with the field in view and the heading above it still on
    // the screen, also on a phone with large letters.
    MapjeNotice {
        visible: !d.repeating
        text: qsTr("Alleen jij kent je code. Zo kan niemand anders in je mapje kijken. Vergeet je je code? Dan begin je opnieuw met een leeg mapje.")
    }
    MapjeNotice {
        objectName: "problemNotice"
        visible: d.problem !== "" || Vault.message !== ""
        text: d.problem !== "" ? d.problem : Vault.message
    }
    MapjeNotice {
        objectName: "storageNotice"
        visible: Vault.storageProblem !== ""
        text: Vault.storageProblem
    }
    MapjeLabel {
        visible: Vault.busy
        text: qsTr("Even geduld. Mapje zet je gegevens op slot.")
    }
    MapjeLinkButton {
        objectName: "passphraseButton"
        visible: !d.repeating
        Layout.alignment: Qt.AlignLeft
        text: d.passphrase ? qsTr("Liever een pincode") : qsTr("Liever een wachtzin")
        onClicked: {
            d.passphrase = !d.passphrase;
            d.problem = "";
            secretField.clear();
        }
    }

    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "nextButton"
            primary: true
            enabled: !Vault.busy
            text: d.repeating ? qsTr("Code bewaren") : qsTr("Verder")
            onClicked: d.next()
        }
    ]
}
