import QtQml
import QtQuick
import QtQuick.Layouts
import Mapje

// Change the PIN or passphrase: the same data, locked with a new code.
MapjePage {
    id: root

    signal done

    objectName: "changePinPage"
    title: qsTr("Code wijzigen")

    QtObject {
        id: d
        property string problem: ""

        function save() {
            if (newField.text !== repeatField.text) {
                problem = qsTr("De twee nieuwe codes zijn niet hetzelfde. Typ ze nog een keer.");
                repeatField.clear();
                return;
            }
            problem = Vault.secretProblem(newField.text);
            if (problem !== "")
                return;
            Vault.changeSecret(currentField.text, newField.text);
            currentField.clear();
        }
    }

    Connections {
        target: Vault
        function onSecretChangeFinished(changed: bool) {
            if (changed)
                root.done();
        }
    }

    MapjeHeading {
        text: root.title
    }
    MapjeTextField {
        id: currentField
        objectName: "currentField"
        label: qsTr("Je huidige code")
        secret: true
        onAccepted: newField.field.forceActiveFocus()
    }
    MapjeTextField {
        id: newField
        objectName: "newField"
        label: qsTr("Je nieuwe code")
        secret: true
        onAccepted: repeatField.field.forceActiveFocus()
    }
    MapjeLabel {
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: qsTr("Kies minstens 5 cijfers, of een wachtzin van minstens 8 tekens.")
    }
    MapjeTextField {
        id: repeatField
        objectName: "repeatField"
        label: qsTr("Typ je nieuwe code nog een keer")
        secret: true
        onAccepted: d.save()
    }
    MapjeNotice {
        id: problemNotice
        objectName: "problemNotice"
        // Below the fields, it may stand below the fold: what went wrong comes into view.
        onVisibleChanged: if (visible) root.scrollToEnd(problemNotice)
        visible: d.problem !== "" || Vault.message !== ""
        text: d.problem !== "" ? d.problem : Vault.message
    }
    MapjeNotice {
        id: storageNotice
        objectName: "storageNotice"
        onVisibleChanged: if (visible) root.scrollToEnd(storageNotice)
        visible: Vault.storageProblem !== ""
        text: Vault.storageProblem
    }
    MapjeLabel {
        visible: Vault.busy
        text: qsTr("Even geduld. Mapje zet je gegevens opnieuw op slot.")
    }

    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "saveButton"
            primary: true
            enabled: !Vault.busy
            text: qsTr("Nieuwe code bewaren")
            onClicked: d.save()
        }
    ]
}
