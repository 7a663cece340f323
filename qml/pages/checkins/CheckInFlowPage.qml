pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// At the agreed moment: one question at a time. What changed, in your own words; a new board that
// starts from the last one; your steps; your goals. Everything is saved at once; "Terug" keeps it.
MapjePage {
    id: root

    required property string checkInId

    signal boardRequested
    signal done

    objectName: "checkInFlowPage"
    title: qsTr("Samen terugkijken")

    Component.onCompleted: {
        CheckIns.open(root.checkInId);
        changedArea.text = CheckIns.currentWhatChanged;
    }

    QtObject {
        id: d

        // 0 what changed, 1 the board, 2 steps and goals, 3 done.
        property int stage: 0

        // Each question starts at its top, with its title, not where the last one was left.
        onStageChanged: root.scrollToTop()
        readonly property int lastStage: 3
    }

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        color: Theme.textMuted
        //: Where the citizen is in the short flow, e.g. "Vraag 2 van 3". Not about the person.
        text: d.stage < d.lastStage ? qsTr("Vraag %1 van %2").arg(d.stage + 1).arg(d.lastStage) : ""
        visible: d.stage < d.lastStage
    }

    // 0: what changed.
    MapjeTextArea {
        id: changedArea
        objectName: "whatChangedArea"
        visible: d.stage === 0
        label: qsTr("Is er iets veranderd?")
        area.onTextChanged: CheckIns.setWhatChanged(changedArea.text)
    }
    MapjeLabel {
        visible: d.stage === 0
        color: Theme.textMuted
        text: qsTr("Schrijf het in je eigen woorden. Het mag ook kort.")
    }

    // 1: a new board from the last one.
    MapjeLabel {
        visible: d.stage === 1
        text: qsTr("Maak een nieuw bord. Het begint met wat je de vorige keer koos. Zo zie je wat er anders is.")
    }
    MapjeButton {
        objectName: "newBoardButton"
        visible: d.stage === 1 && !Board.isToday
        primary: true
        text: qsTr("Maak een nieuw bord")
        onClicked: {
            Board.startNewBoard(true);
            root.boardRequested();
        }
    }
    MapjeButton {
        objectName: "openBoardButton"
        visible: d.stage === 1 && Board.isToday
        text: qsTr("Kijk naar je bord van vandaag")
        onClicked: root.boardRequested()
    }

    // 2: steps and goals.
    MapjeLabel {
        visible: d.stage === 2
        text: Goals.goals.count > 0 ? qsTr("Vink de stappen aan die je hebt gedaan. Houd je doel, of kies iets anders.")
                                     : qsTr("Je hebt nog geen doel. Die kun je later maken bij Mijn doelen.")
    }
    Repeater {
        model: d.stage === 2 ? Goals.goals : null

        CheckInGoalCard {}
    }

    // 3: done.
    MapjeLabel {
        objectName: "doneLabel"
        visible: d.stage === d.lastStage
        text: qsTr("Dank je wel. Je ziet dit terug in je tijdlijn.")
    }

    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "previousButton"
            visible: d.stage > 0 && d.stage < d.lastStage
            text: qsTr("Vorige vraag")
            onClicked: d.stage -= 1
        },
        MapjeButton {
            Layout.fillWidth: true
            objectName: "nextButton"
            visible: d.stage < d.lastStage
            primary: true
            text: d.stage === d.lastStage - 1 ? qsTr("Klaar") : qsTr("Verder")
            onClicked: {
                if (d.stage === d.lastStage - 1)
                    CheckIns.complete();
                d.stage += 1;
            }
        },
        MapjeButton {
            Layout.fillWidth: true
            objectName: "doneButton"
            visible: d.stage === d.lastStage
            primary: true
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
