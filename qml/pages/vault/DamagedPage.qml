import QtQuick
import QtQuick.Layouts
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
    // Below the button: a detail for a helper, so the way on stays in view on a small screen.
    MapjeLabel {
        visible: Vault.setAsidePath !== ""
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        // The path is isolated left to right, so Arabic does not move its slashes around.
        text: qsTr("Het bestand staat hier: %1").arg("\u2066" + Vault.setAsidePath + "\u2069")
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "startFreshButton"
            primary: true
            focus: true
            text: qsTr("Opnieuw beginnen")
            onClicked: Vault.startFresh()
        }
    ]
}
