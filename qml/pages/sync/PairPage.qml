pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Pairing with the municipality: before anything happens she reads what Mapje will send (only
// what she chooses, one thing at a time) and what it never sends, then types the code.
MapjePage {
    id: root

    signal done

    objectName: "pairPage"
    title: qsTr("Koppelen met de gemeente")
    preferredFocus: codeField.field

    MapjeHeading {
        text: root.title
    }
    // "klantmanager" links to its explanation, as everywhere.
    MapjeRichLabel {
        objectName: "codeIntro"
        label.font.bold: true
        text: qsTr("Je klantmanager gaf je een code.")
        onExplanationRequested: id => root.explanationRequested(id)
    }
    MapjeLabel {
        objectName: "municipalityLabel"
        //: %1 is the municipality this Mapje is set up for, e.g. "Gemeente Eindhoven".
        text: qsTr("Met de code koppel je Mapje aan %1.").arg(Sync.municipality)
    }
    MapjeLabel {
        font.bold: true
        text: qsTr("Wat Mapje stuurt")
        Accessible.role: Accessible.Heading
    }
    MapjeLabel {
        text: qsTr("Alleen wat jij kiest, één ding tegelijk. Je ziet eerst precies wat er naartoe gaat. Daarna kun je het altijd terughalen.")
    }
    MapjeLabel {
        font.bold: true
        text: qsTr("Wat Mapje nooit stuurt")
        Accessible.role: Accessible.Heading
    }
    MapjeLabel {
        text: qsTr("Je code om Mapje te openen, je kladblok, en alles wat je niet zelf kiest. Wat anderen op je bord zeiden, gaat alleen mee als jij dat aanzet.")
    }
    // Above the field, so the answer to "Koppel" is in view where the keyboard goes back to.
    MapjeNotice {
        objectName: "pairingMessage"
        visible: Sync.pairingMessage !== ""
        text: Sync.pairingMessage
    }
    MapjeTextField {
        id: codeField
        objectName: "codeField"
        visible: !Sync.paired
        //: The pairing code, e.g. "ABCD-EFGH-JKLM".
        label: qsTr("De code van je klantmanager")
        onAccepted: Sync.pair(codeField.text)
    }
    // After the answer the keyboard waits where the next step is: the code again, or "Klaar".
    Connections {
        target: Sync
        function onBusyChanged() {
            if (Sync.busy)
                return;
            if (Sync.paired)
                doneButton.forceActiveFocus(Qt.TabFocusReason);
            else
                codeField.field.forceActiveFocus(Qt.TabFocusReason);
        }
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "pairCodeButton"
            visible: !Sync.paired
            primary: true
            text: qsTr("Koppel")
            onClicked: Sync.pair(codeField.text)
        },
        MapjeButton {
            id: doneButton
            Layout.fillWidth: true
            objectName: "pairDoneButton"
            visible: Sync.paired
            primary: true
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
