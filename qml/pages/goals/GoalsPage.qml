pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// The citizen's goals, each as a card in their own words, in the order they wrote them.
// A card opens its goal; "Nieuw doel" starts a new one.
MapjePage {
    id: root

    // "" for a new goal.
    signal goalRequested(string goalId)

    objectName: "goalsPage"
    title: qsTr("Mijn doelen")

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        objectName: "goalsIntro"
        text: qsTr("Schrijf in je eigen woorden wat je wilt bereiken. Kleine stappen helpen.")
    }
    MapjeLabel {
        objectName: "goalsEmpty"
        visible: Goals.goals.isEmpty
        //: Shown while there are no goals yet; no pressure to make one.
        text: qsTr("Je hebt nog geen doelen. Dat is goed zo. Begin als jij dat wilt.")
    }
    MapjeNotice {
        objectName: "goalsUnsavedNotice"
        visible: Goals.unsaved
        text: qsTr("Opslaan lukt nu even niet. Je doelen blijven hier staan. Mapje probeert het zo opnieuw.")
    }
    MapjeButton {
        objectName: "newGoalButton"
        primary: Goals.goals.isEmpty
        text: qsTr("Nieuw doel")
        onClicked: root.goalRequested("")
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Repeater {
            model: Goals.goals
            GoalCard {
                required property string key
                goalKey: key
                onClicked: root.goalRequested(goalKey)
            }
        }
    }
}
