pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// The appointments at the municipality (spreekkamer): prepare one, and afterwards write down what
// was agreed. Also the way to the citizen's rights at such an appointment.
MapjePage {
    id: root

    signal appointmentRequested(string appointmentId)
    signal afterRequested(string appointmentId)
    signal rightsRequested

    objectName: "appointmentsPage"
    title: qsTr("Afspraken")

    MapjeHeading {
        text: root.title
    }
    MapjeRichLabel {
        text: qsTr("Heb je een afspraak met een klantmanager of consulent? Bereid je gesprek hier rustig voor.")
        onExplanationRequested: id => root.explanationRequested(id)
    }
    MapjeLabel {
        objectName: "emptyLabel"
        visible: Appointments.list.count === 0
        text: qsTr("Je hebt nog geen afspraak voorbereid.")
    }

    Repeater {
        model: Appointments.list

        MapjeCard {
            id: card

            required property string key
            required property string whenText
            required property string where
            required property string withWhom
            required property bool hasPassed
            required property string agreed

            objectName: "appointment_" + key

            MapjeLabel {
                font.bold: true
                //: On an appointment's card while the citizen has not picked its day yet.
                text: card.whenText !== "" ? card.whenText : qsTr("Nog geen dag gekozen")
            }
            MapjeLabel {
                visible: card.withWhom !== ""
                //: %1 is who the citizen meets, in their own words.
                text: qsTr("Met: %1").arg(card.withWhom)
            }
            MapjeLabel {
                visible: card.where !== ""
                //: %1 is the place, in the citizen's own words.
                text: qsTr("Waar: %1").arg(card.where)
            }
            MapjeLabel {
                visible: card.agreed !== ""
                //: %1 is what was agreed at the appointment, in the citizen's own words.
                text: qsTr("Afgesproken: %1").arg(card.agreed)
            }
            MapjeButton {
                objectName: "after_" + card.key
                visible: card.hasPassed
                text: qsTr("Wat is er afgesproken?")
                Accessible.name: qsTr("Wat is er afgesproken op %1?").arg(card.whenText)
                onClicked: root.afterRequested(card.key)
            }
            MapjeButton {
                objectName: "prepare_" + card.key
                text: qsTr("Voorbereiden")
                Accessible.name: card.whenText !== "" ? qsTr("Bereid je afspraak van %1 voor").arg(card.whenText) : qsTr("Bereid je afspraak voor")
                onClicked: root.appointmentRequested(card.key)
            }
            MapjeLinkButton {
                objectName: "afterLink_" + card.key
                visible: !card.hasPassed
                //: Opens the page to write down what was agreed, also before the appointment.
                text: qsTr("Na de afspraak")
                Accessible.name: card.whenText !== "" ? qsTr("Na de afspraak van %1").arg(card.whenText) : qsTr("Na de afspraak")
                onClicked: root.afterRequested(card.key)
            }
        }
    }
    MapjeLinkButton {
        objectName: "rightsLink"
        text: qsTr("Wat zijn je rechten bij een afspraak?")
        onClicked: root.rightsRequested()
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "newAppointmentButton"
            primary: true
            text: qsTr("Nieuwe afspraak voorbereiden")
            onClicked: root.appointmentRequested(Appointments.addAppointment())
        }
    ]
}
