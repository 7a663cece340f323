import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// One small step of a goal: a tick to set or take away, a reminder day if the citizen wants one,
// and a way to take the step away. It shows the step and says what the citizen did; the page acts.
// A Column, not a ColumnLayout: Qt 6.4 layouts misplace wrapped texts whose height follows width.
Column {
    id: root

    required property string stepKey
    required property string text
    required property bool done
    required property string remindOnIso
    // Today by the app's clock ("yyyy-MM-dd"): a new reminder starts there, and so do the years.
    property string todayIso: ""

    signal toggleRequested(string stepKey)
    signal remindOnPicked(string stepKey, string isoDate)
    signal removeRequested(string stepKey)

    objectName: "step_" + stepKey
    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    StepTick {
        objectName: "tick_" + root.stepKey
        width: root.width
        stepText: root.text
        done: root.done
        onToggleRequested: root.toggleRequested(root.stepKey)
    }
    MapjeSwitch {
        objectName: "remind_" + root.stepKey
        width: root.width
        //: A switch under a small step: the citizen wants a reminder on a day they choose.
        text: qsTr("Herinner me")
        Accessible.name: qsTr("Herinner me aan: %1").arg(root.text)
        checked: root.remindOnIso !== ""
        // A new reminder starts today; the citizen then picks the day.
        onClicked: root.remindOnPicked(root.stepKey, root.remindOnIso !== "" ? "" : root.todayIso)
    }
    MapjeDateField {
        objectName: "remindOn_" + root.stepKey
        visible: root.remindOnIso !== ""
        width: root.width
        //: Above the date of a step's reminder.
        label: qsTr("Op welke dag?")
        isoDate: root.remindOnIso
        firstYear: root.todayIso !== "" ? Number(root.todayIso.substring(0, 4)) : 2026
        onPicked: isoDate => root.remindOnPicked(root.stepKey, isoDate)
    }
    MapjeLinkButton {
        objectName: "removeStep_" + root.stepKey
        //: Takes one small step away from the goal.
        text: qsTr("Stap weghalen")
        Accessible.name: qsTr("Stap weghalen: %1").arg(root.text)
        onClicked: root.removeRequested(root.stepKey)
    }
}
