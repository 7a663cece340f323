pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// After the appointment: what was agreed, in the citizen's own words. From there, if the citizen
// wants: a goal, a step of a goal, or a new agreed moment. Everything is saved at once.
MapjePage {
    id: root

    required property string appointmentId

    signal goalRequested(string goalId)
    signal checkInRequested(string checkInId)
    signal done

    objectName: "appointmentAfterPage"
    title: qsTr("Na de afspraak")

    Component.onCompleted: {
        Appointments.open(root.appointmentId);
        agreedArea.text = Appointments.currentAgreed;
    }

    QtObject {
        id: d

        // Which of the three next steps is open: "", "goal" or "step". One at a time.
        property string choice: ""
        property string message: ""
    }

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: Appointments.currentWhenText
    }
    MapjeLabel {
        objectName: "notYetLabel"
        visible: !Appointments.currentHasPassed
        color: Theme.textMuted
        text: qsTr("Je afspraak is nog niet geweest. Je kunt dit later invullen.")
    }
    MapjeTextArea {
        id: agreedArea
        objectName: "agreedArea"
        label: qsTr("Wat is er afgesproken?")
        area.onTextChanged: Appointments.setAgreed(agreedArea.text)
    }
    MapjeLabel {
        color: Theme.textMuted
        text: qsTr("Schrijf het in je eigen woorden. Het mag ook kort.")
    }
    MapjeNotice {
        objectName: "unsavedNotice"
        visible: Appointments.unsaved
        text: qsTr("Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.")
    }
    MapjeNotice {
        objectName: "afterMessage"
        visible: d.message !== ""
        text: d.message
    }

    MapjeLabel {
        visible: d.choice === ""
        font.bold: true
        text: qsTr("Wil je er iets mee doen? Dat hoeft niet.")
    }
    MapjeButton {
        objectName: "makeGoalButton"
        visible: d.choice === ""
        text: qsTr("Maak er een doel van")
        onClicked: {
            goalSection.start(Appointments.currentAgreed);
            d.choice = "goal";
        }
    }
    MapjeButton {
        objectName: "makeStepButton"
        visible: d.choice === ""
        text: qsTr("Maak er een stap van bij een doel")
        onClicked: {
            stepSection.start(Appointments.currentAgreed);
            d.message = "";
            d.choice = "step";
        }
    }
    MapjeButton {
        objectName: "makeCheckInButton"
        visible: d.choice === ""
        text: qsTr("Spreek een nieuw moment af")
        onClicked: {
            // A moment to look back together, with the same person at the same place.
            const id = CheckIns.addCheckIn();
            CheckIns.setWithWhom(Appointments.currentWithWhom);
            CheckIns.setWhere(Appointments.currentWhere);
            root.checkInRequested(id);
        }
    }

    AgreedGoalSection {
        id: goalSection
        visible: d.choice === "goal"
        onGoalMade: goalId => {
            d.choice = "";
            root.goalRequested(goalId);
        }
    }
    AgreedStepSection {
        id: stepSection
        visible: d.choice === "step"
        onStepAdded: {
            d.choice = "";
            d.message = qsTr("De stap staat bij je doel.");
        }
    }
    MapjeButton {
        objectName: "otherChoiceButton"
        visible: d.choice !== ""
        text: qsTr("Toch niet")
        onClicked: d.choice = ""
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "doneButton"
            primary: d.choice === ""
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
