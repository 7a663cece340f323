import QtQuick
import QtQuick.Controls.Basic
import Mapje

// The service desk's page: how this kiosk is set up (from kiosk.ini), and the way out of kiosk
// mode. Nothing about visitors: there is nothing about them to show.
MapjePage {
    id: root

    objectName: "kioskAdminPage"
    title: qsTr("Beheer van de kiosk")
    // However the page is left ("Terug", Escape, the quiet time), the admin PIN is asked again.
    StackView.onRemoved: Kiosk.closeAdmin()
    // How the printer and the endpoint are now, asked each time the page opens.
    Component.onCompleted: Kiosk.checkState()

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        objectName: "kioskAdminMunicipality"
        text: qsTr("Gemeente: %1").arg(Kiosk.municipality)
    }
    // The printer once: how it is now when the check has answered, until then what kiosk.ini names.
    MapjeLabel {
        objectName: "kioskAdminPrinter"
        text: Kiosk.printerState !== "" ? Kiosk.printerState
              : !Kiosk.printing ? qsTr("Printen staat uit.")
              : Kiosk.printerName !== "" ? qsTr("Printer: %1").arg(Kiosk.printerName)
              : qsTr("Printer: de standaardprinter van deze computer.")
    }
    MapjeLabel {
        objectName: "kioskAdminEndpoint"
        text: Kiosk.endpointAddress !== ""
              ? qsTr("Eindpunt van de gemeente: %1").arg(Kiosk.endpointAddress)
              : qsTr("Er is geen eindpunt ingesteld. Meenemen naar een telefoon en delen met de gemeente staan uit.")
    }
    MapjeLabel {
        objectName: "kioskAdminEndpointState"
        visible: text !== ""
        text: Kiosk.endpointState
    }
    MapjeLabel {
        objectName: "kioskAdminHandOff"
        visible: Kiosk.endpointAddress !== ""
        text: Kiosk.handOffAvailable
              ? qsTr("Meenemen naar een telefoon: staat aan.")
              : qsTr("Meenemen naar een telefoon: staat uit, want de token van de kiosk ontbreekt.")
    }
    MapjeLabel {
        text: qsTr("Na %1 seconden zonder aanraking vraagt de kiosk: Ben je er nog? Na nog %2 seconden wist hij alles.").arg(Kiosk.idleSeconds).arg(Kiosk.countdownSeconds)
    }
    MapjeRemoveQuestion {
        namePrefix: "kioskLeave"
        keepName: "cancelKioskLeaveButton"
        buttonText: qsTr("Kioskmodus beëindigen")
        question: qsTr("De kiosk stopt en het scherm wordt leeg. In de handleiding van de kiosk staat hoe je hem weer start.")
        confirmText: qsTr("Ja, beëindigen")
        keepText: qsTr("Nee, laat de kiosk aan")
        onConfirmed: Kiosk.leaveKiosk()
    }
}
