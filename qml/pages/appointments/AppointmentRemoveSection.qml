import QtQuick
import Mapje

// Takes the open appointment away for good, after a calm second question.
MapjeRemoveQuestion {
    id: root

    signal removed

    buttonText: qsTr("Deze afspraak weghalen")
    question: qsTr("Wil je deze afspraak weghalen? Ook je vragen en je lijst gaan dan weg. Je kunt dit niet terugzetten.")
    onConfirmed: {
        Appointments.remove(Appointments.currentId);
        root.removed();
    }
}
