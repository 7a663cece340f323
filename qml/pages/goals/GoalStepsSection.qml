pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// The small steps of the open goal: tick them off, ask for a reminder, take one away, add one.
ColumnLayout {
    id: root

    // Today by the app's clock ("yyyy-MM-dd"), where a new reminder starts.
    property string todayIso: ""

    // After a step is added the button has nothing to add and turns off: the focus goes back to
    // the field for the next step, so it never falls nowhere.
    function addStep() {
        if (Goals.addStep(newStep.text) !== "") {
            newStep.clear();
            newStep.field.forceActiveFocus();
        }
    }

    Layout.fillWidth: true
    spacing: Theme.spacing

    MapjeLabel {
        font.bold: true
        //: Above the list of small steps towards a goal.
        text: qsTr("Kleine stappen")
    }
    // The steps in a Column of their own: straight in this layout, a step whose height follows
    // its width made the page's layout measure again inside its own pass (Qt's "polish loop").
    Column {
        id: steps
        Layout.fillWidth: true
        spacing: Theme.spacing

        Repeater {
            model: Goals.steps
            StepRow {
                required property string key
                width: steps.width
                stepKey: key
                todayIso: root.todayIso
                onToggleRequested: stepKey => Goals.toggleStep(stepKey)
                onRemindOnPicked: (stepKey, isoDate) => Goals.setStepRemindOn(stepKey, isoDate)
                onRemoveRequested: stepKey => Goals.removeStep(stepKey)
            }
        }
    }
    MapjeTextField {
        id: newStep
        objectName: "newStep"
        label: Goals.steps.isEmpty ? qsTr("Wat is een kleine eerste stap?") : qsTr("Wat is een volgende kleine stap?")
        field.focus: false
        onAccepted: root.addStep()
    }
    MapjeButton {
        objectName: "addStepButton"
        enabled: newStep.text.trim() !== ""
        text: qsTr("Stap toevoegen")
        onClicked: root.addStep()
    }
}
