import QtQuick
import Mapje

// The files could not be opened: they were set aside untouched, and the citizen can begin again.
MapjePage {
    id: root

    objectName: "damagedPage"
    title: qsTr("Mapje kan je gegevens niet openen")

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        objectName: "damageLabel"
        text: Vault.damageText
    }
    MapjeLabel {
        visible: Vault.setAsidePath !== ""
        text: qsTr("Mapje heeft het bestand apart gezet. Mapje heeft niets gewist.")
    }
    MapjeLabel {
        text: qsTr("Je kunt opnieuw beginnen met een leeg mapje.")
    }
    MapjeLabel {
        visible: Vault.setAsidePath !== ""
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        text: qsTr("Het bestand staat hier: %1").arg(Vault.setAsidePath)
    }
    MapjeButton {
        objectName: "startFreshButton"
        primary: true
        focus: true
        text: qsTr("Opnieuw beginnen")
        onClicked: Vault.startFresh()
    }
}
