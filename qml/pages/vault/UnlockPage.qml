import QtQuick
import QtQuick.Layouts
import Mapje

// Open the vault with the PIN or passphrase; wrong tries get a calm word and, later, a wait.
MapjePage {
    id: root

    signal forgotRequested
    signal languageRequested
    signal displayRequested

    objectName: "unlockPage"
    title: qsTr("Welkom terug")

    MapjeHeading {
        text: root.title
    }
    MapjeTextField {
        id: secretField
        objectName: "secretField"
        label: qsTr("Typ je pincode of wachtzin")
        secret: true
        enabled: !Vault.busy && Vault.waitSeconds === 0
        onAccepted: openButton.clicked()
    }
    MapjeNotice {
        objectName: "messageNotice"
        visible: Vault.message !== "" && Vault.waitSeconds === 0
        text: Vault.message
    }
    MapjeNotice {
        objectName: "waitNotice"
        visible: Vault.waitSeconds > 0
        text: qsTr("De code klopte een paar keer niet. Daarom wacht Mapje even.") + " " + Vault.waitText
    }
    MapjeLabel {
        visible: Vault.busy
        text: qsTr("Even geduld. Mapje maakt je gegevens open.")
    }
    MapjeButton {
        id: openButton
        objectName: "openButton"
        primary: true
        enabled: !Vault.busy && Vault.waitSeconds === 0
        text: qsTr("Openen")
        onClicked: {
            Vault.unlock(secretField.text);
            secretField.clear();
        }
    }
    // Below the button: the disk's trouble does not push "Openen" out of view on a small screen.
    MapjeNotice {
        objectName: "storageNotice"
        visible: Vault.storageProblem !== ""
        text: Vault.storageProblem
    }
    MapjeLinkButton {
        objectName: "forgotButton"
        Layout.alignment: Qt.AlignLeft
        text: qsTr("Code vergeten?")
        onClicked: root.forgotRequested()
    }
    MapjeLinkButton {
        objectName: "languageButton"
        Layout.alignment: Qt.AlignLeft
        text: qsTr("Taal: %1").arg(Language.currentName)
        onClicked: root.languageRequested()
    }
    MapjeLinkButton {
        objectName: "displayButton"
        Layout.alignment: Qt.AlignLeft
        //: Opens the page with contrast, text size and motion.
        text: qsTr("Weergave: tekstgrootte en contrast")
        onClicked: root.displayRequested()
    }
}
