import QtQuick
import QtQuick.Layouts
import Mapje

// "Code vergeten? Begin opnieuw": honest that nobody can recover it; one calm confirmation.
MapjePage {
    id: root

    objectName: "forgotPinPage"
    title: qsTr("Code vergeten?")

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Alleen jij kent je code. Mapje bewaart hem nergens anders. Zo blijven je gegevens van jou.")
    }
    MapjeLabel {
        text: qsTr("Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.")
    }
    MapjeButton {
        objectName: "startOverButton"
        text: qsTr("Wis alles en begin opnieuw")
        onClicked: Vault.startOver()
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "tryAgainButton"
            primary: true
            focus: true
            text: qsTr("Ik probeer het nog eens")
            onClicked: root.backRequested()
        }
    ]
}
